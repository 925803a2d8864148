import "server-only";
// Reads for the import pages (app/(app)/admin/impor): the agency's recent runs, a page at a time, and one run's
// problems a page at a time, errors and warnings apart. Same guard as queries.ts: those who may import, inside
// their agency. Neither reads the stored file's bytes.
import type { Viewer } from "@/lib/auth/load-viewer";
import { hasPermission } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { paginate, type Page } from "@/lib/ui/pagination";
import type { ImportProgress } from "./queries";
import type { ImportSummary } from "./run-summary";

function requireImporter(viewer: Viewer) {
  if (!hasPermission(viewer.roles, "import:records")) throw new AppError("FORBIDDEN", "common.forbidden");
}

export type ImportRunListRow = {
  id: string;
  kind: string;
  fileName: string;
  status: ImportProgress["status"];
  rowCount: number;
  problemCount: number;
  counts: ImportSummary["counts"] | null;
  createdAt: Date;
  createdByName: string;
};

export const RUNS_PAGE_SIZE = 20;

/** The agency's import runs, newest first. */
export async function listImportRuns(viewer: Viewer, page: number): Promise<Page<ImportRunListRow>> {
  requireImporter(viewer);
  const where = { agencyId: viewer.agencyId };
  return paginate(page, RUNS_PAGE_SIZE, () => db.importRun.count({ where }), async (skip, take) => {
    const runs = await db.importRun.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip,
      take,
      select: { id: true, kind: true, fileName: true, status: true, rowCount: true, problemCount: true, summary: true, createdAt: true, createdBy: { select: { name: true } } },
    });
    return runs.map(({ summary, createdBy, ...run }) => ({ ...run, counts: (summary as ImportSummary | null)?.counts ?? null, createdByName: createdBy.name }));
  });
}

export type ProblemSeverity = "error" | "warning";
export type ProblemRow = { line: number; column: string | null; message: string };

/**
 * One page of a run's problems of one severity, in line order (a problem without a severity is an error).
 * One row of the file may hold several problems; each is listed.
 */
export async function importProblemPage(viewer: Viewer, runId: string, severity: ProblemSeverity, page: number, pageSize = 25): Promise<Page<ProblemRow>> {
  requireImporter(viewer);
  const agencyId = viewer.agencyId;
  const count = async () => {
    const [row] = await db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM "ImportRow" r, jsonb_array_elements(r.problems) p
      WHERE r."agencyId" = ${agencyId}::uuid AND r."runId" = ${runId}::uuid AND jsonb_typeof(r.problems) = 'array'
        AND coalesce(p->>'severity', 'error') = ${severity}`;
    return Number(row?.n ?? 0);
  };
  return paginate(page, pageSize, count, (skip, take) => db.$queryRaw<ProblemRow[]>`
    SELECT r.line, p.value->>'column' AS "column", p.value->>'message' AS message
    FROM "ImportRow" r, jsonb_array_elements(r.problems) WITH ORDINALITY p(value, n)
    WHERE r."agencyId" = ${agencyId}::uuid AND r."runId" = ${runId}::uuid AND jsonb_typeof(r.problems) = 'array'
      AND coalesce(p.value->>'severity', 'error') = ${severity}
    ORDER BY r.line, p.n OFFSET ${skip} LIMIT ${take}`);
}

/** How many rows have an error, and how many warnings the run has (a problem without a severity is an error). */
export async function importProblemCounts(viewer: Viewer, runId: string): Promise<{ errorRows: number; errors: number; warnings: number }> {
  requireImporter(viewer);
  const [row] = await db.$queryRaw<{ errorRows: bigint; errors: bigint; warnings: bigint }[]>`
    SELECT count(DISTINCT r.line) FILTER (WHERE coalesce(p->>'severity', 'error') = 'error') AS "errorRows",
           count(*) FILTER (WHERE coalesce(p->>'severity', 'error') = 'error') AS errors,
           count(*) FILTER (WHERE p->>'severity' = 'warning') AS warnings
    FROM "ImportRow" r, jsonb_array_elements(r.problems) p
    WHERE r."agencyId" = ${viewer.agencyId}::uuid AND r."runId" = ${runId}::uuid AND jsonb_typeof(r.problems) = 'array'`;
  return { errorRows: Number(row?.errorRows ?? 0), errors: Number(row?.errors ?? 0), warnings: Number(row?.warnings ?? 0) };
}

/** Who uploaded a run and when, for its page's heading. */
export async function importRunHeading(viewer: Viewer, runId: string): Promise<{ createdAt: Date; appliedAt: Date | null; createdByName: string } | null> {
  requireImporter(viewer);
  const run = await db.importRun.findUnique({
    where: { agencyId_id: { agencyId: viewer.agencyId, id: runId } },
    select: { createdAt: true, appliedAt: true, createdBy: { select: { name: true } } },
  });
  return run ? { createdAt: run.createdAt, appliedAt: run.appliedAt, createdByName: run.createdBy.name } : null;
}
