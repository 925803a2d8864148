import "server-only";
import type { Viewer } from "@/lib/auth/load-viewer";
import { hasPermission } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { BatchStatus } from "@/lib/generated/prisma/enums";
import { calendarToday } from "@/lib/time";
import { loadEvaluation, type EvaluationData, type ReportBatch } from "./load";
import { isUuid } from "@/lib/uuid";

// The evaluation report at four levels (reaction, learning, behaviour, results) of one batch, or of every
// finished batch of a program, for the agency admin ("read:evaluation"). Another agency's id, or an id that is
// not one, finds nothing (null, shown as 404); a viewer without the permission is refused (FORBIDDEN).


export type ReportProgram = { id: string; title: string; routeCode: string; organiser: string; tracksResults: boolean; feedbackMonths: number };

export type BatchEvaluationReport = EvaluationData & {
  program: ReportProgram;
  batch: ReportBatch & { status: BatchStatus };
};

export type ProgramEvaluationReport = EvaluationData & {
  program: ReportProgram;
  /** The program's DONE batches, in number order. */
  batches: ReportBatch[];
};

const PROGRAM = { id: true, title: true, routeCode: true, organiser: true, tracksResults: true, feedbackMonths: true } as const;
const BATCH = { id: true, number: true, startDate: true, endDate: true } as const;

function allowed(viewer: Viewer) {
  if (!hasPermission(viewer.roles, "read:evaluation")) throw new AppError("FORBIDDEN", "common.forbidden");
}

export async function batchEvaluationReport(viewer: Viewer, batchId: string): Promise<BatchEvaluationReport | null> {
  allowed(viewer);
  if (!isUuid(batchId)) return null;
  const found = await db.batch.findFirst({
    where: { id: batchId, agencyId: viewer.agencyId },
    select: { ...BATCH, status: true, program: { select: PROGRAM } },
  });
  if (!found) return null;
  const { program, ...batch } = found;
  return { program, batch, ...(await loadEvaluation(viewer, [batch], calendarToday())) };
}

export async function programEvaluationReport(viewer: Viewer, programId: string): Promise<ProgramEvaluationReport | null> {
  allowed(viewer);
  if (!isUuid(programId)) return null;
  const found = await db.program.findFirst({
    where: { id: programId, agencyId: viewer.agencyId },
    select: { ...PROGRAM, batches: { where: { status: "DONE", agencyId: viewer.agencyId }, select: BATCH, orderBy: { number: "asc" } } },
  });
  if (!found) return null;
  const { batches, ...program } = found;
  return { program, batches, ...(await loadEvaluation(viewer, batches, calendarToday())) };
}
