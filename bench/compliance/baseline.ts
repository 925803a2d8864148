// The hand-written SQL that bench/compliance.ts measures the project against: the same figures, written from the
// rules of lib/compliance/rules.ts (not from lib/compliance/sql.ts), under the default policy (the bench agency
// saves none): target 20 JP = 900 minutes, pro-rated, every route code counts, planned minutes are LEARNING
// sessions. Parameters: $1 agency, $2 year, $3 evaluation date (today).
//
// A FAIR baseline: it reads the credited minutes and trainings from the trigger-kept "LedgerYearTotal", as the
// product does for today's figures, not by summing the 1,000,000 ledger rows; and the bench runs it with the
// product's work_mem (lib/db.ts: 16 MB per connection).
// - In service: the ASN's service overlaps the year.
// - Active months: the months whose 15th lies between the first 15th on or after the start and the last 15th
//   on or before the end (both clipped to the year), less the months whose 15th falls in an inactivity period.
// - Credited: the year's total of the ASN's ledger entries (external training reaches the ledger only once
//   verified; corrections are entries of their own), kept per ASN and year by the ledger's trigger.
// - Planned: learning minutes of the CONFIRMED enrolments in batches not yet done (OPEN, CLOSED, RUNNING)
//   ending in the year, less cancelled sessions.
// - Equity: obligated ASN by trainings credited (0, 1, 2, 3+), all places, and the places of the top 10% by rank.

export const WORK_MEM = "16MB";

const PEOPLE = `
  staff AS (
    SELECT e.id, e.name, e."unitId", split_part(u.path, '/', 2) AS opd,
           greatest(0, least(m.last, $2 * 12 + 12) - greatest(m.first, $2 * 12 + 1) + 1) AS served
    FROM "Employee" e
    JOIN "OrgUnit" u ON u.id = e."unitId"
    -- months numbered year * 12 + month: the first whose 15th is on or after the start, the last whose 15th is on
    -- or before the end
    CROSS JOIN LATERAL (
      SELECT date_part('year', e."serviceStartDate")::int * 12 + date_part('month', e."serviceStartDate")::int
               + (date_part('day', e."serviceStartDate") > 15)::int AS first,
             coalesce(date_part('year', e."serviceEndDate")::int * 12 + date_part('month', e."serviceEndDate")::int
               - (date_part('day', e."serviceEndDate") < 15)::int, $2 * 12 + 12) AS last
    ) m
    WHERE e."agencyId" = $1 AND e."serviceStartDate" <= make_date($2, 12, 31)
      AND (e."serviceEndDate" IS NULL OR e."serviceEndDate" >= make_date($2, 1, 1))
  ),
  away AS (
    SELECT ip."employeeId" AS id, count(DISTINCT m.d) AS months
    FROM "InactivityPeriod" ip
    JOIN "Employee" e ON e.id = ip."employeeId"
    JOIN generate_series(make_date($2, 1, 15)::timestamp, make_date($2, 12, 15)::timestamp, interval '1 month') AS m(d)
      ON m.d BETWEEN ip."startDate" AND ip."endDate"
     AND m.d >= e."serviceStartDate" AND (e."serviceEndDate" IS NULL OR m.d <= e."serviceEndDate")
    WHERE ip."agencyId" = $1 AND ip."startDate" <= make_date($2, 12, 15) AND ip."endDate" >= make_date($2, 1, 15)
    GROUP BY 1
  ),
  credit AS (
    SELECT "employeeId" AS id, minutes, trainings FROM "LedgerYearTotal" WHERE "agencyId" = $1 AND year = $2
  ),
  batch_minutes AS (
    SELECT b.id, sum(rs."plannedMinutes") AS minutes
    FROM "Batch" b JOIN "RundownSession" rs ON rs."batchId" = b.id AND rs.kind = 'LEARNING' AND NOT rs.cancelled
    WHERE b."agencyId" = $1 AND b.status IN ('OPEN', 'CLOSED', 'RUNNING') AND b."endDate" BETWEEN make_date($2, 1, 1) AND make_date($2, 12, 31)
    GROUP BY b.id
  ),
  planned AS (
    SELECT en."employeeId" AS id, sum(bm.minutes) AS minutes
    FROM "Enrolment" en JOIN batch_minutes bm ON bm.id = en."batchId"
    WHERE en.status = 'CONFIRMED'
    GROUP BY 1
  ),
  people AS (
    SELECT s.id, s.name, s."unitId", s.opd, s.served - coalesce(a.months, 0)::int AS months,
           coalesce(c.minutes, 0)::int AS credited, coalesce(c.trainings, 0)::int AS trainings, coalesce(p.minutes, 0)::int AS planned
    FROM staff s LEFT JOIN away a ON a.id = s.id LEFT JOIN credit c ON c.id = s.id LEFT JOIN planned p ON p.id = s.id
  ),
  judged AS MATERIALIZED (
    SELECT *, CASE WHEN months = 0 THEN 'EXEMPT'
                   WHEN credited >= target THEN 'COMPLIANT'
                   WHEN $3::date > make_date($2, 12, 31) THEN 'NON_COMPLIANT'
                   WHEN credited + planned >= target THEN 'ON_TRACK'
                   ELSE 'AT_RISK' END AS status
    FROM (SELECT *, ceil(900 * months / 12::float8)::int AS target FROM people) t
  )`;

const BY_OPD_COLUMNS = `
  count(*)::int AS headcount,
  count(*) FILTER (WHERE status = 'COMPLIANT')::int AS compliant,
  count(*) FILTER (WHERE status = 'ON_TRACK')::int AS "onTrack",
  count(*) FILTER (WHERE status = 'AT_RISK')::int AS "atRisk",
  count(*) FILTER (WHERE status = 'NON_COMPLIANT')::int AS "nonCompliant",
  count(*) FILTER (WHERE status = 'EXEMPT')::int AS exempt,
  count(*) FILTER (WHERE status <> 'EXEMPT' AND credited <= 0)::int AS "zeroJp",
  coalesce(avg(credited) FILTER (WHERE status <> 'EXEMPT'), 0)::float8 AS "averageMinutes",
  coalesce(percentile_cont(0.5) WITHIN GROUP (ORDER BY credited) FILTER (WHERE status <> 'EXEMPT'), 0)::float8 AS "medianMinutes"`;

/** Per-OPD figures (no total row). */
export const BASELINE_BY_OPD = `WITH ${PEOPLE} SELECT opd AS "opdId", ${BY_OPD_COLUMNS} FROM judged GROUP BY opd`;

/** What the dashboard shows: per-OPD figures, and (on the row with opdId NULL) the equity panel's counts. */
export const BASELINE_DASHBOARD = `
  WITH ${PEOPLE},
  ranked AS (
    SELECT trainings AS n, row_number() OVER (ORDER BY trainings DESC) AS rank, count(*) OVER () AS people
    FROM judged WHERE status <> 'EXEMPT'
  )
  SELECT opd AS "opdId", ${BY_OPD_COLUMNS}, NULL::int AS b0, NULL::int AS b1, NULL::int AS b2, NULL::int AS b3, NULL::int AS places, NULL::int AS top
  FROM judged GROUP BY opd
  UNION ALL
  SELECT NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
         count(*) FILTER (WHERE n = 0)::int, count(*) FILTER (WHERE n = 1)::int, count(*) FILTER (WHERE n = 2)::int,
         count(*) FILTER (WHERE n >= 3)::int, coalesce(sum(n), 0)::int, coalesce(sum(n) FILTER (WHERE rank <= ceil(people * 0.1)), 0)::int
  FROM ranked`;

/** The list's first page, furthest behind first, with the total and the count of each status in one pass. */
export const BASELINE_LIST = `
  WITH ${PEOPLE},
  page AS (
    SELECT id, name, "unitId", opd, status, credited, target, count(*) OVER () AS total,
           count(*) FILTER (WHERE status = 'EXEMPT') OVER () AS exempt, count(*) FILTER (WHERE status = 'COMPLIANT') OVER () AS compliant,
           count(*) FILTER (WHERE status = 'ON_TRACK') OVER () AS on_track, count(*) FILTER (WHERE status = 'AT_RISK') OVER () AS at_risk,
           count(*) FILTER (WHERE status = 'NON_COMPLIANT') OVER () AS non_compliant
    FROM judged
    ORDER BY CASE status WHEN 'NON_COMPLIANT' THEN 0 WHEN 'AT_RISK' THEN 1 WHEN 'ON_TRACK' THEN 2 WHEN 'COMPLIANT' THEN 3 ELSE 4 END,
             greatest(0, target - credited) DESC, name
    LIMIT $4
  )
  SELECT p.id::text AS id, p.name, u.name AS "unitName", o.name AS "opdName", p.status, p.total::int AS total,
         p.exempt::int AS "EXEMPT", p.compliant::int AS "COMPLIANT", p.on_track::int AS "ON_TRACK", p.at_risk::int AS "AT_RISK",
         p.non_compliant::int AS "NON_COMPLIANT"
  FROM page p JOIN "OrgUnit" u ON u.id = p."unitId" JOIN "OrgUnit" o ON o.id::text = p.opd
  ORDER BY CASE p.status WHEN 'NON_COMPLIANT' THEN 0 WHEN 'AT_RISK' THEN 1 WHEN 'ON_TRACK' THEN 2 WHEN 'COMPLIANT' THEN 3 ELSE 4 END,
           greatest(0, p.target - p.credited) DESC, p.name`;
