import "server-only";
// Reads of import runs, scoped to the viewer's agency and to those who may import. `importProgress` is the
// contract a page polls while a run is checked or applied: status, rows done of the total, and the dry run;
// `importRunStatus` adds a page of the bad rows (errors and warnings, each with line, column and severity).
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
  /** 0–100 while the run is checked or applied; 100 once that has ended. */
  percent: number;
  rowCount: number;
  /** Rows with an error (they block the apply). */
  problemCount: number;
  /** Rows with a warning only shown (from the summary; 0 for runs checked before warnings existed). */
  warningCount: number;
  summary: ImportSummary | null;
};

export async function importProgress(viewer: Viewer, runId: string): Promise<ImportProgress | null> {
  requireImporter(viewer);
  const run = await db.importRun.findUnique({
    where: { agencyId_id: { agencyId: viewer.agencyId, id: runId } },
    select: { id: true, kind: true, fileName: true, fileSha256: true, status: true, progressDone: true, progressTotal: true, rowCount: true, problemCount: true, summary: true },
  });
  if (!run) return null;
  const checking = run.status === "CHECKING" || run.status === "APPLYING";
  const total = Math.max(run.progressTotal, run.progressDone);
  return {
    id: run.id, kind: run.kind, fileName: run.fileName, fileSha256: run.fileSha256, status: run.status,
    done: run.progressDone, total,
    percent: checking ? (total ? Math.min(99, Math.floor((run.progressDone / total) * 100)) : 0) : 100,
    rowCount: run.rowCount, problemCount: run.problemCount,
    warningCount: (run.summary as ImportSummary | null)?.warningCount ?? 0,
    summary: run.summary as ImportSummary | null,
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
  return rows.flatMap((r) => withSeverity(r.problems as RowProblem[]));
}

const withSeverity = (problems: readonly RowProblem[]): RowProblem[] => problems.map((p) => ({ ...p, severity: p.severity ?? "error" }));

export type ProblemRow = { line: number; cells: string[]; problems: RowProblem[] };
export type ProblemPage = { rows: ProblemRow[]; total: number; page: number; pageSize: number };

/**
 * One page of a run's rows that have problems, in line order: each row as received with its problems (every
 * problem with its severity). `severity` keeps the rows with at least one error, or with at least one warning.
 */
export async function importProblemPage(
  viewer: Viewer,
  runId: string,
  options: { page?: number; pageSize?: number; severity?: "error" | "warning" } = {},
): Promise<ProblemPage> {
  requireImporter(viewer);
  const pageSize = Math.min(Math.max(Math.trunc(options.pageSize ?? 50), 1), 500);
  const page = Math.max(Math.trunc(options.page ?? 1), 1);
  const severity = options.severity ?? null;
  const filter = Prisma.sql`r."agencyId" = ${viewer.agencyId}::uuid AND r."runId" = ${runId}::uuid AND r.problems IS NOT NULL
    AND (${severity}::text IS NULL OR EXISTS (SELECT 1 FROM jsonb_array_elements(r.problems) p WHERE COALESCE(p->>'severity', 'error') = ${severity}::text))`;
  const counted = await db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM "ImportRow" r WHERE ${filter}`;
  const total = counted[0]?.total ?? 0;
  const rows = await db.$queryRaw<ProblemRow[]>`
    SELECT r.line, r.cells, r.problems FROM "ImportRow" r WHERE ${filter}
    ORDER BY r.line LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`;
  return { rows: rows.map((r) => ({ ...r, problems: withSeverity(r.problems) })), total, page, pageSize };
}

/** What an import page shows of a run: its status and progress (as `importProgress`) and the first page of its problems. */
export async function importRunStatus(viewer: Viewer, runId: string, options: { page?: number; pageSize?: number; severity?: "error" | "warning" } = {}) {
  const progress = await importProgress(viewer, runId);
  if (!progress) return null;
  return { ...progress, problems: await importProblemPage(viewer, runId, options) };
}
