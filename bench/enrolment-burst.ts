// Bench (issue 11, goal P3): a registration rush, measured honestly.
//
// The bench makes its OWN two batches in the seeded demo agency, identically (30 seats, registration open around
// the bench's "now", start in 60 days, no unit quotas, every position eligible), each with its own 500 ASN and
// their supervisors (bench/enrolment-burst/world.ts). Then, on the first batch, through the real server
// (scripts/server.mjs as `npm start` runs it, server actions over HTTP, Auth.js session cookies minted with the server's secret):
//   1. 500 concurrent self-registrations                       → 500 PENDING_SUPERVISOR
//   2. 500 concurrent approvals by the supervisors             → 500 PENDING_AGENCY
//   3. 500 concurrent approvals by the agency (the seat step)  → exactly 30 CONFIRMED and 470 WAITLISTED
// The domain (shared/DOMAIN.md) puts the agency's decision after the supervisor's; only that step takes a seat.
// On the second batch, the raw-SQL baseline runs the same transactions, statement for statement, as tight SQL
// over a pool of the product's size (10, lib/db.ts): bench/enrolment-burst/baseline.ts. Each of its steps runs
// right after the server's. Both sides must end in the same counts, or the bench throws: a ratio over refused
// work would measure nothing.
//
// Statements are counted by PostgreSQL itself (pg_stat_statements, bench/enrolment-burst/statements.ts): per
// registration, everything the server ran while the burst lasted, divided by the registrations: the viewer's
// load, BEGIN … COMMIT and any page the action's response re-renders. The goal (≤ 8) counts the viewer's load
// and the transaction; the breakdown printed shows which is which.
//
// Prints requests/s per step for both sides, the throughput ratio (server ÷ baseline; goal ≥ 0.30) and the
// statements per request, and for reference the framework's floor: the same 500 people registering into a batch that
// does not exist, which the server refuses after loading the viewer and looking for the batch. Then the no-overbooking integration test, five rounds (BANGKOM_BURST_ROUNDS; 0 skips).
// Run: npm run bench:enrolment-burst   (builds if needed; its own PostgreSQL and server; a few minutes)
// Env: BENCH_REQUESTS (500), BENCH_WARM_UP (100), BENCH_SEATS (30), BENCH_PORT (3210), BENCH_DB_PORT (54359), BENCH_DIR (temp folder).
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { migrate, seed } from "../scripts/lib/app-setup.mjs";
import { ensureDatabase, startEmbeddedPostgres } from "../scripts/lib/embedded-db.mjs";
import { sessionCookie, startWebServer, stopWebServer, treeCpuMs } from "./lib/app-server";
import { approveAsAgency, approveAsSupervisor, register } from "./enrolment-burst/baseline";
import { describe, readCount, resetCount, withStatementCounting, type Tally } from "./enrolment-burst/statements";
import { buildBenchWorld, type Side } from "./enrolment-burst/world";
import { id as messages } from "../lib/i18n/messages/id";

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 500);
const SEATS = Number(process.env.BENCH_SEATS ?? 30);
const PORT = Number(process.env.BENCH_PORT ?? 3210);
const DB_PORT = Number(process.env.BENCH_DB_PORT ?? 54359);
const DIR = process.env.BENCH_DIR ?? path.join(os.tmpdir(), "bangkom-bench-burst");
const GOAL_RATIO = 0.3;
const GOAL_STATEMENTS = 8;
const WARM_UP = Number(process.env.BENCH_WARM_UP ?? 100);
const root = path.resolve(import.meta.dirname, "..");
const base = `http://127.0.0.1:${PORT}`;

function actionId(file: string, exportedName: string): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, ".next/server/server-reference-manifest.json"), "utf8"));
  const hit = Object.entries(manifest.node as Record<string, { filename: string; exportedName: string }>).find(
    ([, v]) => v.filename === file && v.exportedName === exportedName,
  );
  if (!hit) throw new Error(`no server action ${exportedName} in ${file}`);
  return hit[0];
}

const cookieFor = (userId: string, roles: string[]) => sessionCookie(userId, roles);

/** Posts a server action as the browser's form does; the answer must be a 200 (the action's own refusals are in its body, returned). */
async function postAction(page: string, id: string, cookie: string, fields: Record<string, unknown>): Promise<string> {
  const response = await fetch(`${base}${page}`, {
    method: "POST",
    headers: { "Next-Action": id, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component", Cookie: cookie, Origin: base },
    body: JSON.stringify([{ ok: false }, fields]),
  });
  const body = await response.text();
  if (response.status !== 200) throw new Error(`bench/enrolment-burst: ${page} answered ${response.status}`);
  return body;
}

/** Posts a registration the server must refuse (its batch does not exist), and checks that it was refused for that. */
async function postRefusedRegistration(page: string, id: string, cookie: string, batchId: string): Promise<void> {
  const body = await postAction(page, id, cookie, { batchId });
  if (!body.includes('"ok":false') || !body.includes(messages.common.notFound)) {
    throw new Error(`bench/enrolment-burst: a registration into a batch that does not exist was not refused as not found: ${body.slice(0, 200)}`);
  }
}

/** CPU ms a step cost, by who spent it: the web server's processes, PostgreSQL's, and this bench process. */
type Cpu = { web: number; postgres: number; bench: number };
type Step = { name: string; seconds: number; statements: Tally; cpu: Cpu };

function cpuNow(): Cpu {
  const own = process.cpuUsage();
  return { web: web?.pid ? treeCpuMs(web.pid) : 0, postgres: server.pid ? treeCpuMs(server.pid) : 0, bench: (own.user + own.system) / 1000 };
}

async function step(sql: pg.Pool, name: string, work: () => Promise<unknown>[]): Promise<Step> {
  await resetCount(sql);
  const before = cpuNow();
  const started = performance.now();
  await Promise.all(work());
  const seconds = (performance.now() - started) / 1000;
  const after = cpuNow();
  const cpu = { web: after.web - before.web, postgres: after.postgres - before.postgres, bench: after.bench - before.bench };
  return { name, seconds, statements: await readCount(sql), cpu };
}

async function expectCounts(sql: pg.Pool, side: string, batchId: string, expected: Record<string, number>) {
  const { rows } = await sql.query(`SELECT status::text, count(*)::int AS n FROM "Enrolment" WHERE "batchId" = $1 GROUP BY status`, [batchId]);
  const sorted = (counts: [string, number][]) => JSON.stringify(counts.sort(([a], [b]) => a.localeCompare(b)));
  const found = Object.fromEntries(rows.map((r) => [r.status, r.n]));
  const { rows: [batch] } = await sql.query(`SELECT "confirmedCount" AS n FROM "Batch" WHERE id = $1`, [batchId]);
  if (sorted(Object.entries(found)) !== sorted(Object.entries(expected))
    || batch.n !== (expected.CONFIRMED ?? 0)) {
    throw new Error(`bench/enrolment-burst: ${side} ended with ${JSON.stringify(found)} (${batch.n} seats counted), not ${JSON.stringify(expected)}: the work did not happen`);
  }
}

const idsIn = async (sql: pg.Pool, batchId: string) =>
  new Map((await sql.query(`SELECT id::text, "employeeId"::text FROM "Enrolment" WHERE "batchId" = $1`, [batchId])).rows.map((r) => [r.employeeId as string, r.id as string]));

const startDb = () => startEmbeddedPostgres({ dataDir: path.join(DIR, "postgres"), port: DB_PORT, log: () => {} });
const server = await withStatementCounting(startDb, (s) => new pg.Client({ connectionString: s.url("postgres") }));
let web: Awaited<ReturnType<typeof startWebServer>> | null = null;
try {
  const admin = new pg.Client({ connectionString: server.url("postgres") });
  await admin.connect();
  await admin.query("DROP DATABASE IF EXISTS burst WITH (FORCE)");
  await admin.end();
  await ensureDatabase(server.url("postgres"), "burst");
  const url = server.url("burst");
  await migrate(url);
  await seed(url);
  const sql = new pg.Pool({ connectionString: url, max: 10 });
  sql.on("error", () => {}); // idle clients cut off when the server stops at the end: not the news
  await sql.query("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
  const world = await buildBenchWorld(sql, REQUESTS, SEATS);

  web = await startWebServer({ url, port: PORT });

  const s = world.server;
  const register_ = actionId("lib/enrolment/actions.ts", "registerSelfAction");
  const supervise = actionId("lib/enrolment/supervisor-actions.ts", "decideAsSupervisorAction");
  const decide = actionId("lib/catalog/actions.ts", "decideAsAgencyAction");
  const staffCookies = await Promise.all(s.people.map((p) => cookieFor(p.userId, ["ASN"])));
  const bossCookies = new Map(await Promise.all([...new Set(s.people.map((p) => p.supervisorUserId))].map(async (u) => [u, await cookieFor(u, ["ASN", "SUPERVISOR"])] as const)));
  const adminCookie = await cookieFor(world.adminUserId, ["ADMIN"]);
  // Warm-up, as a server that has been running a while is: each route and action WARM_UP times, 20 at once, on
  // something that does not exist (refused, changes nothing), so the steps do not pay for the JIT's first
  // compilations. The raw-SQL side is warmed alike below.
  const nobody = "00000000-0000-7000-8000-00000000beef";
  const someBoss = bossCookies.values().next().value!;
  for (let round = 0; round < WARM_UP / 20; round++) {
    await Promise.all(Array.from({ length: 20 }, (_, i) => Promise.all([
      postAction(`/pelatihan/${s.programId}`, register_, staffCookies[i]!, { batchId: nobody }),
      postAction("/tim/persetujuan", supervise, someBoss, { enrolmentId: nobody, approve: "true", note: "" }),
      postAction(`/admin/angkatan/${s.batchId}`, decide, adminCookie, { enrolmentId: nobody, batchId: s.batchId, approve: "true", note: "" }),
    ])));
  }

  const b: Side = world.baseline;
  for (let round = 0; round < WARM_UP / 20; round++) { // warm the pool and the driver alike
    await Promise.all(b.people.slice(0, 20).map((p) => register(sql, world.agencyId, nobody, p).catch(() => {})));
  }

  // Each step on the server, then at once the same step in raw SQL: this machine's speed drifts by tens of percent
  // from one minute to the next (decision 0042), so each ratio compares two measurements taken seconds apart.
  const serverSteps: Step[] = [];
  const baselineSteps: Step[] = [];
  serverSteps.push(await step(sql, "registrations", () => staffCookies.map((c) => postAction(`/pelatihan/${s.programId}`, register_, c, { batchId: s.batchId }))));
  await expectCounts(sql, "server", s.batchId, { PENDING_SUPERVISOR: REQUESTS });
  baselineSteps.push(await step(sql, "registrations", () => b.people.map((p) => register(sql, world.agencyId, b.batchId, p))));
  await expectCounts(sql, "baseline", b.batchId, { PENDING_SUPERVISOR: REQUESTS });

  const serverIds = await idsIn(sql, s.batchId);
  const baselineIds = await idsIn(sql, b.batchId);
  serverSteps.push(await step(sql, "supervisor approvals", () => s.people.map((p) =>
    postAction("/tim/persetujuan", supervise, bossCookies.get(p.supervisorUserId)!, { enrolmentId: serverIds.get(p.employeeId), approve: "true", note: "" }))));
  await expectCounts(sql, "server", s.batchId, { PENDING_AGENCY: REQUESTS });
  baselineSteps.push(await step(sql, "supervisor approvals", () => b.people.map((p) =>
    approveAsSupervisor(sql, world.agencyId, baselineIds.get(p.employeeId)!, { userId: p.supervisorUserId, employeeId: p.supervisorEmployeeId }))));
  await expectCounts(sql, "baseline", b.batchId, { PENDING_AGENCY: REQUESTS });

  serverSteps.push(await step(sql, "agency approvals", () => s.people.map((p) =>
    postAction(`/admin/angkatan/${s.batchId}`, decide, adminCookie, { enrolmentId: serverIds.get(p.employeeId), batchId: s.batchId, approve: "true", note: "" }))));
  await expectCounts(sql, "server", s.batchId, { CONFIRMED: SEATS, WAITLISTED: REQUESTS - SEATS });
  baselineSteps.push(await step(sql, "agency approvals", () => b.people.map((p) => approveAsAgency(sql, world.agencyId, baselineIds.get(p.employeeId)!, world.adminUserId))));
  await expectCounts(sql, "baseline", b.batchId, { CONFIRMED: SEATS, WAITLISTED: REQUESTS - SEATS });
  // The framework's floor, for reference: the same people register into a batch that does not exist. The server
  // loads the viewer, opens the transaction, finds no batch and rolls back; no row, no audit, no seat.
  const floor = await step(sql, "refused registrations", () => staffCookies.map((c) => postRefusedRegistration(`/pelatihan/${s.programId}`, register_, c, nobody)));

  const rate = (x: Step) => REQUESTS / x.seconds;
  console.log(`\n${REQUESTS} concurrent requests per step into a ${SEATS}-seat batch; both sides ended with ${SEATS} CONFIRMED and ${REQUESTS - SEATS} WAITLISTED`);
  console.log("step                   server (HTTP) req/s   raw SQL tx/s   ratio   statements per request (server / SQL)");
  serverSteps.forEach((x, i) => {
    const y = baselineSteps[i]!;
    console.log(`${x.name.padEnd(22)} ${rate(x).toFixed(0).padStart(19)} ${rate(y).toFixed(0).padStart(14)} ${(rate(x) / rate(y)).toFixed(2).padStart(7)}   ${(x.statements.total / REQUESTS).toFixed(1)} / ${(y.statements.total / REQUESTS).toFixed(1)}`);
  });
  const perRequest = (x: Step) => `web ${(x.cpu.web / REQUESTS).toFixed(1)} · PostgreSQL ${(x.cpu.postgres / REQUESTS).toFixed(1)} · bench ${(x.cpu.bench / REQUESTS).toFixed(1)}`;
  console.log("CPU ms per request (server side: the web server, PostgreSQL, the bench's HTTP client | raw SQL: PostgreSQL, the bench):");
  serverSteps.forEach((x, i) => console.log(`  ${x.name.padEnd(22)} ${perRequest(x)}  |  ${perRequest(baselineSteps[i]!).replace(/^web [\d.]+ · /, "")}`));
  const time = (steps: Step[]) => steps.reduce((t, x) => t + x.seconds, 0);
  const ratio = time(baselineSteps) / time(serverSteps);
  const perRegistration = serverSteps[0]!.statements.total / REQUESTS;
  console.log(`all three steps: server ${((3 * REQUESTS) / time(serverSteps)).toFixed(0)} req/s, raw SQL ${((3 * REQUESTS) / time(baselineSteps)).toFixed(0)} tx/s`);
  const registrationRatio = rate(serverSteps[0]!) / rate(baselineSteps[0]!);
  const verdict = (r: number) => `${r.toFixed(2)} (goal ≥ ${GOAL_RATIO}: ${r >= GOAL_RATIO ? "met" : "NOT met"})`;
  console.log(`throughput ratio server ÷ baseline: registrations ${verdict(registrationRatio)}; all three steps ${verdict(ratio)}`);
  console.log(`for reference, ${REQUESTS} registrations the server refuses before writing (no such batch): ${rate(floor).toFixed(0)} req/s, ${(rate(floor) / rate(baselineSteps[0]!)).toFixed(2)} of the raw-SQL registrations; ${perRequest(floor)}`);
  console.log(`SQL statements per registration (server, all it ran): ${perRegistration.toFixed(1)} (goal ≤ ${GOAL_STATEMENTS}: ${perRegistration <= GOAL_STATEMENTS ? "met" : "NOT met"})`);
  console.log(`  per registration, by statement (pg_stat_statements):\n${describe(serverSteps[0]!.statements, REQUESTS)}`);
  await sql.end();
} finally {
  await stopWebServer(web);
  await server.stop();
}

// The burst test's rounds (tests/integration/no-overbooking.test.ts): five here, one in `npm test`.
const rounds = process.env.BANGKOM_BURST_ROUNDS ?? "5";
if (rounds !== "0") {
  console.log(`\nno-overbooking burst test, ${rounds} rounds of 200 concurrent enrolments into 30 seats:`);
  const roundsStarted = performance.now();
  const code = await new Promise<number | null>((resolve) =>
    spawn(process.execPath, [path.join(root, "scripts/test.mjs"), "integration", "tests/integration/no-overbooking.test.ts"], {
      cwd: root, env: { ...process.env, BANGKOM_BURST_ROUNDS: rounds }, stdio: "inherit",
    }).on("exit", resolve));
  if (code !== 0) throw new Error(`the no-overbooking test failed (exit ${code})`);
  console.log(`${rounds} rounds passed in ${((performance.now() - roundsStarted) / 1000).toFixed(1)} s`);
}
