// The aggregate figures of the compliance dashboard, as SQL fragments shared by every statement that shows them:
// the per-OPD table and its total (summarySql), the equity panel (equitySql) and the dashboard's single statement
// that computes both from one pass over the per-ASN rows (dashboardFiguresSql). Sharing the fragments keeps the
// figures identical whichever statement produced them; tests/integration/compliance-dashboard.test.ts checks it.
import { Prisma } from "@/lib/generated/prisma/client";
import { tagged } from "./tag";
import { complianceRows, trainingsSql, type ComplianceQuery } from "./sql";

/** The per-OPD columns, aggregated over rows with `status` and `"creditedMinutes"`. */
const SUMMARY_COLUMNS = Prisma.sql`
  count(*)::int AS headcount,
  count(*) FILTER (WHERE status <> 'EXEMPT')::int AS obligated,
  count(*) FILTER (WHERE status = 'COMPLIANT')::int AS compliant,
  count(*) FILTER (WHERE status = 'ON_TRACK')::int AS "onTrack",
  count(*) FILTER (WHERE status = 'AT_RISK')::int AS "atRisk",
  count(*) FILTER (WHERE status = 'NON_COMPLIANT')::int AS "nonCompliant",
  count(*) FILTER (WHERE status = 'EXEMPT')::int AS exempt,
  count(*) FILTER (WHERE status <> 'EXEMPT' AND "creditedMinutes" <= 0)::int AS "zeroJp",
  coalesce(avg("creditedMinutes") FILTER (WHERE status <> 'EXEMPT'), 0)::float8 AS "averageMinutes",
  coalesce(percentile_cont(0.5) WITHIN GROUP (ORDER BY "creditedMinutes") FILTER (WHERE status <> 'EXEMPT'), 0)::float8 AS "medianMinutes"`;

/**
 * The equity columns, aggregated over rows of obligated ASN (`n` trainings, `rank` by n descending, `people` in
 * all). The top decile's sum does not depend on how ties are ranked.
 */
const EQUITY_COLUMNS = Prisma.sql`
  count(*) FILTER (WHERE n = 0)::int AS b0, count(*) FILTER (WHERE n = 1)::int AS b1,
  count(*) FILTER (WHERE n = 2)::int AS b2, count(*) FILTER (WHERE n >= 3)::int AS b3,
  coalesce(sum(n), 0)::int AS places,
  coalesce(sum(n) FILTER (WHERE rank <= ceil(people * 0.1)), 0)::int AS top`;

/** Aggregates grouped by OPD (top-level unit), plus the total as opdId "" last. */
export function summarySql(query: ComplianceQuery): Prisma.Sql {
  return Prisma.sql`
    WITH c AS (${complianceRows(query)}),
    summed AS (SELECT c."opdId", ${SUMMARY_COLUMNS} FROM c GROUP BY GROUPING SETS ((c."opdId"), ()))
    SELECT coalesce(s."opdId", '') AS "opdId", CASE WHEN s."opdId" IS NULL THEN 'Total' ELSE o.name END AS "opdName",
           s.headcount, s.obligated, s.compliant, s."onTrack", s."atRisk", s."nonCompliant", s.exempt, s."zeroJp",
           s."averageMinutes", s."medianMinutes"
    FROM summed s LEFT JOIN "OrgUnit" o ON o.id::text = s."opdId"
    ORDER BY (s."opdId" IS NULL), o.name`;
}

/** The equity panel's counts: one row of b0..b3, places and top. */
export function equitySql(query: ComplianceQuery): Prisma.Sql {
  return Prisma.sql`
    WITH c AS (${complianceRows(query)}),
    trainings AS (${trainingsSql(query)}),
    per AS (
      SELECT coalesce(t.n, 0) AS n, row_number() OVER (ORDER BY coalesce(t.n, 0) DESC) AS rank, count(*) OVER () AS people
      FROM c LEFT JOIN trainings t ON t."employeeId" = c."employeeId"::uuid WHERE c.status <> 'EXEMPT'
    )
    SELECT ${EQUITY_COLUMNS} FROM per`;
}

/**
 * The dashboard's figures in one statement and one pass over the per-ASN rows: the per-OPD summaries with the
 * total (as JSON, in summarySql's order) and the equity counts. The top decile comes from the histogram of
 * trainings per ASN (small integers), not from ranking every ASN: the sum of the k largest values is the same.
 * `tag` is a comment put first in the text, so the running statement can be found in pg_stat_activity.
 */
export function dashboardFiguresSql(query: ComplianceQuery, tag = ""): Prisma.Sql {
  const statement = Prisma.sql`
    WITH per AS MATERIALIZED (
      SELECT c."opdId", c.status, c."creditedMinutes", c.trainings AS n FROM (${complianceRows(query, { trainings: true })}) c
    ),
    summed AS (SELECT p."opdId", ${SUMMARY_COLUMNS} FROM per p GROUP BY GROUPING SETS ((p."opdId"), ())),
    grouped AS (
      -- named after grouping: one lookup per OPD instead of one per ASN
      SELECT coalesce(s."opdId", '') AS "opdId", CASE WHEN s."opdId" IS NULL THEN 'Total' ELSE o.name END AS "opdName",
             s.headcount, s.obligated, s.compliant, s."onTrack", s."atRisk", s."nonCompliant", s.exempt, s."zeroJp",
             s."averageMinutes", s."medianMinutes", row_number() OVER (ORDER BY (s."opdId" IS NULL), o.name) AS position
      FROM summed s LEFT JOIN "OrgUnit" o ON o.id::text = s."opdId"
    ),
    histogram AS (SELECT n, count(*) AS people FROM per WHERE status <> 'EXEMPT' GROUP BY n),
    ranked AS (
      SELECT n, people, sum(people) OVER (ORDER BY n DESC) - people AS above, ceil(sum(people) OVER () * 0.1) AS k FROM histogram
    ),
    equity AS (
      SELECT coalesce(sum(people) FILTER (WHERE n = 0), 0)::int AS b0, coalesce(sum(people) FILTER (WHERE n = 1), 0)::int AS b1,
             coalesce(sum(people) FILTER (WHERE n = 2), 0)::int AS b2, coalesce(sum(people) FILTER (WHERE n >= 3), 0)::int AS b3,
             coalesce(sum(n * people), 0)::int AS places,
             coalesce(sum(n * greatest(0, least(people, k - above))), 0)::int AS top
      FROM ranked
    )
    SELECT (SELECT json_agg(to_jsonb(g) - 'position' ORDER BY g.position) FROM grouped g) AS opds,
           (SELECT row_to_json(e) FROM equity e) AS equity`;
  return tag ? tagged(tag, statement) : statement;
}
