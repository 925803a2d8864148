// Bench: the compliance dashboard (issue 11, goal "P1 at scale") at 100,000 ASN and 1,000,000 ledger entries,
// through the project's own code as an ADMIN, against hand-written SQL of the same figures (bench/compliance/
// baseline.ts: a FAIR baseline, reading the trigger-kept yearly totals as the product does, with the product's
// work_mem), measured in the same run, alternating:
// - one view of /admin/kepatuhan (complianceDashboard: per-OPD table, total, equity panel), goal <= 300 ms on a
//   quiet machine, and its ratio to the baseline;
// - 10 viewers at once, each answered within 2 s (the maximum latency is printed);
// - the per-OPD figures alone (complianceByOpd, for the exports) and the drill-down's first page (complianceList).
// It checks its outcome first: every figure (per OPD, the total, the equity panel, the list page and its counts)
// must equal the baseline's, each concurrent view must equal the single one, and the data must be there (ASN in
// service, ledger places). It exits non-zero when any check fails; with --strict also when a goal is missed.
//
// Run: npm run bench:compliance [-- --rebuild] [-- --explain] [-- --strict]
//   Its own PostgreSQL on 127.0.0.1:54369 (BENCH_DB_PORT) with data under BENCH_DATA_DIR (default: the temp
//   folder's bangkom-bench-compliance), built once (about a minute) and reused while it holds the expected counts
//   for the current year. --rebuild forces a new build; --explain also prints EXPLAIN (ANALYZE, BUFFERS) of the
//   dashboard's statement and of the baseline's. BENCH_ROUNDS (default 7), BENCH_VIEWERS (default 10).
// The machine is shared, so wall times vary from run to run; the ratios, and the CPU time a view costs in
// PostgreSQL and Node (read from /proc, whatever else runs), are what a quiet machine would show.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { migrate } from "../scripts/lib/app-setup.mjs";
import { ensureDatabase, startEmbeddedPostgres } from "../scripts/lib/embedded-db.mjs";
import { BASELINE_BY_OPD, BASELINE_DASHBOARD, BASELINE_LIST, WORK_MEM } from "./compliance/baseline";
import { ADMIN_USER_ID, AGENCY_ID, build, EMPLOYEES, isBuilt, LEDGER_ENTRIES, OPDS } from "./compliance/data";
import { compareByOpd, compareDashboard, compareList, type BaselineDashboardRow, type BaselineListRow, type BaselineOpdRow } from "./compliance/checks";

const PORT = Number(process.env.BENCH_DB_PORT ?? 54369);
const DATA_DIR = process.env.BENCH_DATA_DIR ?? path.join(os.tmpdir(), "bangkom-bench-compliance");
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const VIEWERS = Number(process.env.BENCH_VIEWERS ?? 10);
const WARMUP = 2;
const DATABASE = "compliance";
const args = new Set(process.argv.slice(2));

// The status is evaluated on today's date in WIB, as the app does; the benchmark year is the current one,
// so ON_TRACK and AT_RISK exist (a past year has only COMPLIANT, NON_COMPLIANT and EXEMPT).
const todayIso = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
const today = new Date(`${todayIso}T00:00:00Z`);
const YEAR = today.getUTCFullYear();

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => x.toFixed(0).padStart(11);
const jp = (minutes: number) => (minutes / 45).toFixed(2).replace(".", ",");
const timed = async (fn: () => Promise<unknown>) => {
  const t = performance.now();
  await fn();
  return performance.now() - t;
};

/**
 * CPU time (ms) used so far by each PostgreSQL backend of the bench database, from /proc (Linux): what a view
 * costs whatever else the machine is doing, so the "quiet machine" figure can be read on a busy one.
 */
async function backendCpu(client: pg.Pool): Promise<Map<number, number>> {
  const { rows } = await client.query<{ pid: number }>(`SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND backend_type = 'client backend'`);
  const ticks = 100; // USER_HZ on Linux
  const cpu = new Map<number, number>();
  for (const { pid } of rows) {
    try {
      const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
      cpu.set(pid, ((Number(fields[11]) + Number(fields[12])) * 1000) / ticks);
    } catch {
      // not on Linux, or the backend just ended
    }
  }
  return cpu;
}

/** CPU ms per call of fn (PostgreSQL backends plus this Node process), over `times` calls one after another. */
async function cpuPerCall(client: pg.Pool, fn: () => Promise<unknown>, times: number): Promise<{ postgres: number; node: number }> {
  const before = await backendCpu(client);
  const nodeBefore = process.cpuUsage();
  for (let i = 0; i < times; i++) await fn();
  const node = process.cpuUsage(nodeBefore);
  const after = await backendCpu(client);
  let postgres = 0;
  for (const [pid, ms] of after) postgres += ms - (before.get(pid) ?? 0);
  return { postgres: postgres / times, node: (node.user + node.system) / 1000 / times };
}

const server = await startEmbeddedPostgres({ dataDir: path.join(DATA_DIR, "postgres"), port: PORT, log: () => {} });
let failed = false;
let pool: pg.Pool | null = null;
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
  const { rows: policies } = await sql.query(`SELECT count(*)::int AS n FROM "AgencyPolicy" WHERE "agencyId" = $1`, [AGENCY_ID]);
  if (policies[0].n) throw new Error("the hand-written SQL assumes the default policy, but the bench agency has a saved one");
  await sql.end();

  process.env.DATABASE_URL = url;
  process.env.AUTH_SECRET ??= "bench-secret-bench-secret-bench-secret-00";
  const { loadViewer } = await import("../lib/auth/load-viewer");
  const { complianceByOpd, complianceList, complianceQuery } = await import("../lib/compliance/queries");
  const { complianceDashboard } = await import("../lib/compliance/dashboard-queries");
  const viewer = await loadViewer(ADMIN_USER_ID);
  if (!viewer?.roles.includes("ADMIN")) throw new Error("the bench admin could not be loaded as an ADMIN viewer");

  // The baseline's connections get the product's work memory (lib/db.ts), as many of them as its pool,
  // and the planner settings of its heavy reads (lib/compliance/cancellable.ts).
  const { HEAVY_READ_SETTINGS } = await import("../lib/compliance/cancellable");
  const planning = Object.entries(HEAVY_READ_SETTINGS).map(([name, value]) => ` -c ${name}=${value}`).join("");
  pool = new pg.Pool({ connectionString: url, max: 10, options: `-c work_mem=${WORK_MEM}${planning}` });
  pool.on("error", () => {});
  const params = [AGENCY_ID, YEAR, todayIso];
  const project = {
    view: () => complianceDashboard(viewer, YEAR),
    byOpd: () => complianceByOpd(viewer, YEAR),
    list: () => complianceList(viewer, YEAR, {}, { skip: 0, take: 50 }),
  };
  const baseline = {
    view: async () => (await pool!.query<BaselineDashboardRow>(BASELINE_DASHBOARD, params)).rows,
    byOpd: async () => (await pool!.query<BaselineOpdRow>(BASELINE_BY_OPD, params)).rows,
    list: async () => (await pool!.query<BaselineListRow>(BASELINE_LIST, [...params, 50])).rows,
  };

  // Same numbers, and real work, or no timings.
  const view = await project.view();
  const problems = [
    ...compareDashboard(view, await baseline.view()),
    ...compareByOpd((await project.byOpd()).filter((r) => r.opdId !== ""), await baseline.byOpd()),
    ...compareList(await project.list(), await baseline.list()),
  ];
  const { total, equity } = view;
  if (total.headcount < EMPLOYEES * 0.9) problems.push(`only ${total.headcount} ASN in service: the data set is not there`);
  if (!equity.places || !total.compliant) problems.push("no training places or nobody compliant: the ledger is empty");
  if (problems.length) {
    console.error(`\nMISMATCH between the project's figures and the hand-written SQL (${problems.length}):\n  ${problems.slice(0, 40).join("\n  ")}`);
    throw new Error("bench/compliance: the project's compliance figures differ from the hand-written SQL, or there was nothing to compute");
  }
  console.log(`\nsame figures both ways: ${view.opds.length} OPD, the total, the equity panel, the list page of 50 and its status counts`);
  console.log(
    `year ${YEAR} on ${todayIso}: ${total.headcount} ASN in service, ${total.exempt} exempt; of ${total.obligated} obliged: ` +
      `${total.compliant} compliant, ${total.onTrack} on track, ${total.atRisk} at risk, ${total.nonCompliant} non-compliant, ` +
      `${total.zeroJp} with 0 JP; average ${jp(total.averageMinutes)} JP, median ${jp(total.medianMinutes)} JP; ` +
      `${equity.places} training places, ${(equity.topDecileShare * 100).toFixed(1)}% to the most-trained 10%`,
  );

  if (args.has("--explain")) {
    const { dashboardFiguresSql } = await import("../lib/compliance/figures-sql");
    const statement = dashboardFiguresSql((await complianceQuery(viewer, YEAR))!);
    const plan = await pool.query(`EXPLAIN (ANALYZE, BUFFERS) ${statement.text}`, statement.values as unknown[]);
    console.log(`\nEXPLAIN (ANALYZE, BUFFERS) of the dashboard's statement:\n${plan.rows.map((r) => r["QUERY PLAN"]).join("\n")}`);
    const base = await pool.query(`EXPLAIN (ANALYZE, BUFFERS) ${BASELINE_DASHBOARD}`, params);
    console.log(`\nEXPLAIN (ANALYZE, BUFFERS) of the hand-written dashboard statement:\n${base.rows.map((r) => r["QUERY PLAN"]).join("\n")}`);
  }

  // Alternating rounds: each round times the project's code and the baseline, swapping which goes first.
  const cases = ["view", "byOpd", "list"] as const;
  const samples = Object.fromEntries(cases.flatMap((c) => [[`a.${c}`, [] as number[]], [`b.${c}`, [] as number[]]])) as Record<string, number[]>;
  const round = async (side: "a" | "b", keep: boolean) => {
    for (const c of cases) {
      const x = await timed(side === "a" ? project[c] : baseline[c]);
      if (keep) samples[`${side}.${c}`]!.push(x);
    }
  };
  for (let i = 0; i < WARMUP; i++) {
    await round("a", false);
    await round("b", false);
  }
  for (let i = 0; i < ROUNDS; i++) {
    const [first, second] = i % 2 === 0 ? (["a", "b"] as const) : (["b", "a"] as const);
    await round(first, true);
    await round(second, true);
  }

  // CPU time of one view: the latency of a quiet machine, measurable on a busy one (the wall times above are not).
  const cpu = { a: await cpuPerCall(pool, project.view, ROUNDS), b: await cpuPerCall(pool, baseline.view, ROUNDS) };
  if (!(cpu.a.postgres > 0 && cpu.b.postgres > 0)) console.log("(no CPU figures: /proc is not readable here)");

  // VIEWERS at once, a few rounds, alternating with the baseline's statement run as many times at once. Every
  // concurrent view must give the single view's figures.
  const expected = JSON.stringify(view);
  const crowd = async (fn: () => Promise<unknown>, check?: (result: unknown) => void) => {
    const latencies = await Promise.all(
      Array.from({ length: VIEWERS }, async () => {
        const t = performance.now();
        const result = await fn();
        check?.(result);
        return performance.now() - t;
      }),
    );
    return Math.max(...latencies);
  };
  const sameFigures = (result: unknown) => {
    if (JSON.stringify(result) !== expected) throw new Error("a concurrent view gave other figures than the single view");
  };
  const crowdMax = { a: [] as number[], b: [] as number[] };
  for (let i = 0; i < Math.max(3, Math.ceil(ROUNDS / 2)); i++) {
    crowdMax.a.push(await crowd(project.view, sameFigures));
    crowdMax.b.push(await crowd(baseline.view));
  }

  const m = Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)]));
  const load = os.loadavg().map((x) => x.toFixed(1)).join(" ");
  console.log(`\n${EMPLOYEES.toLocaleString("en")} ASN, ${LEDGER_ENTRIES.toLocaleString("en")} ledger entries, ${os.cpus().length} CPU (load average ${load}); median of ${ROUNDS} alternating rounds after ${WARMUP} warm-up\n`);
  console.log("case                                                bangkom ms  baseline ms   ratio");
  const line = (name: string, a: number, b: number) => console.log(`${name.padEnd(50)}${ms(a)}${ms(b).padStart(13)}${(a / b).toFixed(2).padStart(8)}`);
  line("one view of /admin/kepatuhan: complianceDashboard", m["a.view"]!, m["b.view"]!);
  line(`${VIEWERS} viewers at once: slowest answer (median round)`, median(crowdMax.a), median(crowdMax.b));
  line(`${VIEWERS} viewers at once: slowest answer (worst round)`, Math.max(...crowdMax.a), Math.max(...crowdMax.b));
  line("one view, CPU ms (PostgreSQL + Node)", cpu.a.postgres + cpu.a.node, cpu.b.postgres + cpu.b.node);
  line("per-OPD figures alone (exports): complianceByOpd", m["a.byOpd"]!, m["b.byOpd"]!);
  line("list page 1 + status counts: complianceList", m["a.list"]!, m["b.list"]!);
  const goals = [
    { name: "one view <= 300 ms (quiet machine)", ok: m["a.view"]! <= 300, figure: `${m["a.view"]!.toFixed(0)} ms, ratio ${(m["a.view"]! / m["b.view"]!).toFixed(2)}` },
    {
      name: "one view's CPU <= 300 ms (its quiet time)",
      ok: cpu.a.postgres + cpu.a.node <= 300,
      figure: `${cpu.a.postgres.toFixed(0)} ms PostgreSQL + ${cpu.a.node.toFixed(0)} ms Node, ratio ${((cpu.a.postgres + cpu.a.node) / (cpu.b.postgres + cpu.b.node)).toFixed(2)}`,
    },
    { name: `${VIEWERS} viewers at once, all within 2 s`, ok: Math.max(...crowdMax.a) <= 2000, figure: `slowest ${Math.max(...crowdMax.a).toFixed(0)} ms` },
  ];
  console.log("");
  for (const goal of goals) console.log(`goal: ${goal.name.padEnd(40)} ${goal.ok ? "PASS" : "MISS"}  (${goal.figure})`);
  if (args.has("--strict") && goals.some((g) => !g.ok)) {
    console.error("\n--strict: a goal was missed");
    failed = true;
  }
  const { db } = await import("../lib/db");
  await db.$disconnect();
} catch (error) {
  console.error(error);
  failed = true;
} finally {
  await pool?.end().catch(() => {});
  await server.stop();
}
if (failed) process.exit(1);
