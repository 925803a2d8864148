import "server-only";
// The position level of the gap analysis (issue 14): per position, its holders in the viewer's reach, their
// job-person match (JPM) in the agency's bands, how many are incomplete (a competency not assessed), and per
// competency of the standard how many have a gap and the average gap. All from competency_gaps, scoped in SQL.
import type { Viewer } from "@/lib/auth/load-viewer";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { PositionType } from "@/lib/generated/prisma/enums";
import { pageWindow, type Page } from "@/lib/ui/pagination";
import { isUuid } from "@/lib/uuid";
import { jpmBand, type JpmBands } from "./rules";
import { loadCompetencySettings } from "./settings";

type JpmBandKey = ReturnType<typeof jpmBand>["key"];
const loadJpmBands = async (agencyId: string) => (await loadCompetencySettings(agencyId)).bands;
import { gapScope } from "./gaps";
import { KIND_ORDER } from "./kinds";
import { holderJpmSql, scopedGapLines, type GapQuery } from "./gaps-sql";

export type PositionLine = { competencyId: string; code: string; name: string; requiredLevel: number; withGap: number; notAssessed: number; averageGap: number | null };
export type PositionSummary = {
  positionId: string;
  name: string;
  type: PositionType;
  unitName: string;
  holders: number;
  high: number;
  mid: number;
  low: number;
  incomplete: number;
  lines: PositionLine[];
};

type SummaryRow = Omit<PositionSummary, "lines"> & { total: number };
type LineRow = Omit<PositionLine, "code" | "name"> & { positionId: string };

export type PositionFilters = { opdId?: string; type?: PositionType; search?: string };

async function linesOf(q: GapQuery, positionIds: string[]): Promise<Map<string, PositionLine[]>> {
  if (!positionIds.length) return new Map();
  const rows = await db.$queryRaw<LineRow[]>(Prisma.sql`
    SELECT l.position_id::text AS "positionId", l.competency_id::text AS "competencyId", max(l.required_level)::int AS "requiredLevel",
           count(*) FILTER (WHERE l.gap > 0)::int AS "withGap", count(*) FILTER (WHERE l.current_level IS NULL)::int AS "notAssessed",
           round(avg(l.gap), 1)::float8 AS "averageGap"
      FROM (${scopedGapLines(q)}) l
     WHERE l.position_id = ANY(${positionIds}::uuid[])
     GROUP BY l.position_id, l.competency_id`);
  const competencies = new Map(
    (await db.competency.findMany({ where: { agencyId: q.agencyId, id: { in: [...new Set(rows.map((r) => r.competencyId))] } }, select: { id: true, code: true, name: true, kind: true } })).map(
      (c) => [c.id, c],
    ),
  );
  const byPosition = new Map<string, PositionLine[]>();
  for (const r of rows) {
    const c = competencies.get(r.competencyId);
    if (!c) continue;
    const list = byPosition.get(r.positionId) ?? [];
    list.push({ competencyId: r.competencyId, code: c.code, name: c.name, requiredLevel: r.requiredLevel, withGap: r.withGap, notAssessed: r.notAssessed, averageGap: r.averageGap });
    byPosition.set(r.positionId, list);
  }
  const kindOf = (line: PositionLine) => KIND_ORDER[competencies.get(line.competencyId)!.kind];
  for (const list of byPosition.values()) list.sort((a, b) => kindOf(a) - kindOf(b) || a.code.localeCompare(b.code, "id"));
  return byPosition;
}

/** Positions with holders in the viewer's reach, by name, paginated; null when the viewer may read no gaps. */
export async function positionGaps(viewer: Viewer, options: { on: Date; filters: PositionFilters; page: number; pageSize?: number }): Promise<{ page: Page<PositionSummary>; bands: JpmBands } | null> {
  const scope = await gapScope(viewer);
  if (!scope) return null;
  const bands = await loadJpmBands(viewer.agencyId);
  const q: GapQuery = { agencyId: viewer.agencyId, on: options.on, scope };
  const pageSize = options.pageSize ?? 20;
  const { opdId, type, search } = options.filters;
  const where = [
    isUuid(opdId) ? Prisma.sql`AND pu.path LIKE ${`/${opdId}/%`}` : Prisma.empty,
    type ? Prisma.sql`AND p.type = ${type}::"PositionType"` : Prisma.empty,
    search ? Prisma.sql`AND p.name ILIKE ${`%${search.slice(0, 100)}%`}` : Prisma.empty,
  ];
  const run = (page: number) =>
    db.$queryRaw<SummaryRow[]>(Prisma.sql`
      WITH h AS (${holderJpmSql(q)})
      SELECT p.id::text AS "positionId", p.name, p.type::text AS type, pu.name AS "unitName", s.holders, s.high, s.mid, s.low, s.incomplete,
             count(*) OVER ()::int AS total
        FROM (SELECT position_id, count(*)::int AS holders,
                     count(*) FILTER (WHERE not_assessed = 0 AND percent >= ${bands.highPct})::int AS high,
                     count(*) FILTER (WHERE not_assessed = 0 AND percent >= ${bands.midPct} AND percent < ${bands.highPct})::int AS mid,
                     count(*) FILTER (WHERE not_assessed = 0 AND percent < ${bands.midPct})::int AS low,
                     count(*) FILTER (WHERE not_assessed > 0)::int AS incomplete
                FROM h GROUP BY position_id) s
        JOIN "Position" p ON p.id = s.position_id
        JOIN "OrgUnit" pu ON pu.id = p."unitId"
       WHERE true ${Prisma.join(where, " ")}
       ORDER BY p.name, pu.name, p.id
       LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`);
  let page = Math.max(1, options.page);
  let rows = await run(page);
  if (!rows.length && page > 1) {
    const total = (await run(1))[0]?.total ?? 0;
    page = Math.max(1, Math.ceil(total / pageSize));
    rows = await run(page);
  }
  const lines = await linesOf(q, rows.map((r) => r.positionId));
  const summaries = rows.map(({ total: _t, ...r }) => ({ ...r, lines: lines.get(r.positionId) ?? [] }));
  return { page: pageWindow(summaries, rows[0]?.total ?? 0, page, pageSize), bands };
}

export type Holder = { employeeId: string; nip: string; name: string; frontTitle: string | null; backTitle: string | null; unitName: string; percent: number | null; notAssessed: number; band: { key: JpmBandKey; name: string } | null };

/**
 * One position: its standard's lines with the gap figures, and each holder in reach with their JPM (a band only
 * when complete). Null (a 404) for a position of another agency; a position with no holder in an operator's reach
 * shows nobody (the scope keeps them out, as in every list).
 */
export async function positionDetail(viewer: Viewer, positionId: string, on: Date) {
  if (!isUuid(positionId)) return null;
  const scope = await gapScope(viewer);
  if (!scope) return null;
  const position = await db.position.findFirst({ where: { agencyId: viewer.agencyId, id: positionId }, select: { id: true, name: true, type: true, unit: { select: { name: true } } } });
  if (!position) return null;
  const q: GapQuery = { agencyId: viewer.agencyId, on, scope };
  const [bands, holderRows] = await Promise.all([
    loadJpmBands(viewer.agencyId),
    db.$queryRaw<Omit<Holder, "band">[]>(Prisma.sql`
      SELECT h.employee_id::text AS "employeeId", e.nip, e.name, e."frontTitle", e."backTitle", un.name AS "unitName", h.percent, h.not_assessed AS "notAssessed"
        FROM (${holderJpmSql(q, Prisma.sql`AND l.position_id = ${positionId}::uuid`)}) h
        JOIN "Employee" e ON e.id = h.employee_id
        JOIN "OrgUnit" un ON un.id = e."unitId"
       ORDER BY h.not_assessed = 0 DESC, h.percent ASC NULLS LAST, e.name, e.nip`),
  ]);
  const holders: Holder[] = holderRows.map((h) => ({ ...h, band: h.notAssessed === 0 && h.percent !== null ? jpmBand(h.percent, bands) : null }));
  const lines = (await linesOf(q, [positionId])).get(positionId) ?? [];
  return { position, holders, lines, bands };
}
