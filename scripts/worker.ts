// The background worker (started by `npm start` beside the web server): the job queue and its schedules.
// Run with `tsx --conditions=react-server scripts/worker.ts` and DATABASE_URL and AUTH_SECRET set.
import { startJobs } from "../lib/jobs/boss";

const url = process.env.DATABASE_URL;
if (!url) throw new Error("DATABASE_URL is not set");
// Fail at start, loudly, if the database cannot be used (e.g. a missing setting), not silently in every job.
const { db } = await import("../lib/db");
await db.$queryRaw`SELECT 1`;
// Sheets still sealed under an old sealing key (or the AUTH_SECRET-derived one of before decision 0014) move to
// the current key, so old keys can be dropped after one start.
const { resealWaitingSheets } = await import("../lib/reaction/reseal");
const resealed = await resealWaitingSheets();
if (resealed.resealed || resealed.unreadable) console.log(`[bangkom] Jawaban anonim disegel ulang: ${resealed.resealed}; tidak terbaca dengan kunci mana pun: ${resealed.unreadable}.`);
const jobs = await startJobs(url);
console.log("[bangkom] Pekerja latar berjalan (jadwal umpan balik pasca-pelatihan, pembersihan catatan percobaan masuk).");
const { env } = await import("../lib/env");
const smtp = env().SMTP_URL;
// Where e-mail goes, without the credentials in the URL.
console.log(smtp ? `[mail] E-mail dikirim lewat SMTP ${new URL(smtp).host}.` : "[mail] SMTP_URL tidak diisi: e-mail hanya ditulis ke log.");
let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    await jobs.stop();
    await db.$disconnect();
    process.exit(0);
  });
}
