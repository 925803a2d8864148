// Bench: the agency-wide JP compliance (issue 4, item 6 "Scale") at 100,000 ASN and 1,000,000 ledger entries,
// through the project's own code (complianceByOpd of lib/compliance/queries.ts, as an ADMIN: every ASN's figures
// aggregated per OPD and agency-wide) against a hand-written SQL aggregate of the same figures, measured in the
// same run, alternating. The drill-down list's first page (complianceList) and the dashboard are timed too.
// The two must give the same numbers (the run fails loudly if not); the goal is printed, never enforced.
//
// Run: npm run bench:compliance [-- --rebuild] [-- --explain]
//   Its own PostgreSQL on 127.0.0.1:54369 (BENCH_DB_PORT), data under the temp folder, built once (about a
//   minute) and reused while it holds the expected counts for the current year. --rebuild forces a new build;
//   --explain also prints EXPLAIN (ANALYZE, BUFFERS) of the project's per-OPD query. BENCH_ROUNDS (default 7).
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { migrate } from "../scripts/lib/app-setup.mjs";
import { ensureDatabase, startEmbeddedPostgres } from "../scripts/lib/embedded-db.mjs";
import { ADMIN_USER_ID, AGENCY_ID, build, EMPLOYEES, isBuilt, LEDGER_ENTRIES, OPDS } from "./compliance/data";

const PORT = Number(process.env.BENCH_DB_PORT ?? 54369);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const WARMUP = 2;
const DATABASE = "compliance";
const args = new Set(process.argv.slice(2));

// The status is evaluated on today's date in WIB, as the app does; the benchmark year is the current one,
// so ON_TRACK and AT_RISK exist (a past year has only COMPLIANT, NON_COMPLIANT and EXEMPT).
const todayIso = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
const today = new Date(`${todayIso}T00:00:00Z`);
const YEAR = today.getUTCFullYear();

// ---------------------------------------------------------------------------------------------------------
// (b) The same figures, written by hand from the rules of lib/compliance/rules.ts (not from lib/compliance/sql.ts),
// under the default policy (the bench agency saves none): target 20 JP = 900 minutes, pro-rated, every route
// code counts, planned minutes are LEARNING sessions. Parameters: $1 agency, $2 year, $3 evaluation date.
// - In service: the ASN's service overlaps the year.
// - Active months: the months whose 15th lies between the first 15th on or after the start and the last 15th
//   on or before the end (both clipped to the year), less the months whose 15th falls in an inactivity period.
// - Credited: the sum of the year's ledger entries. External training reaches the ledger only once verified
//   (the schema's rule), and corrections are entries of their own, so every entry of the year counts.
// - Planned: learning minutes of the CONFIRMED enrolments in batches not yet done (OPEN, CLOSED, RUNNING)
//   ending in the year, less cancelled sessions.
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
    SELECT "employeeId" AS id, sum(minutes) AS minutes FROM "LedgerEntry" WHERE "agencyId" = $1 AND year = $2 GROUP BY 1
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
           coalesce(c.minutes, 0)::int AS credited, coalesce(p.minutes, 0)::int AS planned
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

const BASELINE_BY_OPD = `
  WITH ${PEOPLE}
  SELECT opd AS "opdId", count(*)::int AS headcount,
         count(*) FILTER (WHERE status = 'COMPLIANT')::int AS compliant,
         count(*) FILTER (WHERE status = 'ON_TRACK')::int AS "onTrack",
         count(*) FILTER (WHERE status = 'AT_RISK')::int AS "atRisk",
         count(*) FILTER (WHERE status = 'NON_COMPLIANT')::int AS "nonCompliant",
         count(*) FILTER (WHERE status = 'EXEMPT')::int AS exempt,
         count(*) FILTER (WHERE status <> 'EXEMPT' AND credited <= 0)::int AS "zeroJp",
         coalesce(avg(credited) FILTER (WHERE status <> 'EXEMPT'), 0)::float8 AS "averageMinutes",
         coalesce(percentile_cont(0.5) WITHIN GROUP (ORDER BY credited) FILTER (WHERE status <> 'EXEMPT'), 0)::float8 AS "medianMinutes"
  FROM judged GROUP BY opd`;

/** The list's first page, furthest behind first, with the total and the count of each status in one pass. */
const BASELINE_LIST = `
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

type Figures = {
  opdId: string;
  headcount: number;
  compliant: number;
  onTrack: number;
  atRisk: number;
  nonCompliant: number;
  exempt: number;
  zeroJp: number;
  averageMinutes: number;
  medianMinutes: number;
};
const FIELDS = ["headcount", "compliant", "onTrack", "atRisk", "nonCompliant", "exempt", "zeroJp", "averageMinutes", "medianMinutes"] as const;
const STATUSES = ["EXEMPT", "COMPLIANT", "ON_TRACK", "AT_RISK", "NON_COMPLIANT"] as const;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => x.toFixed(0).padStart(11);
const jp = (minutes: number) => (minutes / 45).toFixed(2).replace(".", ",");

const server = await startEmbeddedPostgres({ dataDir: path.join(os.tmpdir(), "bangkom-bench-compliance", "postgres"), port: PORT, log: () => {} });
let failed = false;
try {
  const url = server.url(DATABASE);
  await ensureDatabase(server.url("postgres"), DATABASE);
  await migrate(url);
  let sql = new pg.Client({ connectionString: url });
  sql.on("error", () => {}); // the server stopping at the end is not news
  await sql.connect();

  if (args.has("--rebuild") || !(await isBuilt(sql, YEAR))) {
    console.log(`building ${EMPLOYEES.toLocaleString("en")} ASN in ${OPDS} OPD and ${LEDGER_ENTRIES.toLocaleString("en")} ledger entries for ${YEAR} (evaluated ${todayIso})…`);
    const started = performance.now();
    await sql.end();
    const admin = new pg.Client({ connectionString: server.url("postgres") });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`); // the ledger refuses TRUNCATE and DELETE, by design
    await admin.end();
    await ensureDatabase(server.url("postgres"), DATABASE);
    await migrate(url);
    sql = new pg.Client({ connectionString: url });
    sql.on("error", () => {});
    await sql.connect();
    await build(sql, YEAR, today, console.log);
    console.log(`built in ${((performance.now() - started) / 1000).toFixed(1)} s (migrations included); reused by later runs`);
  } else {
    console.log(`reusing the bench database (${EMPLOYEES.toLocaleString("en")} ASN, ${LEDGER_ENTRIES.toLocaleString("en")} ledger entries, year ${YEAR}); --rebuild to build it again`);
  }

  process.env.DATABASE_URL = url;
  process.env.AUTH_SECRET ??= "bench-secret-bench-secret-bench-secret-00";
  const { loadViewer } = await import("../lib/auth/load-viewer");
  const { complianceByOpd, complianceList, equityOf } = await import("../lib/compliance/queries");
  const { complianceDashboard } = await import("../lib/compliance/dashboard-queries");
  const { rows: policies } = await sql.query(`SELECT count(*)::int AS n FROM "AgencyPolicy" WHERE "agencyId" = $1`, [AGENCY_ID]);
  if (policies[0].n) throw new Error("the hand-written SQL assumes the default policy, but the bench agency has a saved one");
  const viewer = await loadViewer(ADMIN_USER_ID);
  if (!viewer?.roles.includes("ADMIN")) throw new Error("the bench admin could not be loaded as an ADMIN viewer");

  const project = {
    byOpd: () => complianceByOpd(viewer, YEAR),
    list: () => complianceList(viewer, YEAR, {}, { skip: 0, take: 50 }),
    equity: () => equityOf(viewer, YEAR),
  };
  const baseline = {
    byOpd: async () => (await sql.query<Figures>(BASELINE_BY_OPD, [AGENCY_ID, YEAR, todayIso])).rows,
    list: async () => (await sql.query(BASELINE_LIST, [AGENCY_ID, YEAR, todayIso, 50])).rows as Record<string, string | number>[],
  };

  // Same numbers, or no timings.
  const ours = await project.byOpd();
  const theirs = await baseline.byOpd();
  const mismatches: string[] = [];
  const byId = new Map(theirs.map((r) => [r.opdId, r]));
  const perOpd = ours.filter((r) => r.opdId !== "");
  if (perOpd.length !== theirs.length) mismatches.push(`OPD rows: bangkom ${perOpd.length}, baseline ${theirs.length}`);
  for (const row of perOpd) {
    const other = byId.get(row.opdId);
    if (!other) { mismatches.push(`${row.opdName}: missing from the baseline`); continue; }
    for (const field of FIELDS) {
      if (Math.abs(Number(row[field]) - Number(other[field])) > 1e-6) mismatches.push(`${row.opdName} ${field}: bangkom ${row[field]}, baseline ${other[field]}`);
    }
  }
  const total = ours.find((r) => r.opdId === "");
  for (const field of ["headcount", "compliant", "onTrack", "atRisk", "nonCompliant", "exempt", "zeroJp"] as const) {
    const sum = theirs.reduce((s, r) => s + r[field], 0);
    if (total?.[field] !== sum) mismatches.push(`total ${field}: bangkom ${total?.[field]}, baseline ${sum}`);
  }
  const list = await project.list();
  const page = await baseline.list();
  for (const status of STATUSES) {
    if (list.counts[status] !== Number(page[0]?.[status] ?? 0)) mismatches.push(`list count ${status}: bangkom ${list.counts[status]}, baseline ${page[0]?.[status]}`);
  }
  if (list.total !== Number(page[0]?.total ?? 0)) mismatches.push(`list total: bangkom ${list.total}, baseline ${page[0]?.total}`);
  const ourIds = list.rows.map((r) => r.employeeId).join(",");
  if (ourIds !== page.map((r) => r.id).join(",")) mismatches.push("list first page: different ASN or order");
  if (mismatches.length) {
    console.error(`\nMISMATCH between the project's figures and the hand-written SQL (${mismatches.length}):\n  ${mismatches.slice(0, 40).join("\n  ")}`);
    throw new Error("bench/compliance: the project's compliance figures differ from the hand-written SQL");
  }
  if (!total) throw new Error("complianceByOpd returned no total row");
  console.log(`\nsame figures both ways: ${perOpd.length} OPD, list page of ${list.rows.length} and status counts`);
  console.log(
    `year ${YEAR} on ${todayIso}: ${total.headcount} ASN in service, ${total.exempt} exempt; of ${total.headcount - total.exempt} obliged: ` +
      `${total.compliant} compliant, ${total.onTrack} on track, ${total.atRisk} at risk, ${total.nonCompliant} non-compliant, ` +
      `${total.zeroJp} with 0 JP; average ${jp(total.averageMinutes)} JP, median ${jp(total.medianMinutes)} JP`,
  );

  if (args.has("--explain")) {
    const { complianceQuery, summarySql } = await import("../lib/compliance/queries");
    const query = (await complianceQuery(viewer, YEAR))!;
    const summary = summarySql(query);
    const text = `EXPLAIN (ANALYZE, BUFFERS) ${summary.text}`;
    const plan = await sql.query(text, summary.values as unknown[]);
    console.log(`\nEXPLAIN (ANALYZE, BUFFERS) of complianceByOpd's query:\n${plan.rows.map((r) => r["QUERY PLAN"]).join("\n")}`);
    const base = await sql.query(`EXPLAIN (ANALYZE, BUFFERS) ${BASELINE_BY_OPD}`, [AGENCY_ID, YEAR, todayIso]);
    console.log(`\nEXPLAIN (ANALYZE, BUFFERS) of the hand-written per-OPD query:\n${base.rows.map((r) => r["QUERY PLAN"]).join("\n")}`);
  }

  // Alternating rounds: each round times the project's code and the baseline, swapping which goes first.
  const timed = async (fn: () => Promise<unknown>) => {
    const t = performance.now();
    await fn();
    return performance.now() - t;
  };
  const samples = { aByOpd: [] as number[], aList: [] as number[], a: [] as number[], bByOpd: [] as number[], bList: [] as number[], b: [] as number[] };
  const runA = async (keep: boolean) => {
    const x = await timed(project.byOpd);
    const y = await timed(project.list);
    if (!keep) return;
    samples.aByOpd.push(x);
    samples.aList.push(y);
    samples.a.push(x + y);
  };
  const runB = async (keep: boolean) => {
    const x = await timed(baseline.byOpd);
    const y = await timed(baseline.list);
    if (!keep) return;
    samples.bByOpd.push(x);
    samples.bList.push(y);
    samples.b.push(x + y);
  };
  for (let i = 0; i < WARMUP; i++) {
    await runA(false);
    await runB(false);
  }
  for (let i = 0; i < ROUNDS; i++) {
    const [first, second] = i % 2 === 0 ? [runA, runB] : [runB, runA];
    await first(true);
    await second(true);
  }
  // The admin dashboard's full data load, as a page would run it (Promise.all) and one query after another;
  // plus what /admin/kepatuhan loads today (complianceDashboard: the per-OPD figures and the equity panel).
  const dashboard = { parallel: [] as number[], sequential: [] as number[], page: [] as number[] };
  const loadParallel = () => Promise.all([project.byOpd(), project.equity(), project.list()]);
  const loadSequential = async () => {
    await project.byOpd();
    await project.equity();
    await project.list();
  };
  const loadPage = () => complianceDashboard(viewer, YEAR);
  await loadParallel();
  await loadPage();
  for (let i = 0; i < ROUNDS; i++) {
    dashboard.parallel.push(await timed(loadParallel));
    dashboard.sequential.push(await timed(loadSequential));
    dashboard.page.push(await timed(loadPage));
  }

  const m = Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)])) as Record<keyof typeof samples, number>;
  console.log(`\n${EMPLOYEES.toLocaleString("en")} ASN, ${LEDGER_ENTRIES.toLocaleString("en")} ledger entries, ${os.cpus().length} CPU; median of ${ROUNDS} alternating rounds after ${WARMUP} warm-up\n`);
  console.log("case                                              bangkom ms  baseline ms   ratio");
  const line = (name: string, a: number, b?: number) =>
    console.log(`${name.padEnd(48)}${ms(a)}${b === undefined ? "" : `${ms(b).padStart(13)}${(a / b).toFixed(2).padStart(8)}`}`);
  line("(a) agency-wide: complianceByOpd / (b)", m.aByOpd, m.bByOpd);
  line("list page 1 + status counts: complianceList", m.aList, m.bList);
  line("both of the above", m.a, m.b);
  line("admin dashboard (byOpd, equityOf, list), parallel", median(dashboard.parallel));
  line("admin dashboard, the same one after another", median(dashboard.sequential));
  line("/admin/kepatuhan: complianceDashboard", median(dashboard.page));
  const verdict = (ok: boolean) => (ok ? "PASS" : "MISS");
  console.log(`\ngoal: ratio (a)/(b) <= 1.3       ${verdict(m.aByOpd / m.bByOpd <= 1.3)}  (${(m.aByOpd / m.bByOpd).toFixed(2)})`);
  console.log(`goal: (a) < 0.5 s                 ${verdict(m.aByOpd < 500)}  (${(m.aByOpd / 1000).toFixed(2)} s)`);
  console.log(`goal: admin dashboard < 1 s       ${verdict(median(dashboard.parallel) < 1000)}  (${(median(dashboard.parallel) / 1000).toFixed(2)} s, with the list page)`);

  await sql.end();
  const { db } = await import("../lib/db");
  await db.$disconnect();
} catch (error) {
  console.error(error);
  failed = true;
} finally {
  await server.stop();
}
if (failed) process.exit(1);
