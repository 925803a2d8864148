import "server-only";
// The gap figures in SQL, always from the SQL functions competency_gaps, competency_staff_on and
// position_standard_on (migrations 20261205170000, 20261206020000): never a second copy of the current-level or
// standard rules. Every statement is scoped to the viewer by `GapScope`, a condition
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

/** Joins that keep the rows of `employeeColumn` to the ASN in scope; none for an agency-wide scope. */
function scopeJoin(q: GapQuery, employeeColumn: Prisma.Sql): Prisma.Sql {
  return q.scope.agencyWide
    ? Prisma.empty
    : Prisma.sql`JOIN "Employee" e ON e.id = ${employeeColumn} JOIN "OrgUnit" u ON u.id = e."unitId" AND (${q.scope.where})`;
}

/** A join that keeps the rows of `competencyColumn` to competencies of the query's kind, when it has one. */
function kindJoin(q: GapQuery, competencyColumn: Prisma.Sql): Prisma.Sql {
  return q.kind
    ? Prisma.sql`JOIN "Competency" k ON k.id = ${competencyColumn} AND k.kind = ${q.kind}::"CompetencyKind"`
    : Prisma.empty;
}

/**
 * One row per standard line of every ASN in scope, with `gu` the unit the line counts for (the unit held on the
 * date) and its path. An agency-wide scope skips the employee join (competency_gaps is already the agency's).
 */
export function scopedGapLines(q: GapQuery): Prisma.Sql {
  return Prisma.sql`
    SELECT g.*, gu.path AS unit_path
      FROM competency_gaps(${q.agencyId}::uuid, ${dayOf(q.on)}::date) g
      JOIN "OrgUnit" gu ON gu.id = g.unit_id
      ${scopeJoin(q, Prisma.sql`g.employee_id`)}
      ${kindJoin(q, Prisma.sql`g.competency_id`)}`;
}

export type HeatmapSqlRow = { groupId: string; competencyId: string; withGap: number; notAssessed: number; assessed: number; gapSum: number; averageGap: number | null };

/**
 * The heatmap: per row unit × competency, the ASN with a gap, not assessed and assessed, the gap sum and the
 * average gap over the assessed. Rows are the units `depth` levels below the anchor (`anchorDepth` ids in the
 * anchor's path: 0 = the agency, whose rows are the OPD). Staff placed directly in the anchor unit count in a row
 * of the anchor itself.
 *
 * Counted per unit held on the date, then summed per row. The standard lines are counted from the staff per
 * (unit, position), so only the assessed lines go through competency_gaps (whose planner then starts from the
 * current levels): 100,000 ASN with 10-line standards are 1,000,000 lines (bench/gap).
 */
export function heatmapSql(q: GapQuery, anchorDepth: number): Prisma.Sql {
  const day = dayOf(q.on);
  return Prisma.sql`
    WITH lines AS (
      SELECT s.unit_id, st.competency_id, sum(s.holders)::int AS lines
        FROM (SELECT staff.unit_id, staff.position_id, count(*)::int AS holders
                FROM competency_staff_on(${q.agencyId}::uuid, ${day}::date) staff ${scopeJoin(q, Prisma.sql`staff.employee_id`)}
               GROUP BY staff.unit_id, staff.position_id) s
        JOIN position_standard_on(${q.agencyId}::uuid, ${day}::date) st ON st.position_id = s.position_id
        ${kindJoin(q, Prisma.sql`st.competency_id`)}
       GROUP BY s.unit_id, st.competency_id
    ), assessed AS (
      SELECT g.unit_id, g.competency_id, count(*) FILTER (WHERE g.gap > 0)::int AS with_gap, count(*)::int AS assessed,
             sum(g.gap)::int AS gap_sum
        FROM competency_gaps(${q.agencyId}::uuid, ${day}::date) g
        ${scopeJoin(q, Prisma.sql`g.employee_id`)}
        ${kindJoin(q, Prisma.sql`g.competency_id`)}
       WHERE g.current_level IS NOT NULL
       GROUP BY g.unit_id, g.competency_id
    )
    SELECT c.group_id AS "groupId", c.competency_id::text AS "competencyId",
           sum(c.with_gap)::int AS "withGap", sum(c.lines - c.assessed)::int AS "notAssessed", sum(c.assessed)::int AS "assessed",
           sum(c.gap_sum)::int AS "gapSum", round(sum(c.gap_sum)::numeric / nullif(sum(c.assessed), 0), 1)::float8 AS "averageGap"
      FROM (SELECT l.competency_id, l.lines, coalesce(a.with_gap, 0) AS with_gap, coalesce(a.assessed, 0) AS assessed,
                   coalesce(a.gap_sum, 0) AS gap_sum,
                   coalesce(nullif(split_part(gu.path, '/', ${anchorDepth + 2}::int), ''), split_part(gu.path, '/', ${anchorDepth + 1}::int)) AS group_id
              FROM lines l
              LEFT JOIN assessed a ON a.unit_id = l.unit_id AND a.competency_id = l.competency_id
              JOIN "OrgUnit" gu ON gu.id = l.unit_id) c
     GROUP BY c.group_id, c.competency_id`;
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
