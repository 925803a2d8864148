import "server-only";
// The import pipeline's work for the job queue's worker (scripts/worker.ts → lib/jobs/boss.ts): checking large
// uploads and applying large runs. One job at a time, so a 50,000-row file does not starve the schedules.
import type PgBoss from "pg-boss";
import { executeCommand } from "@/lib/action";
import { loadViewer } from "@/lib/auth/load-viewer";
import { db } from "@/lib/db";
import { checkImportRun } from "./check";
import { applyImport } from "./commands";
import { importKind } from "./kinds";
import { IMPORT_APPLY, IMPORT_CHECK, type ImportApplyJob, type ImportCheckJob } from "./queue";

/**
 * Applies a queued run as the admin who confirmed it: the same command (permission, one transaction, audit) as
 * an inline apply. When it fails, the run is READY again (the transaction left nothing), so the admin may retry;
 * a crash leaves it APPLYING and the retried job applies it from the start.
 */
export async function runImportApplyJob(job: ImportApplyJob): Promise<void> {
  const viewer = await loadViewer(job.userId);
  try {
    if (!viewer || viewer.agencyId !== job.agencyId) throw new Error(`import ${job.runId}: user ${job.userId} cannot apply it`);
    await executeCommand(applyImport, viewer, { runId: job.runId, endMissingOn: job.endMissingOn });
  } catch (error) {
    await db.importRun.updateMany({ where: { agencyId: job.agencyId, id: job.runId, status: "APPLYING" }, data: { status: "READY", progressDone: 0 } });
    throw error;
  }
  await analyzeWrittenTables(job.agencyId, job.runId);
}

/** Statistics for the tables a large apply just filled (ImportKind.writes); a failure here fails nothing. */
async function analyzeWrittenTables(agencyId: string, runId: string): Promise<void> {
  try {
    const run = await db.importRun.findFirst({ where: { agencyId, id: runId }, select: { kind: true } });
    const tables = run ? importKind(run.kind).writes : [];
    if (tables.length) await db.$executeRawUnsafe(`ANALYZE ${tables.map((t) => `"${t}"`).join(", ")}`);
  } catch (error) {
    console.error(`[jobs] statistik tabel setelah impor ${runId} gagal diperbarui:`, error);
  }
}

export async function registerImportWorkers(boss: PgBoss): Promise<void> {
  await boss.createQueue(IMPORT_CHECK);
  await boss.work<ImportCheckJob>(IMPORT_CHECK, { batchSize: 1 }, async ([job]) => {
    if (!job) return;
    try {
      await checkImportRun(job.data.agencyId, job.data.runId);
    } catch (error) {
      console.error(`[jobs] pemeriksaan impor ${job.data.runId} gagal:`, error);
      throw error;
    }
  });
  await boss.createQueue(IMPORT_APPLY);
  await boss.work<ImportApplyJob>(IMPORT_APPLY, { batchSize: 1 }, async ([job]) => {
    if (!job) return;
    try {
      await runImportApplyJob(job.data);
    } catch (error) {
      console.error(`[jobs] penerapan impor ${job.data.runId} gagal:`, error);
      throw error;
    }
  });
}
