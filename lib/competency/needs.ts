import "server-only";
// Training needs (analisis kebutuhan pelatihan, issue 14 item 4): the competency gaps of the people the viewer
// may see, from the SQL function competency_gaps, aggregated in SQL and ranked in TypeScript (needs-rules.ts).
// Decision 0032 says why the aggregate is grouped by (competency, required level, importance, unit).
import type { Viewer } from "@/lib/auth/load-viewer";
import { asManager } from "@/lib/auth/permissions";
import { employeeScopeSql } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { PositionType } from "@/lib/generated/prisma/enums";
import { calendarToday } from "@/lib/time";
import { pageWindow, type Page } from "@/lib/ui/pagination";
import { isUuid } from "@/lib/uuid";
import { loadCompetencySettings } from "./settings";
import { coversNeed, rankNeedGroups, type NeedGroup, type NeedWeighting, type RankedNeed } from "./needs-rules";

export const NEEDS_PAGE_SIZE = 20;

export type NeedFilters = { unitId?: string; positionType?: PositionType; page?: number };

export type TrainingNeedRow = RankedNeed & {
  rank: number;
  name: string;
  /** The units of the people, by name (every one of them; the page shows a few and the count). */
  units: { id: string; name: string }[];
  programs: { id: string; title: string; targetLevel: number }[];
};

export type TrainingNeeds = { weighting: NeedWeighting; evaluatedOn: Date; needs: TrainingNeedRow[] };

/** The agency's need weighting (its competency settings). */
export async function needWeighting(agencyId: string): Promise<NeedWeighting> {
  return (await loadCompetencySettings(agencyId)).weighting;
}

/** The gaps > 0 of the people in the viewer's scope (admin: agency; operator: unit subtree), grouped. */
async function needGroups(viewer: Viewer, filters: NeedFilters, on: Date): Promise<NeedGroup[]> {
  const scope = await employeeScopeSql(asManager(viewer), "read:competency-gap");
  if (!scope) return [];
  const narrow: Prisma.Sql[] = [scope.where];
  if (isUuid(filters.unitId)) {
    narrow.push(Prisma.sql`u.path LIKE (SELECT path FROM "OrgUnit" WHERE id = ${filters.unitId}::uuid AND "agencyId" = ${viewer.agencyId}::uuid) || '%'`);
  }
  if (filters.positionType) narrow.push(Prisma.sql`p.type::text = ${filters.positionType}`);
  return db.$queryRaw<NeedGroup[]>`
    SELECT g.competency_id::text AS "competencyId", c.code, g.required_level AS "targetLevel", g.importance::text AS importance,
           g.unit_id::text AS "unitId", sum(g.gap)::int AS "gapSum", count(*)::int AS people
      FROM competency_gaps(${viewer.agencyId}::uuid, ${on}::date) g
      JOIN "Employee" e ON e.id = g.employee_id
      JOIN "OrgUnit" u ON u.id = g.unit_id
      JOIN "Position" p ON p.id = g.position_id
      JOIN "Competency" c ON c.id = g.competency_id
     WHERE g.gap > 0 AND ${Prisma.join(narrow, " AND ")}
     GROUP BY g.competency_id, c.code, g.required_level, g.importance, g.unit_id`;
}

/** Names of the competencies, units and the covering programs of the given needs. */
async function describe(agencyId: string, ranked: readonly RankedNeed[], firstRank: number): Promise<TrainingNeedRow[]> {
  const competencyIds = [...new Set(ranked.map((n) => n.competencyId))];
  const unitIds = [...new Set(ranked.flatMap((n) => n.unitIds))];
  const [competencies, units, offers] = await Promise.all([
    db.competency.findMany({ where: { agencyId, id: { in: competencyIds } }, select: { id: true, name: true } }),
    db.orgUnit.findMany({ where: { agencyId, id: { in: unitIds } }, select: { id: true, name: true } }),
    db.programCompetency.findMany({
      where: { agencyId, competencyId: { in: competencyIds } },
      select: { competencyId: true, targetLevel: true, program: { select: { id: true, title: true } } },
      orderBy: [{ program: { title: "asc" } }],
    }),
  ]);
  const competencyName = new Map(competencies.map((c) => [c.id, c.name]));
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  return ranked.map((need, i) => ({
    ...need,
    rank: firstRank + i,
    name: competencyName.get(need.competencyId) ?? need.code,
    units: need.unitIds.map((id) => ({ id, name: unitName.get(id) ?? "" })).sort((a, b) => a.name.localeCompare(b.name, "id")),
    programs: offers
      .filter((o) => coversNeed({ programId: o.program.id, competencyId: o.competencyId, targetLevel: o.targetLevel }, need))
      .map((o) => ({ id: o.program.id, title: o.program.title, targetLevel: o.targetLevel })),
  }));
}

/** Every need the viewer may see, ranked (the export). */
export async function allTrainingNeeds(viewer: Viewer, filters: NeedFilters, on: Date = calendarToday()): Promise<TrainingNeeds> {
  const [weighting, groups] = await Promise.all([needWeighting(viewer.agencyId), needGroups(viewer, filters, on)]);
  const ranked = rankNeedGroups(groups, weighting);
  return { weighting, evaluatedOn: on, needs: await describe(viewer.agencyId, ranked, 1) };
}

/** One page of the ranked needs (the page). The ranking itself covers every need: there are at most a few hundred. */
export async function trainingNeedsPage(
  viewer: Viewer,
  filters: NeedFilters,
  on: Date = calendarToday(),
): Promise<{ weighting: NeedWeighting; evaluatedOn: Date; page: Page<TrainingNeedRow> }> {
  const [weighting, groups] = await Promise.all([needWeighting(viewer.agencyId), needGroups(viewer, filters, on)]);
  const ranked = rankNeedGroups(groups, weighting);
  const window = pageWindow(ranked, ranked.length, filters.page ?? 1, NEEDS_PAGE_SIZE);
  const start = (window.page - 1) * NEEDS_PAGE_SIZE;
  const rows = await describe(viewer.agencyId, ranked.slice(start, start + NEEDS_PAGE_SIZE), start + 1);
  return { weighting, evaluatedOn: on, page: { ...window, rows, to: rows.length ? start + rows.length : 0 } };
}
