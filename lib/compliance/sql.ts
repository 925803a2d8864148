import "server-only";
// TESTED AGAINST THE SPECIFICATION. lib/compliance/rules.ts defines every compliance figure; this file computes
// the same figures in SQL for whole lists. tests/integration/compliance-sql.test.ts checks the two agree: change
// the rule in rules.ts first, then this SQL to match, never this file alone.
import { Prisma } from "@/lib/generated/prisma/client";
import type { Policy } from "@/lib/policy/rules";
import { calendarToday } from "@/lib/time";

/**
 * One row per ASN in scope whose service overlaps year Y, with the figures of `lib/compliance/rules.ts`
 * computed in SQL over the ledger (never loaded row by row into JavaScript). The two must agree: the
 * integration test `compliance-sql.test.ts` checks this SQL against the pure rules on the worked examples.
 *
 * Columns: employeeId, nip, name, unitId, opdId, kind, positionType, activeMonths, targetMinutes,
 * creditedMinutes, plannedMinutes, plannedBatches, status, overCeiling.
 */
export type ComplianceQuery = {
  agencyId: string;
  year: number;
  /**
   * The date D the figures are "as of" and the status is evaluated on (calendar date, UTC midnight): credited
   * minutes are the entries dated on or before D, planned ones the confirmed learning still to come after D.
   */
  evaluatedOn: Date;
  policy: Policy;
  /** Condition over `e` ("Employee") and `u` (its "OrgUnit"), from `employeeScopeSql`. */
  scope: Prisma.Sql;
  /** True when the scope is the whole agency: the ledger then needs no join to the employees. */
  agencyWide: boolean;
};

export type ComplianceSqlRow = {
  employeeId: string;
  nip: string;
  name: string;
  unitId: string;
  opdId: string;
  kind: "PNS" | "PPPK";
  positionType: string;
  activeMonths: number;
  targetMinutes: number;
  creditedMinutes: number;
  plannedMinutes: number;
  plannedBatches: number;
  status: "EXEMPT" | "COMPLIANT" | "ON_TRACK" | "AT_RISK" | "NON_COMPLIANT";
  overCeiling: boolean;
};

const dayOf = (d: Date) => d.toISOString().slice(0, 10);

/** The first month of year Y whose 15th falls on or after `date` (13 when none does). */
const firstMonthFrom = (y: number, date: Prisma.Sql) => Prisma.sql`
  CASE WHEN ${date} <= make_date(${y}, 1, 15) THEN 1
       WHEN ${date} > make_date(${y}, 12, 15) THEN 13
       ELSE extract(month FROM ${date})::int + (extract(day FROM ${date}) > 15)::int
  END`;

/** The last month of year Y whose 15th falls on or before `date`, a NULL date being open-ended (0 when none does). */
const lastMonthUntil = (y: number, date: Prisma.Sql) => Prisma.sql`
  CASE WHEN ${date} IS NULL OR ${date} >= make_date(${y}, 12, 15) THEN 12
       WHEN ${date} < make_date(${y}, 1, 15) THEN 0
       ELSE extract(month FROM ${date})::int - (extract(day FROM ${date}) < 15)::int
  END`;

/**
 * The per-ASN rows as a subquery body, to be wrapped: `WITH c AS (${complianceRows(q)}) SELECT … FROM c`.
 * With `trainings`, a last column "trainings": the trainings credited as of D (see trainingsSql), read from the
 * same yearly-totals row as the credited minutes when that is where those come from.
 */
export function complianceRows(q: ComplianceQuery, opts: { trainings?: boolean } = {}): Prisma.Sql {
  const y = q.year;
  const fullTarget = q.policy.targetJp * 45;
  const codes = q.policy.countedRouteCodes;
  const codeFilter = (column: Prisma.Sql) => (codes.length ? Prisma.sql`AND ${column}::text = ANY(${codes}::text[])` : Prisma.empty);
  const ceiling = q.policy.pppkCeilingJp === null ? null : q.policy.pppkCeilingJp * 45;
  const ledgerJoin = q.agencyWide ? Prisma.empty : Prisma.sql`JOIN emp ON emp.id = l."employeeId"`;
  const asOf = dayOf(q.evaluatedOn);
  const totalsCredit = !codes.length && totalsAreAsOf(q.year, q.evaluatedOn);
  const trainingsApart = opts.trainings && !totalsCredit;

  return Prisma.sql`
    WITH emp AS (
      SELECT e.id, e.nip, e.name, e."unitId", e.kind, p.type AS "positionType",
             split_part(u.path, '/', 2) AS "opdId",
             ${firstMonthFrom(y, Prisma.sql`e."serviceStartDate"`)} AS first_m,
             ${lastMonthUntil(y, Prisma.sql`e."serviceEndDate"`)} AS last_m
      FROM "Employee" e
      JOIN "OrgUnit" u ON u.id = e."unitId"
      -- LEFT, though every ASN has a position (NOT NULL, foreign key): then PostgreSQL drops the join when
      -- nothing reads the position (the dashboard's figures), instead of hashing 100,000 rows for nothing.
      LEFT JOIN "Position" p ON p.id = e."positionId"
      WHERE e."agencyId" = ${q.agencyId}::uuid AND (${q.scope})
        AND e."serviceStartDate" <= make_date(${y}, 12, 31)
        AND (e."serviceEndDate" IS NULL OR e."serviceEndDate" >= make_date(${y}, 1, 1))
    ),
    inactive AS (
      -- Months whose 15th is inside both the ASN's service and an inactivity period (periods may overlap): the
      -- months of each overlap are counted from its ends, not by testing every month of the year against it.
      SELECT ip."employeeId", count(DISTINCT m)::int AS months
      FROM "InactivityPeriod" ip
      JOIN "Employee" e ON e.id = ip."employeeId"
      CROSS JOIN LATERAL generate_series(
        ${firstMonthFrom(y, Prisma.sql`greatest(ip."startDate", e."serviceStartDate")`)},
        ${lastMonthUntil(y, Prisma.sql`least(ip."endDate", e."serviceEndDate")`)}
      ) AS m
      WHERE ip."agencyId" = ${q.agencyId}::uuid
        AND ip."startDate" <= make_date(${y}, 12, 15) AND ip."endDate" >= make_date(${y}, 1, 15)
      GROUP BY ip."employeeId"
    ),
    credit AS (${creditSql(q, ledgerJoin)}),
    ${trainingsApart ? Prisma.sql`trained AS (${trainingsSql(q)}),` : Prisma.empty}
    planned AS (
      SELECT en."employeeId", coalesce(sum(s.minutes), 0)::int AS minutes, count(*)::int AS batches
      FROM "Enrolment" en
      JOIN "Batch" b ON b.id = en."batchId"
      JOIN "Program" pr ON pr.id = b."programId"
      -- A join to the batches' sums, not a LATERAL subquery per batch: PostgreSQL runs no plan with a correlated
      -- subquery in parallel workers, and this CTE's join then kept the whole per-ASN join in one process.
      LEFT JOIN (
        SELECT rs."batchId", sum(rs."plannedMinutes") AS minutes FROM "RundownSession" rs
        WHERE rs."agencyId" = ${q.agencyId}::uuid AND NOT rs.cancelled AND rs.kind::text = ANY(${q.policy.jpSessionKinds}::text[])
        GROUP BY rs."batchId"
      ) s ON s."batchId" = b.id
      -- plannedLearning in rules.ts: nothing after 31 December; otherwise batches of Y not yet credited on D.
      WHERE en."agencyId" = ${q.agencyId}::uuid AND en.status = 'CONFIRMED'
        AND ${asOf}::date <= make_date(${y}, 12, 31)
        AND (b.status IN ('OPEN', 'CLOSED', 'RUNNING') OR (b.status = 'DONE' AND b."endDate" > ${asOf}::date))
        AND b."endDate" BETWEEN make_date(${y}, 1, 1) AND make_date(${y}, 12, 31)
        ${codeFilter(Prisma.sql`pr."routeCode"`)}
      GROUP BY en."employeeId"
    ),
    figures AS (
      SELECT emp.*, greatest(0, emp.last_m - emp.first_m + 1) - coalesce(i.months, 0) AS "activeMonths",
             coalesce(c.minutes, 0) AS "creditedMinutes",
             coalesce(pl.minutes, 0)::int AS "plannedMinutes", coalesce(pl.batches, 0) AS "plannedBatches"
             ${opts.trainings ? Prisma.sql`, coalesce(${trainingsApart ? Prisma.sql`tr.n` : Prisma.sql`c.trainings`}, 0) AS trainings` : Prisma.empty}
      FROM emp
      LEFT JOIN inactive i ON i."employeeId" = emp.id
      LEFT JOIN credit c ON c."employeeId" = emp.id
      LEFT JOIN planned pl ON pl."employeeId" = emp.id
      ${trainingsApart ? Prisma.sql`LEFT JOIN trained tr ON tr."employeeId" = emp.id` : Prisma.empty}
    ),
    targeted AS (
      SELECT f.*, ${q.policy.proRate ? Prisma.sql`(${fullTarget}::int * f."activeMonths" + 11) / 12` : Prisma.sql`${fullTarget}::int`} AS "targetMinutes"
      FROM figures f
    )
    SELECT t.id::text AS "employeeId", t.nip, t.name, t."unitId"::text AS "unitId", t."opdId", t.kind::text AS kind,
           t."positionType"::text AS "positionType", t."activeMonths", t."targetMinutes", t."creditedMinutes",
           t."plannedMinutes", t."plannedBatches",
           CASE WHEN t."activeMonths" = 0 THEN 'EXEMPT'
                WHEN t."creditedMinutes" >= t."targetMinutes" THEN 'COMPLIANT'
                WHEN ${asOf}::date > make_date(${y}, 12, 31) THEN 'NON_COMPLIANT'
                WHEN t."creditedMinutes" + t."plannedMinutes" >= t."targetMinutes" THEN 'ON_TRACK'
                ELSE 'AT_RISK'
           END AS status,
           ${ceiling === null ? Prisma.sql`false` : Prisma.sql`(t.kind = 'PPPK' AND t."creditedMinutes" > ${ceiling}::int)`} AS "overCeiling"
           ${opts.trainings ? Prisma.sql`, t.trainings` : Prisma.empty}
    FROM targeted t`;
}

/**
 * Whether the trigger-kept yearly totals (which hold every entry of the year, whatever its date) are the
 * credited minutes as of D: when D is the year's last day or later, or D is today or later, since no entry is
 * dated in the future (a batch is completed only after its last session, an external training only once ended).
 */
export function totalsAreAsOf(year: number, asOf: Date, today: Date = calendarToday()): boolean {
  return asOf.getTime() >= Date.UTC(year, 11, 31) || asOf.getTime() >= today.getTime();
}

/**
 * Credited minutes per ASN as of D: one row each from the trigger-kept yearly totals (the fast path, for
 * today's view), or summed from the ledger entries dated on or before D (a view as of an earlier date), and
 * always summed when the policy counts only some route codes.
 */
function creditSql(q: ComplianceQuery, ledgerJoin: Prisma.Sql): Prisma.Sql {
  const codes = q.policy.countedRouteCodes;
  const wholeYear = totalsAreAsOf(q.year, q.evaluatedOn);
  if (!codes.length && wholeYear) {
    return Prisma.sql`SELECT l."employeeId", l.minutes, l.trainings FROM "LedgerYearTotal" l ${ledgerJoin} WHERE l."agencyId" = ${q.agencyId}::uuid AND l.year = ${q.year}`;
  }
  return Prisma.sql`
    SELECT l."employeeId", sum(l.minutes)::int AS minutes
    FROM "LedgerEntry" l ${ledgerJoin}
    WHERE l."agencyId" = ${q.agencyId}::uuid AND l.year = ${q.year}
      ${codes.length ? Prisma.sql`AND l."routeCode"::text = ANY(${codes}::text[])` : Prisma.empty}
      ${wholeYear ? Prisma.empty : Prisma.sql`AND l.date <= ${dayOf(q.evaluatedOn)}::date`}
    GROUP BY l."employeeId"`;
}

/** Trainings credited per ASN as of D, counted as the trigger counts `LedgerYearTotal.trainings`. */
export function trainingsSql(query: ComplianceQuery): Prisma.Sql {
  if (totalsAreAsOf(query.year, query.evaluatedOn)) {
    return Prisma.sql`SELECT "employeeId", trainings AS n FROM "LedgerYearTotal" WHERE "agencyId" = ${query.agencyId}::uuid AND year = ${query.year}`;
  }
  return Prisma.sql`
    SELECT "employeeId", (count(*) FILTER (WHERE m > 0))::int AS n
    FROM (
      SELECT "employeeId", sum(minutes) AS m FROM "LedgerEntry"
      WHERE "agencyId" = ${query.agencyId}::uuid AND year = ${query.year} AND date <= ${query.evaluatedOn.toISOString().slice(0, 10)}::date
      GROUP BY "employeeId", coalesce("batchId", "externalTrainingId", "correctsId", id)
    ) per_training
    GROUP BY "employeeId"`;
}

/** Sort order "by risk": the furthest behind first. */
export const RISK_ORDER = Prisma.sql`
  CASE status WHEN 'NON_COMPLIANT' THEN 0 WHEN 'AT_RISK' THEN 1 WHEN 'ON_TRACK' THEN 2 WHEN 'COMPLIANT' THEN 3 ELSE 4 END,
  greatest(0, "targetMinutes" - "creditedMinutes") DESC, name`;
