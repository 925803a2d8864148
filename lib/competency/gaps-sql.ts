import "server-only";
// The gap figures in SQL, always from competency_gaps(agency, date) (migration 20261205170000): never a second
// copy of the current-level or standard rules. Every statement is scoped to the viewer by `GapScope`, a condition
// over `e` (the employee) and `u` (the unit they belong to now), exactly as lib/auth/scope.ts's employeeScopeSql.
import { Prisma } from "@/lib/generated/prisma/client";
import type { CompetencyKind } from "@/lib/generated/prisma/enums";

export type GapScope = { where: Prisma.Sql; agencyWide: boolean };

export type GapQuery = {
  agencyId: string;
  /** The date the figures are "as of" (UTC midnight). */
  on: Date;
  scope: GapScope;
  kind?: CompetencyKind;
};

const dayOf = (d: Date) => d.toISOString().slice(0, 10);

/**
 * One row per standard line of every ASN in scope, with `gu` the unit the line counts for (the unit held on the
 * date) and its path. An agency-wide scope skips the employee join (competency_gaps is already the agency's).
 */
export function scopedGapLines(q: GapQuery): Prisma.Sql {
  const scopeJoin = q.scope.agencyWide
    ? Prisma.empty
    : Prisma.sql`JOIN "Employee" e ON e.id = g.employee_id JOIN "OrgUnit" u ON u.id = e."unitId" AND (${q.scope.where})`;
  const kindJoin = q.kind ? Prisma.sql`JOIN "Competency" c ON c.id = g.competency_id AND c.kind = ${q.kind}::"CompetencyKind"` : Prisma.empty;
  return Prisma.sql`
    SELECT g.*, gu.path AS unit_path
      FROM competency_gaps(${q.agencyId}::uuid, ${dayOf(q.on)}::date) g
      JOIN "OrgUnit" gu ON gu.id = g.unit_id
      ${scopeJoin}
      ${kindJoin}`;
}

/** The figures of one heatmap cell, over a set of gap lines `l`. */
const CELL_FIGURES = Prisma.sql`
  count(*) FILTER (WHERE l.gap > 0)::int AS "withGap",
  count(*) FILTER (WHERE l.current_level IS NULL)::int AS "notAssessed",
  count(*) FILTER (WHERE l.current_level IS NOT NULL)::int AS "assessed",
  coalesce(sum(l.gap), 0)::int AS "gapSum",
  round(avg(l.gap), 1)::float8 AS "averageGap"`;

export type HeatmapSqlRow = { groupId: string; competencyId: string; withGap: number; notAssessed: number; assessed: number; gapSum: number; averageGap: number | null };

/**
 * The heatmap: per row unit × competency. Rows are the units `depth` levels below the anchor (`anchorDepth` ids
 * in the anchor's path: 0 = the agency, whose rows are the OPD). Staff placed directly in the anchor unit count
 * in a row of the anchor itself.
 */
export function heatmapSql(q: GapQuery, anchorDepth: number): Prisma.Sql {
  return Prisma.sql`
    SELECT l.group_id AS "groupId", l.competency_id::text AS "competencyId", ${CELL_FIGURES}
      FROM (SELECT s.*, coalesce(nullif(split_part(s.unit_path, '/', ${anchorDepth + 2}::int), ''),
                                 split_part(s.unit_path, '/', ${anchorDepth + 1}::int)) AS group_id
              FROM (${scopedGapLines(q)}) s) l
     GROUP BY l.group_id, l.competency_id`;
}

export type CellPersonRow = {
  employeeId: string;
  nip: string;
  name: string;
  frontTitle: string | null;
  backTitle: string | null;
  positionName: string;
  unitName: string;
  requiredLevel: number;
  currentLevel: number | null;
  source: string | null;
  gap: number | null;
  total: number;
};

/**
 * The people of one cell: the lines of one competency in a unit's subtree (or the unit alone), gaps first, then
 * not assessed, then by name; searchable by name or NIP.
 */
export function cellPeopleSql(q: GapQuery, cell: { unitPath: string; unitOnly: boolean; competencyId: string; search?: string; skip: number; take: number }): Prisma.Sql {
  const place = cell.unitOnly ? Prisma.sql`l.unit_path = ${cell.unitPath}` : Prisma.sql`l.unit_path LIKE ${`${cell.unitPath}%`}`;
  const search = cell.search
    ? Prisma.sql`AND (p.name ILIKE ${`%${cell.search}%`} OR p.nip LIKE ${`%${cell.search.replace(/\s+/g, "")}%`})`
    : Prisma.empty;
  return Prisma.sql`
    SELECT l.employee_id::text AS "employeeId", p.nip, p.name, p."frontTitle", p."backTitle",
           pos.name AS "positionName", un.name AS "unitName", l.required_level AS "requiredLevel",
           l.current_level AS "currentLevel", l.source::text AS source, l.gap, count(*) OVER ()::int AS total
      FROM (${scopedGapLines(q)}) l
      JOIN "Employee" p ON p.id = l.employee_id
      JOIN "Position" pos ON pos.id = l.position_id
      JOIN "OrgUnit" un ON un.id = l.unit_id
     WHERE l.competency_id = ${cell.competencyId}::uuid AND ${place} ${search}
     ORDER BY l.gap DESC NULLS LAST, (l.current_level IS NULL) DESC, p.name, p.nip
     LIMIT ${cell.take} OFFSET ${cell.skip}`;
}

export type TeamLineRow = { employeeId: string; competencyId: string; requiredLevel: number; currentLevel: number | null; source: string | null; gap: number | null; surplus: number | null };

/** Every standard line of the given staff. */
export function teamLinesSql(q: GapQuery, employeeIds: readonly string[]): Prisma.Sql {
  return Prisma.sql`
    SELECT l.employee_id::text AS "employeeId", l.competency_id::text AS "competencyId", l.required_level AS "requiredLevel",
           l.current_level AS "currentLevel", l.source::text AS source, l.gap, l.surplus
      FROM (${scopedGapLines(q)}) l
     WHERE l.employee_id = ANY(${[...employeeIds]}::uuid[])`;
}

/**
 * Job-person match of each holder, per position: Σ min(current, required) ÷ Σ required over the assessed lines,
 * 1 decimal (lib/competency/rules.ts jobPersonMatch), and how many lines are not assessed.
 */
export function holderJpmSql(q: GapQuery, filter: Prisma.Sql = Prisma.empty): Prisma.Sql {
  return Prisma.sql`
    SELECT l.employee_id, l.position_id, min(l.unit_path) AS unit_path,
           CASE WHEN sum(l.required_level) FILTER (WHERE l.current_level IS NOT NULL) > 0
                THEN round(100.0 * sum(least(l.current_level, l.required_level)) FILTER (WHERE l.current_level IS NOT NULL)
                           / sum(l.required_level) FILTER (WHERE l.current_level IS NOT NULL), 1)::float8 END AS percent,
           count(*) FILTER (WHERE l.current_level IS NULL)::int AS not_assessed
      FROM (${scopedGapLines(q)}) l
     WHERE true ${filter}
     GROUP BY l.employee_id, l.position_id`;
}
