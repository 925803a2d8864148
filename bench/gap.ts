// Bench: the organisation competency heatmap (issue 14, "Scale") at 100,000 ASN with 10-competency standards and
// 1,000,000 assessment results, through the project's own code (competencyHeatmap, what /admin/kompetensi calls,
// as an ADMIN) against a hand-written SQL aggregate of the same figures (bench/gap/baseline.ts), in the same run,
// alternating. It first checks both give the same figures for every OPD × competency, then prints the medians and
// the ratio. Goal: ratio <= 1.3 and the project's view under 1 s.
//
// Run: npm run bench:gap [-- --explain] [-- --strict]
//   A fresh database every run in its own PostgreSQL on 127.0.0.1:56144 (BENCH_DB_PORT), data under the temp
//   folder's bangkom-bench-gap (BENCH_DATA_DIR). BENCH_ASN (default 100000) scales it: 10 results per ASN.
//   BENCH_ROUNDS (default 5). --explain prints EXPLAIN (ANALYZE, BUFFERS) of both statements.
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { migrate } from "../scripts/lib/app-setup.mjs";
import { ensureDatabase, startEmbeddedPostgres } from "../scripts/lib/embedded-db.mjs";
import { BASELINE_HEATMAP, type BaselineRow } from "./gap/baseline";
import { ADMIN_USER_ID, AGENCY_ID, build, OPDS } from "./gap/data";

const EMPLOYEES = Number(process.env.BENCH_ASN ?? 100_000);
const PORT = Number(process.env.BENCH_DB_PORT ?? 56144);
const DATA_DIR = process.env.BENCH_DATA_DIR ?? path.join(os.tmpdir(), "bangkom-bench-gap");
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const DATABASE = "gap";
const WORK_MEM = "16MB"; // the product's (lib/db.ts)
const args = new Set(process.argv.slice(2));

const todayIso = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
const today = new Date(`${todayIso}T00:00:00Z`);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const timed = async (fn: () => Promise<unknown>) => {
  const t = performance.now();
  await fn();
  return performance.now() - t;
};

const server = await startEmbeddedPostgres({ dataDir: path.join(DATA_DIR, "postgres"), port: PORT, log: () => {} });
let failed = false;
let pool: pg.Pool | null = null;
try {
  const admin = new pg.Client({ connectionString: server.url("postgres") });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`); // results refuse DELETE and TRUNCATE, by design
  await admin.end();
  await ensureDatabase(server.url("postgres"), DATABASE);
  const url = server.url(DATABASE);
  await migrate(url);
  const sql = new pg.Client({ connectionString: url });
  sql.on("error", () => {});
  await sql.connect();
  console.log(`building ${EMPLOYEES.toLocaleString("en")} ASN in ${OPDS} OPD with 10-competency standards and ${(EMPLOYEES * 10).toLocaleString("en")} results (as of ${todayIso})…`);
  const started = performance.now();
  await build(sql, EMPLOYEES, today, console.log);
  console.log(`built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  await sql.end();

  process.env.DATABASE_URL = url;
  process.env.AUTH_SECRET ??= "bench-secret-bench-secret-bench-secret-00";
  const { loadViewer } = await import("../lib/auth/load-viewer");
  const { competencyHeatmap } = await import("../lib/competency/gaps");
  const viewer = await loadViewer(ADMIN_USER_ID);
  if (!viewer?.roles.includes("ADMIN")) throw new Error("the bench admin could not be loaded as an ADMIN viewer");

  pool = new pg.Pool({ connectionString: url, max: 4, options: `-c work_mem=${WORK_MEM}` });
  pool.on("error", () => {});
  const project = () => competencyHeatmap(viewer, { on: today });
  const baseline = async () => (await pool!.query<BaselineRow>(BASELINE_HEATMAP, [AGENCY_ID, todayIso])).rows;

  // Same figures both ways, and real work, or no timings.
  const heatmap = (await project())!;
  const mine = new Map<string, string>();
  for (const row of heatmap.rows) for (const [c, cell] of Object.entries(row.cells)) mine.set(`${row.unitId}/${c}`, `${cell.withGap} ${cell.notAssessed} ${cell.assessed} ${cell.averageGap}`);
  const theirs = await baseline();
  const problems: string[] = [];
  for (const r of theirs) {
    const key = `${r.opd}/${r.competency}`;
    const expected = `${r.withGap} ${r.notAssessed} ${r.assessed} ${r.averageGap === null ? null : Number(r.averageGap)}`;
    if (mine.get(key) !== expected) problems.push(`${key}: project ${mine.get(key) ?? "(missing)"}, baseline ${expected}`);
  }
  if (mine.size !== theirs.length) problems.push(`${mine.size} cells from the project, ${theirs.length} from the baseline`);
  const lines = theirs.reduce((s, r) => s + r.withGap + 0, 0);
  const assessed = theirs.reduce((s, r) => s + r.assessed, 0);
  const notAssessed = theirs.reduce((s, r) => s + r.notAssessed, 0);
  if (assessed + notAssessed < EMPLOYEES * 10 * 0.99) problems.push(`only ${assessed + notAssessed} standard lines: the data set is not there`);
  if (!lines || !notAssessed) problems.push("no gaps or nobody not assessed: the results are not there");
  if (problems.length) {
    console.error(`\nMISMATCH (${problems.length}):\n  ${problems.slice(0, 30).join("\n  ")}`);
    throw new Error("bench/gap: the project's heatmap differs from the hand-written SQL, or there was nothing to compute");
  }
  console.log(`\nsame figures both ways: ${heatmap.rows.length} OPD × ${heatmap.columns.length} competencies; ${(assessed + notAssessed).toLocaleString("en")} standard lines, ` +
    `${assessed.toLocaleString("en")} assessed (${lines.toLocaleString("en")} with a gap), ${notAssessed.toLocaleString("en")} not assessed`);

  if (args.has("--explain")) {
    const { heatmapSql } = await import("../lib/competency/gaps-sql");
    const statement = heatmapSql({ agencyId: AGENCY_ID, on: today, scope: { where: (await import("../lib/generated/prisma/client")).Prisma.empty, agencyWide: true } }, 0);
    const plan = await pool.query(`EXPLAIN (ANALYZE, BUFFERS) ${statement.text}`, statement.values as unknown[]);
    console.log(`\nEXPLAIN of the project's heatmap statement:\n${plan.rows.map((r) => r["QUERY PLAN"]).join("\n")}`);
    const base = await pool.query(`EXPLAIN (ANALYZE, BUFFERS) ${BASELINE_HEATMAP}`, [AGENCY_ID, todayIso]);
    console.log(`\nEXPLAIN of the hand-written statement:\n${base.rows.map((r) => r["QUERY PLAN"]).join("\n")}`);
  }

  const a: number[] = [];
  const b: number[] = [];
  await project();
  await baseline();
  for (let i = 0; i < ROUNDS; i++) {
    if (i % 2 === 0) {
      a.push(await timed(project));
      b.push(await timed(baseline));
    } else {
      b.push(await timed(baseline));
      a.push(await timed(project));
    }
  }
  const ma = median(a);
  const mb = median(b);
  const load = os.loadavg().map((x) => x.toFixed(1)).join(" ");
  console.log(`\n${EMPLOYEES.toLocaleString("en")} ASN, ${(EMPLOYEES * 10).toLocaleString("en")} results, ${os.cpus().length} CPU (load average ${load}); median of ${ROUNDS} alternating rounds after 1 warm-up`);
  console.log(`organisation heatmap, project (competencyHeatmap): ${ma.toFixed(0)} ms   [${a.map((x) => x.toFixed(0)).join(", ")}]`);
  console.log(`organisation heatmap, hand-written SQL aggregate:  ${mb.toFixed(0)} ms   [${b.map((x) => x.toFixed(0)).join(", ")}]`);
  console.log(`ratio ${(ma / mb).toFixed(2)}`);
  const goals = [
    { name: "ratio <= 1.3", ok: ma / mb <= 1.3 },
    { name: "under 1 s", ok: ma < 1000 },
  ];
  for (const goal of goals) console.log(`goal: ${goal.name.padEnd(14)} ${goal.ok ? "PASS" : "MISS"}`);
  if (args.has("--strict") && goals.some((g) => !g.ok)) failed = true;
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
