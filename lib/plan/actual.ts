import "server-only";
// Plan against actual for one year (issue 15 part 4, decision 0037): each line of the version the report reads
// (the latest approved one, else the one being worked on) with its planned figures (rules.plannedFigures) and what
// its linked batches delivered and realised (actual-sql.ts); sums per OPD, route code and source of funds;
// coverage (actual-coverage.ts); and the year's batches outside the plan. Agency-wide: read:plan is held "any".
import type { Viewer } from "@/lib/auth/load-viewer";
import { hasPermission } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { FundSource, PlanVersionStatus, RouteCode } from "@/lib/generated/prisma/enums";
import { needCoverageOf, projectedReachByOpd, type NeedCoverage, type OpdReach } from "./actual-coverage";
import { againstActual, remainingSeats, reportVersionOf, sumBy, sumByFundSource, type FiguresRow, type FundSourceRow, type LineAgainstActual } from "./actual-rules";
import { actualByBatch, actualByItem, unplannedBatches, type UnplannedBatch } from "./actual-sql";
import { addFigures, lineTotal, plannedFigures, sumRupiah, type Figures, type Seats } from "./rules";

export type ReportLine = LineAgainstActual & FiguresRow & {
  lineId: string; position: number; title: string; unitName: string | null; opdName: string | null; batches: number; plannedMonth: number;
};

export type PlanActualReport = {
  year: number;
  version: { id: string; number: number; status: PlanVersionStatus; approvedAt: Date | null };
  lines: ReportLine[];
  total: FiguresRow;
  byOpd: (FiguresRow & { name: string | null })[];
  byRouteCode: FiguresRow[];
  byFundSource: FundSourceRow[];
  needCoverage: NeedCoverage;
  reach: OpdReach[];
  unplanned: (UnplannedBatch & { actual: Figures })[];
};

const ZERO: Figures = { participants: 0, jpMinutes: 0, rupiah: 0 };

/** The version the report reads, or null when the year has no plan (or no version yet). */
export async function reportVersion(agencyId: string, year: number) {
  const plan = await db.developmentPlan.findUnique({ where: { agencyId_year: { agencyId, year } }, include: { versions: true } });
  return plan ? reportVersionOf(plan.versions) : null;
}

async function linesOf(agencyId: string, versionId: string) {
  const lines = await db.planLine.findMany({
    where: { agencyId, versionId },
    include: { budget: { select: { volume: true, unitPrice: true, fundSource: true } }, unit: { select: { name: true, path: true } } },
    orderBy: { position: "asc" },
  });
  const opdIds = [...new Set(lines.map((l) => l.unit?.path.split("/")[1]).filter((id): id is string => Boolean(id)))];
  const opds = await db.orgUnit.findMany({ where: { agencyId, id: { in: opdIds } }, select: { id: true, name: true } });
  const opdName = new Map(opds.map((o) => [o.id, o.name]));
  return lines.map((l) => {
    const opdId = l.unit?.path.split("/")[1] ?? null;
    return { ...l, opdId, opdName: opdId ? (opdName.get(opdId) ?? null) : null };
  });
}

function realisedBy(rows: readonly { key: string; fundSource: FundSource; rupiah: number }[], key: string): Partial<Record<FundSource, number>> {
  const out: Partial<Record<FundSource, number>> = {};
  for (const row of rows.filter((r) => r.key === key)) out[row.fundSource] = sumRupiah([out[row.fundSource] ?? 0, row.rupiah]);
  return out;
}

const rupiahOf = (byFund: Partial<Record<FundSource, number>>) => sumRupiah(Object.values(byFund));

export async function planActualReport(viewer: Viewer, year: number): Promise<PlanActualReport | null> {
  if (!hasPermission(viewer.roles, "read:plan")) throw new AppError("FORBIDDEN", "common.forbidden");
  const agencyId = viewer.agencyId;
  const version = await reportVersion(agencyId, year);
  if (!version) return null;
  const rawLines = await linesOf(agencyId, version.id);
  const itemIds = rawLines.map((l) => l.itemId);
  const [actual, unplanned] = await Promise.all([actualByItem(agencyId, itemIds), unplannedBatches(agencyId, year, itemIds)]);

  const lines: ReportLine[] = rawLines.map((l) => {
    const delivered = actual.delivered.find((d) => d.key === l.itemId);
    const actualByFundSource = realisedBy(actual.realised, l.itemId);
    const planned = plannedFigures(l);
    const figures: Figures = { participants: delivered?.participants ?? 0, jpMinutes: delivered?.jpMinutes ?? 0, rupiah: rupiahOf(actualByFundSource) };
    return {
      ...againstActual(l.itemId, planned, figures),
      lineId: l.id, itemId: l.itemId, position: l.position, title: l.title, plannedMonth: l.plannedMonth,
      unitName: l.unit?.name ?? null, opdId: l.opdId, opdName: l.opdName, routeCode: l.routeCode as RouteCode,
      budget: l.budget, planned, actual: figures, actualByFundSource, batches: delivered?.batches ?? 0,
    };
  });

  const seatsByOpd = new Map<string, Seats[]>();
  for (const line of lines) {
    if (!line.opdId) continue;
    seatsByOpd.set(line.opdId, [...(seatsByOpd.get(line.opdId) ?? []), { people: remainingSeats(line), jpPerParticipant: rawLines.find((r) => r.id === line.lineId)!.jpPerParticipant }]);
  }
  const funded = rawLines.map((l) => ({ competencyId: l.competencyId, targetLevel: l.targetLevel, needCompetencyId: l.needCompetencyId, needTargetLevel: l.needTargetLevel, rupiah: lineTotal(l) }));
  const [needCoverage, reach, unplannedActual] = await Promise.all([
    needCoverageOf(viewer, year, funded),
    projectedReachByOpd(agencyId, year, seatsByOpd),
    actualByBatch(agencyId, unplanned.map((b) => b.id)),
  ]);
  const opdNames = new Map(lines.map((l) => [l.opdId, l.opdName]));

  return {
    year,
    version: { id: version.id, number: version.number, status: version.status, approvedAt: version.approvedAt },
    lines,
    total: againstActual(null, addFigures(lines.map((l) => l.planned)), addFigures(lines.map((l) => l.actual))),
    byOpd: sumBy(lines, (l) => l.opdId).map((row) => ({ ...row, name: opdNames.get(row.key) ?? null })),
    byRouteCode: sumBy(lines, (l) => l.routeCode).sort((a, b) => String(a.key).localeCompare(String(b.key))),
    byFundSource: sumByFundSource(lines),
    needCoverage,
    reach,
    unplanned: unplanned.map((b) => {
      const delivered = unplannedActual.delivered.find((d) => d.key === b.id);
      return { ...b, actual: { ...ZERO, participants: delivered?.participants ?? 0, jpMinutes: delivered?.jpMinutes ?? 0, rupiah: rupiahOf(realisedBy(unplannedActual.realised, b.id)) } };
    }),
  };
}
