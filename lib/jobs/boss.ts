import "server-only";
import PgBoss from "pg-boss";
import { runFeedbackSchedule } from "@/lib/feedback/schedule";
import { registerImportWorkers } from "@/lib/import/jobs";
import { calendarToday } from "@/lib/time";
import { pruneThrottleRows } from "./prune";

// The job queue: pg-boss keeps its jobs and schedules in PostgreSQL (schema "pgboss"), so a schedule survives
// restarts and a job interrupted by one runs again. Our jobs are idempotent, so running again is harmless.

export const FEEDBACK_SCHEDULE = "feedback-schedule";
export const PRUNE_THROTTLE = "prune-throttle";
/** Hourly, at minute 5, on the agency's wall clock. */
const HOURLY = "5 * * * *";
/** Hourly, at minute 35: sign-in throttle and rate-limit rows past their window (lib/jobs/prune.ts). */
const HOURLY_PRUNE = "35 * * * *";

export type Jobs = { boss: PgBoss; stop: () => Promise<void> };

export async function startJobs(connectionString: string, log: (message: string) => void = console.log): Promise<Jobs> {
  const boss = new PgBoss({ connectionString, schema: "pgboss", application_name: "bangkom-worker", max: 3 });
  boss.on("error", (error) => console.error("[jobs]", error));
  await boss.start();
  await boss.createQueue(FEEDBACK_SCHEDULE);
  await boss.schedule(FEEDBACK_SCHEDULE, HOURLY, {}, { tz: "Asia/Jakarta", singletonKey: FEEDBACK_SCHEDULE });
  await boss.work(FEEDBACK_SCHEDULE, async () => {
    try {
      const result = await runFeedbackSchedule(calendarToday());
      if (result.created || result.reminded || result.sent) {
        log(`[jobs] umpan balik: ${result.created} tugas baru, ${result.reminded} pengingat, ${result.sent} e-mail`);
      }
    } catch (error) {
      // pg-boss retries a failed job; say why it failed where the operator will look.
      console.error("[jobs] jadwal umpan balik gagal:", error);
      throw error;
    }
  });
  await boss.createQueue(PRUNE_THROTTLE);
  await boss.schedule(PRUNE_THROTTLE, HOURLY_PRUNE, {}, { tz: "Asia/Jakarta", singletonKey: PRUNE_THROTTLE });
  await boss.work(PRUNE_THROTTLE, async () => {
    try {
      const pruned = await pruneThrottleRows();
      if (pruned.loginAttempts || pruned.rateLimitHits) {
        log(`[jobs] dibersihkan: ${pruned.loginAttempts} catatan percobaan masuk, ${pruned.rateLimitHits} catatan batas akses`);
      }
    } catch (error) {
      console.error("[jobs] pembersihan catatan percobaan masuk gagal:", error);
      throw error;
    }
  });
  // Large uploads are checked and large runs applied here (lib/import/jobs.ts), one at a time per worker, so a
  // 50,000-row file does not starve the schedules above.
  await registerImportWorkers(boss);
  // Once at start too, so a server that was down at the hour catches up now.
  await boss.send(FEEDBACK_SCHEDULE, {}, { singletonKey: `${FEEDBACK_SCHEDULE}-start`, singletonSeconds: 60 });
  return { boss, stop: () => boss.stop({ graceful: true, timeout: 10_000, wait: true }) };
}
