import "server-only";
// What the import pages call. Upload → check: keeps the file (startImport), then checks it at once when it is
// small, or sends it to the job queue when it is large; the page polls `importRunStatus` (queries.ts) until the
// run is READY or INVALID. Confirm → apply: small runs are applied at once (applyImport, one transaction); large
// ones are marked APPLYING and applied by the job queue in one transaction, with progress the page polls.
import { z } from "zod";
import { executeCommand } from "@/lib/action";
import type { Viewer } from "@/lib/auth/load-viewer";
import { hasPermission } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { checkImportRun } from "./check";
import { applyImport, startImport } from "./commands";
import { importKind } from "./kinds";
import { enqueueImportApply, enqueueImportCheck } from "./queue";

export async function uploadImport(viewer: Viewer, input: { kind: string; file: Blob }): Promise<{ runId: string; queued: boolean }> {
  const { runId, inline } = await executeCommand(startImport, viewer, input);
  if (inline) await checkImportRun(viewer.agencyId, runId);
  else await enqueueImportCheck({ agencyId: viewer.agencyId, runId });
  return { runId, queued: !inline };
}

/** The same call under the name the pages use for the first step. */
export const startImportCheck = uploadImport;

const applyInput = z.object({ runId: z.uuid(), endMissingOn: z.iso.date().optional() });

export type StartApplyResult =
  | { queued: false; counts: { creates: number; updates: number; unchanged: number; missing: number } }
  | { queued: true };

/**
 * Confirms a READY run. `endMissingOn` (yyyy-mm-dd) ends the service of the employees the file does not list on
 * that day; without it they are left alone. Runs with more rows than the kind's `inlineRows` go to the job queue.
 */
export async function startImportApply(viewer: Viewer, input: { runId: string; endMissingOn?: string }): Promise<StartApplyResult> {
  const parsed = applyInput.safeParse(input);
  if (!parsed.success) throw new AppError("VALIDATION", "common.invalid");
  if (!hasPermission(viewer.roles, "import:records")) throw new AppError("FORBIDDEN", "common.forbidden");
  const { runId, endMissingOn } = parsed.data;
  const run = await db.importRun.findUnique({ where: { agencyId_id: { agencyId: viewer.agencyId, id: runId } }, select: { kind: true, rowCount: true } });
  if (!run) throw new AppError("NOT_FOUND", "common.notFound");
  if (run.rowCount <= importKind(run.kind).inlineRows) {
    return { queued: false, counts: await executeCommand(applyImport, viewer, { runId, endMissingOn }) };
  }
  // Bookkeeping of the run, like the check's status: the apply itself (and its audit row) is the job's command.
  const claimed = await db.importRun.updateMany({
    where: { agencyId: viewer.agencyId, id: runId, status: "READY" },
    data: { status: "APPLYING", progressDone: 0, progressTotal: run.rowCount },
  });
  if (claimed.count === 0) throw new AppError("CONFLICT", "fileImport.runNotReady");
  try {
    await enqueueImportApply({ agencyId: viewer.agencyId, runId, userId: viewer.userId, endMissingOn });
  } catch (error) {
    await db.importRun.updateMany({ where: { agencyId: viewer.agencyId, id: runId, status: "APPLYING" }, data: { status: "READY" } });
    throw error;
  }
  return { queued: true };
}
