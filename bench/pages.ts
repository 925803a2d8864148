// Bench (issue 11, goal P2): the main pages of each role under load, through the production server as `npm start`
// runs it (scripts/server.mjs, BANGKOM_WORKERS workers), with autocannon. The baseline, measured in the same run
// against the same server, is a static file: it costs the server almost nothing, so the ratio says how much of the
// machine a page leaves to others.
//   - /pelatihan as an ASN, 50 connections: throughput ≥ 10 % of the static file's, p95 < 500 ms;
//   - /pelatihan at a steady 20 req/s (one request every 50 ms, see steadyLoad): p95 < 100 ms;
//   - every server process under 600 MB of resident memory throughout.
// Every response must be a 200 of the page asked for (a redirect to /login or a 403 would be cheap and measure
// nothing): the run fails (exit 1) when any is not, and prints the goals' verdicts.
//
// Run: npm run bench:pages   Its own PostgreSQL (BENCH_DB_PORT, default 54371) and server (BENCH_PORT, 3271), data
// under BENCH_DIR (temp folder). BENCH_SECONDS (20) per measurement, BENCH_CONNECTIONS (50), BANGKOM_WORKERS.
import autocannon from "autocannon";
import pg from "pg";
import { benchDir, demoDatabase, residentMemory, sessionCookie, startWebServer, stopWebServer, treeCpuMs } from "./lib/app-server";

const PORT = Number(process.env.BENCH_PORT ?? 3271);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const STATIC_FILE = "/favicon.ico"; // served from public/, outside the proxy's matcher: the cheapest answer there is
const MEMORY_LIMIT_MB = 600;

const ACCOUNTS = {
  ASN: "199203152019032001",
  SUPERVISOR: "197808222005011003",
  ADMIN: "admin@bkpp.semarangkota.go.id",
} as const;
type Role = keyof typeof ACCOUNTS;

/** The main pages of each role, each with a text its page must contain (so a wrong page is caught). */
const PAGES: { role: Role; path: string; expect: RegExp }[] = [
  { role: "ASN", path: "/pelatihan", expect: /Katalog pelatihan/i },
  { role: "ASN", path: "/beranda", expect: /JP/ },
  { role: "ASN", path: "/jp", expect: /JP/ },
  { role: "ASN", path: "/pelatihan/saya", expect: /Pelatihan saya/i },
  { role: "SUPERVISOR", path: "/tim", expect: /Tim/ },
  { role: "SUPERVISOR", path: "/tim/persetujuan", expect: /Persetujuan/i },
  { role: "ADMIN", path: "/admin/kepatuhan", expect: /Kepatuhan/i },
  { role: "ADMIN", path: "/admin/pelatihan", expect: /Program/i },
  { role: "ADMIN", path: "/admin/pegawai", expect: /Pegawai/i },
];

type Load = { rps: number; p95: number; p50: number; requests: number; failures: number; why: string };
/** CPU ms one answer cost the web server's processes and PostgreSQL's, whatever else the machine was doing. */
type Cost = { web: number; postgres: number };

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : NaN;
}

async function load(path: string, options: { cookie?: string; connections: number; seconds: number; rate?: number }): Promise<Load> {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `http://127.0.0.1:${PORT}${path}`,
        connections: options.connections,
        duration: options.seconds,
        ...(options.rate ? { overallRate: options.rate } : {}),
        headers: options.cookie ? { cookie: options.cookie } : {},
        setupClient: closeWhenAsked,
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  latencies.sort((a, b) => a - b);
  return {
    rps: result.requests.total / options.seconds,
    p95: percentile(latencies, 95),
    p50: percentile(latencies, 50),
    requests: result.requests.total,
    failures: result.non2xx + result.errors + result.timeouts,
    why: `${result.non2xx} not 2xx, ${result.errors} connection errors, ${result.timeouts} timeouts`,
  };
}

/** What an autocannon client is inside (lib/httpClient.js of autocannon 8), beyond its typed surface. */
type AutocannonInternals = { _doRequest: () => void; _resetConnection: () => void };

/**
 * Makes an autocannon client do what RFC 9112 §9.6 asks and browsers do: after a response with "Connection: close",
 * send the next request on a new connection. autocannon writes it on the closing one instead, and the server's
 * close then resets it (ECONNRESET). A stopping server worker answers with "Connection: close" (scripts/server.mjs),
 * so without this a worker replaced mid-run shows as failed requests no browser would see.
 */
function closeWhenAsked(client: autocannon.Client): void {
  const internals = client as unknown as AutocannonInternals;
  const sendOnSameConnection = internals._doRequest.bind(client);
  let closing = false;
  // The "headers" event carries http-parser-js's whole parse of the response head, not only its headers.
  client.on("headers", (head) => (closing = (head as { shouldKeepAlive?: boolean }).shouldKeepAlive === false));
  internals._doRequest = () => {
    if (!closing) return sendOnSameConnection();
    closing = false;
    internals._resetConnection(); // a new connection, which sends the next request
  };
}

/**
 * A steady load: one request every 1000/rate ms, sent on schedule whether or not earlier ones were answered (an
 * open loop, as users arrive), each latency counted from when it was due. autocannon's `overallRate` is not
 * this: each connection sends its share of a second's requests back to back when the second starts and then
 * waits, so 20 req/s arrive as bursts of 10 at once and the queue they make is what gets measured.
 */
async function steadyLoad(path: string, options: { cookie?: string; rate: number; seconds: number }): Promise<Load> {
  const latencies: number[] = [];
  let failures = 0;
  const inFlight: Promise<void>[] = [];
  const started = performance.now();
  const total = Math.round(options.rate * options.seconds);
  for (let k = 0; k < total; k++) {
    const due = started + (k * 1000) / options.rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    inFlight.push(
      fetch(`http://127.0.0.1:${PORT}${path}`, { headers: options.cookie ? { cookie: options.cookie } : {}, redirect: "manual" })
        .then(async (res) => {
          await res.arrayBuffer();
          if (res.status !== 200) failures += 1;
          latencies.push(performance.now() - due);
        })
        .catch(() => {
          failures += 1;
        }),
    );
  }
  await Promise.all(inFlight);
  latencies.sort((a, b) => a - b);
  return {
    rps: latencies.length / ((performance.now() - started) / 1000),
    p95: percentile(latencies, 95),
    p50: percentile(latencies, 50),
    requests: total,
    failures,
    why: `${failures} not 200 or not answered`,
  };
}

async function checkPage(path: string, cookie: string, expect: RegExp): Promise<void> {
  const res = await fetch(`http://127.0.0.1:${PORT}${path}`, { headers: { cookie }, redirect: "manual" });
  const body = await res.text();
  if (res.status !== 200 || !expect.test(body)) {
    throw new Error(`bench/pages: ${path} answered ${res.status} without ${expect}; nothing comparable would be measured`);
  }
}

/** The largest script the catalog page loads, from its HTML. */
async function largestScript(cookie: string): Promise<string> {
  const html = await (await fetch(`http://127.0.0.1:${PORT}/pelatihan`, { headers: { cookie } })).text();
  const scripts = [...new Set([...html.matchAll(/src="(\/_next\/static\/[^"]+\.js)"/g)].map((m) => m[1]!))];
  const sizes = await Promise.all(scripts.map(async (src) => [src, (await (await fetch(`http://127.0.0.1:${PORT}${src}`)).arrayBuffer()).byteLength] as const));
  const [largest] = sizes.sort((a, b) => b[1] - a[1]);
  if (!largest) throw new Error("bench/pages: the catalog page loads no script");
  return largest[0];
}

const format = (l: Load, c: Cost) =>
  `${l.rps.toFixed(1).padStart(7)} req/s  p50 ${l.p50.toFixed(0).padStart(5)} ms  p95 ${l.p95.toFixed(0).padStart(5)} ms  CPU ms/req web ${c.web.toFixed(1).padStart(5)} · PostgreSQL ${c.postgres.toFixed(1).padStart(4)}  (${l.requests} requests)`;

const { server, url } = await demoDatabase("pages", { port: Number(process.env.BENCH_DB_PORT ?? 54371), dir: benchDir("pages") });
let web: Awaited<ReturnType<typeof startWebServer>> | null = null;
let sampler: NodeJS.Timeout | undefined;
const peakMemory = new Map<number, number>();
const problems: string[] = [];
try {
  const sql = new pg.Client({ connectionString: url });
  await sql.connect();
  const cookies = {} as Record<Role, string>;
  for (const [role, login] of Object.entries(ACCOUNTS) as [Role, string][]) {
    const { rows } = await sql.query(
      `SELECT u.id::text, array_agg(DISTINCT r.role::text) AS roles FROM "User" u LEFT JOIN "Employee" e ON e.id = u."employeeId"
       JOIN "UserRole" r ON r."userId" = u.id WHERE u.email = $1 OR e.nip = $1 GROUP BY u.id`, [login]);
    if (!rows[0]) throw new Error(`bench/pages: no demo account ${login}`);
    cookies[role] = await sessionCookie(rows[0].id, rows[0].roles);
  }
  await sql.end();

  web = await startWebServer({ url, port: PORT });
  sampler = setInterval(() => {
    for (const [pid, mb] of residentMemory(web!.pid!)) peakMemory.set(pid, Math.max(peakMemory.get(pid) ?? 0, mb));
  }, 250);
  for (const page of PAGES) await checkPage(page.path, cookies[page.role], page.expect);
  // Warm every page once more under a little load, so the first measurement does not pay for compilation caches.
  for (const page of PAGES) await load(page.path, { cookie: cookies[page.role], connections: 4, seconds: 2 });

  const cpuNow = (): Cost => ({ web: treeCpuMs(web!.pid!), postgres: server.pid ? treeCpuMs(server.pid) : 0 });
  const costs = new Map<string, Cost>();
  const run = async (label: string, path: string, options: Parameters<typeof load>[1]) => {
    const before = cpuNow();
    const result = await (options.rate ? steadyLoad(path, { cookie: options.cookie, rate: options.rate, seconds: options.seconds }) : load(path, options));
    const after = cpuNow();
    const answered = Math.max(1, result.requests);
    const cost = { web: (after.web - before.web) / answered, postgres: (after.postgres - before.postgres) / answered };
    costs.set(label, cost);
    console.log(`${label.padEnd(44)} ${format(result, cost)}`);
    if (result.failures) problems.push(`${label}: ${result.failures} of ${result.requests} responses were not 200 (${result.why})`);
    return result;
  };

  console.log(`\nbench/pages: ${CONNECTIONS} connections, ${SECONDS} s each, server on :${PORT}`);
  const baseline = await run(`static file ${STATIC_FILE}`, STATIC_FILE, { connections: CONNECTIONS, seconds: SECONDS });
  const catalog = await run("ASN /pelatihan", "/pelatihan", { cookie: cookies.ASN, connections: CONNECTIONS, seconds: SECONDS });
  const steady = await run("ASN /pelatihan at a steady 20 req/s", "/pelatihan", { cookie: cookies.ASN, connections: 10, seconds: SECONDS, rate: 20 });
  console.log("");
  // Reference points: what the same server does with no page at all, and with the app's own script.
  const chunk = await largestScript(cookies.ASN);
  for (const [label, path] of [["static script (the page's largest)", chunk], ["route /api/health (one SELECT 1)", "/api/health"], ["public page /login", "/login"]] as const) {
    await run(label, path, { connections: CONNECTIONS, seconds: Math.max(5, SECONDS / 2) });
  }
  console.log("");
  const others: { label: string; result: Load }[] = [];
  for (const page of PAGES.slice(1)) {
    const label = `${page.role} ${page.path}`;
    others.push({ label, result: await run(label, page.path, { cookie: cookies[page.role], connections: CONNECTIONS, seconds: Math.max(5, SECONDS / 2) }) });
  }
  clearInterval(sampler);

  const ratio = catalog.rps / baseline.rps;
  const memory = [...peakMemory.entries()].sort((a, b) => b[1] - a[1]);
  const heaviest = memory[0]?.[1] ?? 0;
  console.log("\nratios to the static file (throughput):");
  console.log(`  ASN /pelatihan${" ".repeat(30)} ${(ratio * 100).toFixed(1)} %`);
  for (const { label, result } of others) console.log(`  ${label.padEnd(44)} ${((result.rps / baseline.rps) * 100).toFixed(1)} %`);
  console.log(`\npeak resident memory per server process: ${memory.map(([pid, mb]) => `${pid}: ${mb.toFixed(0)} MB`).join(", ")}`);
  const verdict = (ok: boolean) => (ok ? "met" : "MISSED");
  console.log("\ngoals:");
  console.log(`  /pelatihan ≥ 10 % of the static file's throughput: ${(ratio * 100).toFixed(1)} %  ${verdict(ratio >= 0.1)}`);
  console.log(`  /pelatihan p95 < 500 ms at ${CONNECTIONS} connections: ${catalog.p95.toFixed(0)} ms  ${verdict(catalog.p95 < 500)}`);
  console.log(`  /pelatihan p95 < 100 ms at 20 req/s: ${steady.p95.toFixed(0)} ms  ${verdict(steady.p95 < 100)}`);
  console.log(`  every server process < ${MEMORY_LIMIT_MB} MB: ${heaviest.toFixed(0)} MB  ${verdict(heaviest < MEMORY_LIMIT_MB)}`);
  // Not a goal: what one answer costs, which does not depend on how fast the static file happens to be served.
  const cost = (label: string) => { const c = costs.get(label)!; return `${(c.web + c.postgres).toFixed(1)} ms (web ${c.web.toFixed(1)}, PostgreSQL ${c.postgres.toFixed(1)})`; };
  console.log(`
CPU per answer, for reference: ASN /pelatihan ${cost("ASN /pelatihan")}; public page /login ${cost("public page /login")}; /api/health ${cost("route /api/health (one SELECT 1)")}`);
} finally {
  clearInterval(sampler);
  await stopWebServer(web);
  await server.stop();
}
if (problems.length) {
  console.error(`\nbench/pages failed:\n  ${problems.join("\n  ")}`);
  process.exit(1);
}
