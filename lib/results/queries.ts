import "server-only";
import type { Viewer } from "@/lib/auth/load-viewer";
import { hasPermission } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { calendarToday } from "@/lib/time";
import { measuredIndicator, resultsOpen, summariseIndicators, type MeasuredIndicator, type ResultsSummary } from "./rules";
import { isUuid } from "@/lib/uuid";

// Level 4 reads for the admin batch page. Gated by record:results and filtered by the viewer's agency, so
// another agency's batch id finds nothing.

export type IndicatorRow = MeasuredIndicator & {
  id: string;
  unitId: string;
  unitName: string;
  name: string;
  measure: string;
  baselineOn: Date;
  resultOn: Date | null;
  note: string | null;
};

export type BatchResults = {
  batchId: string;
  programId: string;
  /** Whether the program records level 4; when false, rows and units are empty. */
  tracksResults: boolean;
  cancelled: boolean;
  batchEnd: Date;
  /** Whether a result can be recorded yet (the batch's last day is over). */
  resultsOpen: boolean;
  rows: IndicatorRow[];
  summary: ResultsSummary;
  /** The agency's units, in tree order, for the unit picker. */
  units: { id: string; name: string; depth: number }[];
};

/** The indicators of a batch with their change, ordered by unit and name; null if not found. */
export async function batchIndicators(viewer: Viewer, batchId: string): Promise<BatchResults | null> {
  if (!hasPermission(viewer.roles, "record:results")) throw new AppError("FORBIDDEN", "common.forbidden");
  if (!isUuid(batchId)) return null;
  const batch = await db.batch.findFirst({
    where: { id: batchId, agencyId: viewer.agencyId },
    select: { id: true, status: true, endDate: true, program: { select: { id: true, tracksResults: true } } },
  });
  if (!batch) return null;
  const base = {
    batchId: batch.id, programId: batch.program.id, tracksResults: batch.program.tracksResults, cancelled: batch.status === "CANCELLED",
    batchEnd: batch.endDate, resultsOpen: resultsOpen(batch.endDate, calendarToday()),
  };
  if (!batch.program.tracksResults) return { ...base, rows: [], summary: summariseIndicators([]), units: [] };

  const [indicators, units] = await Promise.all([
    db.resultIndicator.findMany({
      where: { batchId: batch.id, agencyId: viewer.agencyId },
      include: { unit: { select: { name: true, path: true } } },
      orderBy: [{ unit: { path: "asc" } }, { name: "asc" }, { id: "asc" }],
    }),
    db.orgUnit.findMany({ where: { agencyId: viewer.agencyId }, select: { id: true, name: true, depth: true }, orderBy: { path: "asc" } }),
  ]);
  const rows = indicators.map((i): IndicatorRow => ({
    id: i.id, unitId: i.unitId, unitName: i.unit.name, name: i.name, measure: i.measure,
    ...measuredIndicator(i), baselineOn: i.baselineOn, resultOn: i.resultOn, note: i.note,
  }));
  return { ...base, rows, summary: summariseIndicators(rows), units };
}
