import "server-only";
// The organisation level of the gap analysis (issue 14): the heatmap OPD × competency and its drill-down to the
// people, scoped in SQL to what the viewer may read (read:competency-gap: admin the agency, operator their unit
// subtree, supervisor their staff).
import { employeeScopeSql } from "@/lib/auth/scope";
import type { Viewer } from "@/lib/auth/load-viewer";
import { db } from "@/lib/db";
import type { CompetencyKind } from "@/lib/generated/prisma/enums";
import { pageWindow, type Page } from "@/lib/ui/pagination";
import { isUuid } from "@/lib/uuid";
import { KIND_ORDER } from "./kinds";
import { cellPeopleSql, heatmapSql, type CellPersonRow, type GapQuery, type GapScope, type HeatmapSqlRow } from "./gaps-sql";


export type HeatmapColumn = { id: string; code: string; name: string; kind: CompetencyKind };
/** One cell: ASN with a gap, not assessed, assessed, the sum of the assessed gaps and their average (1 decimal). */
export type HeatmapCell = { withGap: number; notAssessed: number; assessed: number; gapSum: number; averageGap: number | null };
export type HeatmapRow = { unitId: string; name: string; code: string; unitOnly: boolean; cells: Record<string, HeatmapCell> };
export type Heatmap = { columns: HeatmapColumn[]; rows: HeatmapRow[]; total: Record<string, HeatmapCell>; anchor: { id: string; name: string } | null };

/** The viewer's reach for gap figures, as SQL over `e` and `u`; null when they may read none. */
export async function gapScope(viewer: Viewer): Promise<GapScope | null> {
  return employeeScopeSql(viewer, "read:competency-gap");
}

/**
 * Where the heatmap's rows hang: the agency (rows = OPD, the top-level units) for an admin or an operator of
 * several units; for an operator of one unit, that unit (rows = the units directly under it, plus the unit
 * itself for the staff placed directly in it).
 */
function anchorOf(viewer: Viewer, scope: GapScope): { id: string; path: string } | null {
  if (scope.agencyWide || viewer.operatorUnits.length !== 1) return null;
  return viewer.operatorUnits[0]!;
}

const idsInPath = (path: string) => path.split("/").filter(Boolean).length;

/** One decimal, halves away from zero, as PostgreSQL's round(numeric, 1) does for the rows. */
const roundHalfUp1 = (x: number) => Math.round(x * 10 + 1e-9) / 10;

const sumCells = (cells: HeatmapCell[]): HeatmapCell => {
  const assessed = cells.reduce((s, c) => s + c.assessed, 0);
  const gapSum = cells.reduce((s, c) => s + c.gapSum, 0);
  return {
    withGap: cells.reduce((s, c) => s + c.withGap, 0),
    notAssessed: cells.reduce((s, c) => s + c.notAssessed, 0),
    assessed,
    gapSum,
    averageGap: assessed ? roundHalfUp1(gapSum / assessed) : null,
  };
};

/**
 * The organisation heatmap on `on` (the same function the page and bench/gap call), with a total row summed
 * from the rows (its average from the summed gaps, not from the rounded row averages).
 */
export async function competencyHeatmap(viewer: Viewer, options: { on: Date; kind?: CompetencyKind }): Promise<Heatmap | null> {
  const scope = await gapScope(viewer);
  if (!scope) return null;
  const anchor = anchorOf(viewer, scope);
  const q: GapQuery = { agencyId: viewer.agencyId, on: options.on, scope, kind: options.kind };
  // The names are read alongside the figures (not after them): the rows' units are the anchor's children (or the
  // OPD, the agency's top-level units) and the anchor itself; the columns are the agency's competencies.
  const [figures, units, competencies, anchorUnit] = await Promise.all([
    db.$queryRaw<HeatmapSqlRow[]>(heatmapSql(q, anchor ? idsInPath(anchor.path) : 0)),
    db.orgUnit.findMany({
      where: { agencyId: viewer.agencyId, OR: anchor ? [{ parentId: anchor.id }, { id: anchor.id }] : [{ parentId: null }] },
      select: { id: true, name: true, code: true },
    }),
    db.competency.findMany({ where: { agencyId: viewer.agencyId, ...(options.kind ? { kind: options.kind } : {}) }, select: { id: true, code: true, name: true, kind: true } }),
    anchor ? db.orgUnit.findFirst({ where: { agencyId: viewer.agencyId, id: anchor.id }, select: { id: true, name: true } }) : null,
  ]);
  const used = new Set(figures.map((f) => f.competencyId));
  const occupied = new Set(figures.map((f) => f.groupId));
  const columns = competencies.filter((c) => used.has(c.id)).sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.code.localeCompare(b.code, "id"));
  const rows = new Map<string, HeatmapRow>();
  for (const unit of units.filter((u) => occupied.has(u.id))) rows.set(unit.id, { unitId: unit.id, name: unit.name, code: unit.code, unitOnly: unit.id === anchor?.id, cells: {} });
  for (const f of figures) {
    const row = rows.get(f.groupId);
    if (row) row.cells[f.competencyId] = { withGap: f.withGap, notAssessed: f.notAssessed, assessed: f.assessed, gapSum: f.gapSum, averageGap: f.averageGap };
  }
  const ordered = [...rows.values()].sort((a, b) => Number(b.unitOnly) - Number(a.unitOnly) || a.name.localeCompare(b.name, "id"));
  const total = Object.fromEntries(columns.map((c) => [c.id, sumCells(ordered.flatMap((r) => (r.cells[c.id] ? [r.cells[c.id]!] : [])))]));
  return { columns, rows: ordered, total, anchor: anchorUnit };
}

export type CellPerson = Omit<CellPersonRow, "total">;
export type CellView = {
  unit: { id: string; name: string };
  unitOnly: boolean;
  competency: { id: string; code: string; name: string };
  people: Page<CellPerson>;
};

/**
 * The people of one heatmap cell (a unit's subtree, or the unit alone, × a competency), only those in the viewer's
 * reach. Null (a 404) for a unit or competency of another agency, or a viewer who is neither admin nor operator.
 */
export async function heatmapCell(
  viewer: Viewer,
  cell: { unitId: string; competencyId: string; unitOnly?: boolean; on: Date; search?: string; page: number; pageSize?: number },
): Promise<CellView | null> {
  if (!isUuid(cell.unitId) || !isUuid(cell.competencyId)) return null;
  const scope = await gapScope(viewer);
  if (!scope) return null;
  const [unit, competency] = await Promise.all([
    db.orgUnit.findFirst({ where: { agencyId: viewer.agencyId, id: cell.unitId }, select: { id: true, name: true, path: true } }),
    db.competency.findFirst({ where: { agencyId: viewer.agencyId, id: cell.competencyId }, select: { id: true, code: true, name: true } }),
  ]);
  if (!unit || !competency) return null;
  // A supervisor has no drill-down (their view is the team heatmap). An operator opening a unit of their agency
  // outside their subtree gets nothing: the scope keeps every person out, as it does in every employee list.
  if (!scope.agencyWide && !viewer.operatorUnits.length) return null;
  const pageSize = cell.pageSize ?? 25;
  const search = cell.search?.trim().slice(0, 100) || undefined;
  const q: GapQuery = { agencyId: viewer.agencyId, on: cell.on, scope };
  const fetchPage = (page: number) =>
    db.$queryRaw<CellPersonRow[]>(
      cellPeopleSql(q, { unitPath: unit.path, unitOnly: !!cell.unitOnly, competencyId: competency.id, search, skip: (page - 1) * pageSize, take: pageSize }),
    );
  let rows = await fetchPage(cell.page);
  let total = rows[0]?.total ?? 0;
  let page = cell.page;
  if (!rows.length && cell.page > 1) {
    // Past the end (an old link): the last page instead.
    const first = await fetchPage(1);
    total = first[0]?.total ?? 0;
    page = Math.max(1, Math.ceil(total / pageSize));
    rows = page === 1 ? first : await fetchPage(page);
  }
  const people = rows.map(({ total: _total, ...person }) => person);
  return { unit: { id: unit.id, name: unit.name }, unitOnly: !!cell.unitOnly, competency, people: pageWindow(people, total, page, pageSize) };
}
