import "server-only";
// Reads of import runs, scoped to the viewer's agency and to those who may import. `importProgress` is the
// contract a page polls while a run is checked: status, rows done of the estimated total, and the dry run.
import type { Viewer } from "@/lib/auth/load-viewer";
import { hasPermission } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { RowProblem } from "./define";
import type { ImportSummary } from "./run-summary";

function requireImporter(viewer: Viewer) {
  if (!hasPermission(viewer.roles, "import:records")) throw new AppError("FORBIDDEN", "common.forbidden");
}

export type ImportProgress = {
  id: string;
  kind: string;
  fileName: string;
  fileSha256: string;
  status: "CHECKING" | "READY" | "INVALID" | "APPLYING" | "APPLIED" | "FAILED" | "CANCELLED";
  done: number;
  total: number;
  /** 0–100; 100 once the check has ended. */
  percent: number;
  rowCount: number;
  problemCount: number;
  summary: ImportSummary | null;
};

export async function importProgress(viewer: Viewer, runId: string): Promise<ImportProgress | null> {
  requireImporter(viewer);
  const run = await db.importRun.findUnique({
    where: { agencyId_id: { agencyId: viewer.agencyId, id: runId } },
    select: { id: true, kind: true, fileName: true, fileSha256: true, status: true, progressDone: true, progressTotal: true, rowCount: true, problemCount: true, summary: true },
  });
  if (!run) return null;
  const checking = run.status === "CHECKING";
  const total = Math.max(run.progressTotal, run.progressDone);
  return {
    id: run.id, kind: run.kind, fileName: run.fileName, fileSha256: run.fileSha256, status: run.status,
    done: run.progressDone, total,
    percent: checking ? (total ? Math.min(99, Math.floor((run.progressDone / total) * 100)) : 0) : 100,
    rowCount: run.rowCount, problemCount: run.problemCount, summary: run.summary as ImportSummary | null,
  };
}

/** The bad rows of a run, in line order, each problem with line, column and reason. */
export async function importProblems(viewer: Viewer, runId: string, take = 1000): Promise<RowProblem[]> {
  requireImporter(viewer);
  const rows = await db.importRow.findMany({
    where: { agencyId: viewer.agencyId, runId, problems: { not: Prisma.DbNull } },
    orderBy: { line: "asc" },
    take,
    select: { problems: true },
  });
  return rows.flatMap((r) => r.problems as RowProblem[]);
}
