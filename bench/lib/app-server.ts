// What the benches that go through the real web server share: a fresh database of demo data on their own
// embedded PostgreSQL, the production build, the server started the way `npm start` starts it, session cookies
// minted for any account (as Auth.js would after a sign-in), and the RSS of the server's processes.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { encode } from "next-auth/jwt";
import pg from "pg";
import { authConfigBase } from "../../lib/auth/config.base";
import { ensureBuild, migrate, seed } from "../../scripts/lib/app-setup.mjs";
import { ensureDatabase, startEmbeddedPostgres } from "../../scripts/lib/embedded-db.mjs";

export const ROOT = path.resolve(import.meta.dirname, "../..");
export const BENCH_SECRET = "bench-secret-bench-secret-bench-secret-00";
const SESSION_COOKIE = "authjs.session-token";

type Embedded = Awaited<ReturnType<typeof startEmbeddedPostgres>>;

/** Its own PostgreSQL (port and folder overridable), a database `name` made afresh with migrations and demo data. */
export async function demoDatabase(name: string, { port, dir }: { port: number; dir: string }): Promise<{ server: Embedded; url: string }> {
  const server = await startEmbeddedPostgres({ dataDir: path.join(dir, "postgres"), port, log: () => {} });
  const admin = new pg.Client({ connectionString: server.url("postgres") });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
  await ensureDatabase(server.url("postgres"), name);
  const url = server.url(name);
  await migrate(url);
  await seed(url);
  return { server, url };
}

export function benchDir(name: string): string {
  return process.env.BENCH_DIR ?? path.join(os.tmpdir(), `bangkom-bench-${name}`);
}

/** The production server as `npm start` runs it: scripts/server.mjs, BANGKOM_WORKERS workers (default: one per core). */
export async function startWebServer({ url, port, workers }: { url: string; port: number; workers?: number }): Promise<ChildProcess> {
  await ensureBuild({ log: console.log });
  // BENCH_SERVER_NODE_ARGS: Node flags for the server and its workers, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof".
  const nodeArgs = process.env.BENCH_SERVER_NODE_ARGS?.split(" ").filter(Boolean) ?? [];
  const web = spawn(process.execPath, [...nodeArgs, path.join(ROOT, "scripts/server.mjs")], {
    cwd: ROOT,
    stdio: ["ignore", process.env.BENCH_SERVER_LOG ? "inherit" : "ignore", "inherit"],
    env: {
      ...process.env, DATABASE_URL: url, AUTH_SECRET: BENCH_SECRET, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production",
      HOST: "127.0.0.1", PORT: String(port), ...(workers ? { BANGKOM_WORKERS: String(workers) } : {}),
    },
  });
  for (let i = 0; i < 600; i++) {
    if ((await fetch(`http://127.0.0.1:${port}/api/health`).catch(() => null))?.ok) return web;
    if (web.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  web.kill("SIGKILL");
  throw new Error("the web server did not answer /api/health");
}

export async function stopWebServer(web: ChildProcess | null): Promise<void> {
  if (!web || web.exitCode !== null) return;
  const exited = new Promise((resolve) => web.once("exit", resolve));
  web.kill("SIGTERM");
  await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
  if (web.exitCode === null) web.kill("SIGKILL");
}

/** The session cookie Auth.js sets after a sign-in of this user (the app's jwt callback's claims). */
export async function sessionCookie(userId: string, roles: string[]): Promise<string> {
  const token = { sub: userId, uid: userId, roles, loginAt: Date.now() };
  return `${SESSION_COOKIE}=${await encode({ token, secret: BENCH_SECRET, salt: SESSION_COOKIE, maxAge: authConfigBase.session.maxAge })}`;
}

/** A process and every process under it, by pid (Linux /proc; empty elsewhere). */
function processTree(rootPid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = safeRead(`/proc/${entry}/stat`);
    const ppid = Number(stat?.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
    if (ppid) children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
  }
  const found: number[] = [];
  const visit = (pid: number) => {
    found.push(pid);
    for (const child of children.get(pid) ?? []) visit(child);
  };
  visit(rootPid);
  return found;
}

/** The resident memory of a process and of every process under it, in MB, by pid. */
export function residentMemory(rootPid: number): Map<number, number> {
  const found = new Map<number, number>();
  for (const pid of processTree(rootPid)) {
    const kb = Number(safeRead(`/proc/${pid}/status`)?.match(/VmRSS:\s+(\d+)/)?.[1] ?? 0);
    if (kb) found.set(pid, kb / 1024);
  }
  return found;
}

/**
 * CPU time (ms) used so far by a process and every process under it, including children that already ended
 * and were waited for (a PostgreSQL backend whose connection closed): read twice, the difference is what the
 * work between cost, whatever else the machine ran meanwhile.
 */
export function treeCpuMs(rootPid: number): number {
  const ticks = 100; // USER_HZ on Linux
  let total = 0;
  for (const pid of processTree(rootPid)) {
    const stat = safeRead(`/proc/${pid}/stat`);
    if (!stat) continue;
    const [utime, stime, cutime, cstime] = stat.slice(stat.lastIndexOf(")") + 2).split(" ").slice(11, 15).map(Number);
    total += ((utime! + stime! + cutime! + cstime!) * 1000) / ticks;
  }
  return total;
}

function safeRead(file: string): string | null {
  try {
    return fs.readFileSync(file, "utf8");
  } catch {
    return null;
  }
}
