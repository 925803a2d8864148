// An abandoned or overlong compliance dashboard stops its statement in PostgreSQL (issue 11, P1 at scale):
// the request's AbortSignal (lib/http/request-context.ts) cancels the running statement, and the statement
// timeout stops it when nobody does. Also: the dashboard computes the per-ASN figures once per view.
//
// To keep a statement running for as long as the test needs, without touching product code, a second
// connection holds an ACCESS EXCLUSIVE lock on "LedgerYearTotal", which the dashboard's statement reads: the
// statement is then active in pg_stat_activity, waiting, until it is cancelled or times out.
import pg from "pg";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/load-viewer";
import * as cancellable from "@/lib/compliance/cancellable";
import { HEAVY_READ_SETTINGS, runCancellable, StatementStopped, stoppedOrThrow } from "@/lib/compliance/cancellable";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { complianceDashboard, complianceDashboardList, dashboardView } from "@/lib/compliance/dashboard-queries";
import * as sql from "@/lib/compliance/sql";
import { requestContextStore } from "@/lib/http/request-context";
import { buildWorld, type World } from "./world";

vi.mock("@/lib/compliance/sql", { spy: true });
vi.mock("@/lib/compliance/cancellable", { spy: true });

const YEAR = 2025;
const TAG = "bangkom-cancellable:";

let w: World;
let admin: Viewer;
let watcher: pg.Client;
let holder: pg.Client | null = null;

beforeEach(async () => {
  w = await buildWorld();
  admin = await w.viewer(w.users.admin);
  watcher = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await watcher.connect();
});

afterEach(async () => {
  await holder?.query("ROLLBACK").catch(() => {});
  await holder?.end();
  holder = null;
  await watcher.end();
});

async function holdLedgerTotals() {
  holder = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await holder.connect();
  await holder.query(`BEGIN; LOCK TABLE "LedgerYearTotal" IN ACCESS EXCLUSIVE MODE`);
}

/** Backends (other than the watcher) running a tagged dashboard statement right now. */
async function runningDashboards(): Promise<number[]> {
  const { rows } = await watcher.query<{ pid: number }>(
    `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND state = 'active' AND pid <> pg_backend_pid() AND position($1 in query) > 0`,
    [TAG],
  );
  return rows.map((r) => r.pid);
}

async function waitFor<T>(probe: () => Promise<T | null>, withinMs: number): Promise<T> {
  const until = Date.now() + withinMs;
  for (;;) {
    const value = await probe();
    if (value !== null) return value;
    if (Date.now() > until) throw new Error(`not within ${withinMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const stopped = (promise: Promise<unknown>) => promise.then(() => null, (e: unknown) => e);

describe("an abandoned dashboard request", () => {
  it("is cancelled in PostgreSQL: its statement leaves pg_stat_activity within a second of the abort", async () => {
    await holdLedgerTotals();
    const client = new AbortController();
    // As scripts/server.mjs runs a request: inside the request context, whose signal aborts when the client leaves.
    const view = requestContextStore().run({ signal: client.signal }, () => stopped(complianceDashboard(admin, YEAR)));
    const [pid] = await waitFor(async () => ((await runningDashboards()).length ? runningDashboards() : null), 5_000);
    // Still running a moment later: only the abort will stop it (the timeout is 10 s).
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await runningDashboards()).toEqual([pid]);

    const abortedAt = Date.now();
    client.abort();
    await waitFor(async () => ((await runningDashboards()).includes(pid!) ? null : true), 1_000);
    expect(Date.now() - abortedAt).toBeLessThan(1_000);
    const error = await view;
    expect(error).toBeInstanceOf(StatementStopped);
    expect((error as StatementStopped).reason).toBe("abandoned");
    // The backend itself is still there, idle and back in the pool: only the statement was cancelled.
    const { rows } = await watcher.query(`SELECT state FROM pg_stat_activity WHERE pid = $1`, [pid]);
    expect(rows.map((r) => r.state)).not.toContain("active");
  });

  it("stops the drill-down list's statement the same way", async () => {
    await holdLedgerTotals();
    const client = new AbortController();
    const list = requestContextStore().run({ signal: client.signal }, () => stopped(complianceDashboardList(admin, YEAR, {}, 1, 50)));
    const [pid] = await waitFor(async () => ((await runningDashboards()).length ? runningDashboards() : null), 5_000);
    const abortedAt = Date.now();
    client.abort();
    await waitFor(async () => ((await runningDashboards()).includes(pid!) ? null : true), 1_000);
    expect(Date.now() - abortedAt).toBeLessThan(1_000);
    expect(stoppedOrThrow(await list)).toEqual({ stopped: "abandoned" });
  });

  it("answers the page with 'abandoned' instead of an error, and starts nothing when the client already left", async () => {
    const client = new AbortController();
    client.abort();
    const calls = vi.mocked(sql.complianceRows).mock.calls.length;
    const view = await requestContextStore().run({ signal: client.signal }, () => dashboardView(admin, YEAR, undefined));
    expect(view).toEqual({ stopped: "abandoned" });
    expect(await runningDashboards()).toEqual([]);
    expect(vi.mocked(sql.complianceRows).mock.calls.length).toBe(calls); // not even built
  });
});

describe("the statement timeout", () => {
  it("stops a dashboard statement that runs too long, in PostgreSQL too", async () => {
    await holdLedgerTotals();
    const started = Date.now();
    const error = await stopped(complianceDashboard(admin, YEAR, undefined, undefined, { timeoutMs: 400 }));
    expect(error).toBeInstanceOf(StatementStopped);
    expect((error as StatementStopped).reason).toBe("timeout");
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(await runningDashboards()).toEqual([]);
  });

  it("leaves a dashboard that finishes in time alone", async () => {
    const client = new AbortController();
    const figures = await requestContextStore().run({ signal: client.signal }, () => complianceDashboard(admin, YEAR, undefined, undefined, { timeoutMs: 5_000 }));
    expect(figures.total.headcount).toBe(5);
    client.abort(); // after the answer: nothing left to cancel, nothing breaks
    expect(await runningDashboards()).toEqual([]);
  });
});

describe("a heavy read's planning", () => {
  it("runs with the statement timeout and the heavy-read planner settings, for its own transaction only", async () => {
    const probe = (tag: string) => cancellable.tagged(tag, Prisma.sql`
      SELECT current_setting('statement_timeout') AS timeout, current_setting('parallel_setup_cost') AS setup, current_setting('parallel_tuple_cost') AS tuple`);
    const [inside] = await runCancellable<{ timeout: string; setup: string; tuple: string }[]>(probe, { timeoutMs: 4_000 });
    expect(inside).toEqual({ timeout: "4s", setup: HEAVY_READ_SETTINGS.parallel_setup_cost, tuple: HEAVY_READ_SETTINGS.parallel_tuple_cost });
    const [after] = await db.$queryRaw<{ setup: string }[]>`SELECT current_setting('parallel_setup_cost') AS setup`;
    expect(after!.setup).toBe("1000");
  });
});

describe("once per view", () => {
  it("builds the per-ASN figures once for the per-OPD table, the total and the equity panel", async () => {
    const before = vi.mocked(sql.complianceRows).mock.calls.length;
    const view = await dashboardView(admin, YEAR, undefined);
    expect(vi.mocked(sql.complianceRows).mock.calls.length - before).toBe(1);
    expect("figures" in view && view.figures.total.headcount).toBe(5);
  });
});

describe("viewers at once", () => {
  it("share one computation that starts after they all asked: ten views, two statements, the same figures", async () => {
    const alone = await complianceDashboard(admin, YEAR);
    await holdLedgerTotals();
    const runs = vi.mocked(cancellable.runCancellable).mock.calls.length;
    const built = () => vi.mocked(sql.complianceRows).mock.calls.length;
    const arrived = built();
    const first = complianceDashboard(admin, YEAR);
    await waitFor(async () => ((await runningDashboards()).length ? true : null), 5_000);
    // Asked while the first statement runs: they must not get its answer (it may predate what they committed).
    const others = Array.from({ length: 9 }, () => complianceDashboard(admin, YEAR));
    await waitFor(async () => (built() - arrived === 10 ? true : null), 10_000); // each has built its statement
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await runningDashboards()).toHaveLength(1);
    await holder!.query("ROLLBACK");
    const views = await Promise.all([first, ...others]);
    expect(vi.mocked(cancellable.runCancellable).mock.calls.length - runs).toBe(2);
    for (const view of views) expect(view).toEqual(alone);
  });

  it("never share between viewers of different scopes", async () => {
    const operator = await w.viewer(w.users.operatorX);
    const runs = vi.mocked(cancellable.runCancellable).mock.calls.length;
    const [agency, unit] = await Promise.all([complianceDashboard(admin, YEAR), complianceDashboard(operator, YEAR)]);
    expect(vi.mocked(cancellable.runCancellable).mock.calls.length - runs).toBe(2);
    expect(unit.total.headcount).toBeLessThan(agency.total.headcount);
  });
});
