import "server-only";
// Large files are checked by the job queue (pg-boss, decision 0009): the web process only sends the job; the
// worker (scripts/worker.ts → lib/jobs/boss.ts) runs checkImportRun. A job interrupted by a crash is retried
// after it expires, and the check starts over (check.ts), so a retry is harmless.
import PgBoss from "pg-boss";
import { env } from "@/lib/env";

export const IMPORT_CHECK = "import-check";
export type ImportCheckJob = { agencyId: string; runId: string };
/** Large runs are applied by the worker too (jobs.ts), as the admin who confirmed them. */
export const IMPORT_APPLY = "import-apply";
export type ImportApplyJob = { agencyId: string; runId: string; userId: string; endMissingOn?: string };
export const IMPORT_APPLY_EXPIRE_SECONDS = 15 * 60;
/** A check of the largest file the limits allow takes well under this; a job older than it is retried. */
export const IMPORT_CHECK_EXPIRE_SECONDS = 15 * 60;

const KEY = Symbol.for("bangkom.importQueueSender");

/** A sending-only pg-boss (no maintenance, no schedules), started once per process. */
function sender(): Promise<PgBoss> {
  const global = globalThis as { [KEY]?: Promise<PgBoss> };
  return (global[KEY] ??= (async () => {
    const boss = new PgBoss({ connectionString: env().DATABASE_URL, schema: "pgboss", application_name: "bangkom-web", max: 2, supervise: false, schedule: false });
    boss.on("error", (error) => console.error("[jobs] import queue:", error));
    await boss.start();
    await boss.createQueue(IMPORT_CHECK);
    await boss.createQueue(IMPORT_APPLY);
    return boss;
  })().catch((error: unknown) => {
    delete global[KEY];
    throw error;
  }));
}

export async function enqueueImportCheck(job: ImportCheckJob): Promise<void> {
  const boss = await sender();
  await boss.send(IMPORT_CHECK, job, { singletonKey: job.runId, retryLimit: 2, expireInSeconds: IMPORT_CHECK_EXPIRE_SECONDS });
}

export async function enqueueImportApply(job: ImportApplyJob): Promise<void> {
  const boss = await sender();
  // A crash mid-write rolls the transaction back; the retried job applies the run again from the start.
  await boss.send(IMPORT_APPLY, job, { singletonKey: job.runId, retryLimit: 1, expireInSeconds: IMPORT_APPLY_EXPIRE_SECONDS });
}

/** For tests and scripts that end: stops the sender if one was started. */
export async function stopImportQueueSender(): Promise<void> {
  const global = globalThis as { [KEY]?: Promise<PgBoss> };
  const boss = await global[KEY]?.catch(() => null);
  delete global[KEY];
  await boss?.stop({ graceful: false, wait: true });
}
