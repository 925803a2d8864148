import "server-only";
import { randomUUID } from "node:crypto";
import pg from "pg";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";
import { requestAbortSignal } from "@/lib/http/request-context";

export { tagged } from "./tag";

// Heavy read statements (the compliance dashboard over a province) run with a statement timeout, and stop in
// PostgreSQL when the client that asked for them goes away. Without this, PostgreSQL kept computing abandoned
// dashboards for 20 s after their clients had timed out (issue 11).
//
// How: the statement carries a unique tag as its first comment and runs in a transaction with
// SET LOCAL statement_timeout. When the request's AbortSignal (lib/http/request-context.ts) fires, the backend
// whose pg_stat_activity.query holds the tag is cancelled with pg_cancel_backend. The cancel goes through a pool
// of its own (at most two connections), so it is never queued behind the busy dashboards it is meant to stop.

/** Why a heavy statement did not answer: it ran past the timeout, or its client left and it was cancelled. */
export class StatementStopped extends Error {
  constructor(readonly reason: "timeout" | "abandoned") {
    super(reason === "timeout" ? "the statement ran past its statement_timeout" : "the client left; the statement was cancelled");
    this.name = "StatementStopped";
  }
}

export const isStatementStopped = (e: unknown): e is StatementStopped => e instanceof StatementStopped;

/** For a page's `.catch`: a stopped statement becomes `{ stopped: reason }`, anything else is thrown on. */
export function stoppedOrThrow(error: unknown): { stopped: StatementStopped["reason"] } {
  if (isStatementStopped(error)) return { stopped: error.reason };
  throw error;
}

/** PostgreSQL's query_canceled (statement timeout or pg_cancel_backend), however Prisma and the adapter wrap it. */
function isQueryCanceled(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && typeof e === "object" && depth < 5; depth++) {
    const x = e as { code?: unknown; meta?: { code?: unknown }; message?: unknown; cause?: unknown; originalCode?: unknown };
    if (x.code === "57014" || x.meta?.code === "57014" || x.originalCode === "57014") return true;
    if (typeof x.message === "string" && /canceling statement due to (statement timeout|user request)/.test(x.message)) return true;
    e = x.cause;
  }
  return false;
}

const globalForCancel = globalThis as unknown as { bangkomCancelPool?: pg.Pool };

function cancelPool(): pg.Pool {
  if (!globalForCancel.bangkomCancelPool) {
    const pool = new pg.Pool({ connectionString: env().DATABASE_URL, max: 2, idleTimeoutMillis: 10_000, allowExitOnIdle: true });
    pool.on("error", () => {}); // an idle connection dropped by the server is not news; the next cancel opens another
    globalForCancel.bangkomCancelPool = pool;
  }
  return globalForCancel.bangkomCancelPool;
}

/** Cancels the running statements (other than this one) whose text holds the tag; how many were signalled. */
export async function cancelTagged(tag: string): Promise<number> {
  const { rows } = await cancelPool().query<{ n: number }>(
    `SELECT count(*) FILTER (WHERE pg_cancel_backend(pid))::int AS n FROM pg_stat_activity
     WHERE datname = current_database() AND pid <> pg_backend_pid() AND state = 'active' AND position($1 in query) > 0`,
    [`/* ${tag} */`],
  );
  return rows[0]?.n ?? 0;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Cancels until the statement has settled: the abort may come before the statement reaches the server (it is
 * still waiting for a connection, or for the SET before it), so one attempt that finds nothing is not enough.
 */
async function cancelUntilSettled(tag: string, settled: () => boolean, giveUpAfterMs: number): Promise<void> {
  const until = Date.now() + giveUpAfterMs;
  while (!settled() && Date.now() < until) {
    try {
      await cancelTagged(tag);
    } catch (error) {
      console.error("[cancellable] could not cancel a statement", error);
    }
    await sleep(100);
  }
}

/** The statement timeout of heavy reads, in milliseconds (BANGKOM_STATEMENT_TIMEOUT_MS, default 10 s). */
export function statementTimeoutMs(): number {
  return env().BANGKOM_STATEMENT_TIMEOUT_MS;
}

/**
 * A heavy read scans and joins every ASN of the agency (100,000 in a province), and PostgreSQL's default costs of
 * starting parallel workers keep most of that work in one process on a machine whose other cores are idle. Lowered
 * for these statements only: a dashboard view at 100,000 ASN took about a fifth less time (bench/compliance).
 */
export const HEAVY_READ_SETTINGS = { parallel_setup_cost: "100", parallel_tuple_cost: "0.01" } as const;

const HEAVY_READ_PLANNING = Prisma.join(
  Object.entries(HEAVY_READ_SETTINGS).map(([name, value]) => Prisma.sql`set_config(${name}, ${value}, true)`),
);

/**
 * Runs one heavy read statement with the statement timeout, cancelled in PostgreSQL when `signal` (by default
 * the request's) aborts. `build` receives the tag to put first in the statement (see dashboardFiguresSql).
 * Throws StatementStopped when the statement timed out or was cancelled.
 */
export async function runCancellable<T>(
  build: (tag: string) => Prisma.Sql,
  opts: { signal?: AbortSignal; timeoutMs?: number } = {},
): Promise<T> {
  const signal = opts.signal ?? requestAbortSignal();
  const timeoutMs = opts.timeoutMs ?? statementTimeoutMs();
  if (signal?.aborted) throw new StatementStopped("abandoned");
  const tag = `bangkom-cancellable:${randomUUID()}`;
  let settled = false;
  const onAbort = () => void cancelUntilSettled(tag, () => settled, timeoutMs + 1_000);
  signal?.addEventListener("abort", onAbort, { once: true });
  try {
    // Prisma's own transaction limits (2 s to get a connection, 5 s in all) would end a busy dashboard before its
    // statement timeout: the wait for a connection may take as long as the timeout, and PostgreSQL stops the rest.
    const [, rows] = await db.$transaction(
      [db.$queryRaw`SELECT set_config('statement_timeout', ${String(timeoutMs)}, true), ${HEAVY_READ_PLANNING}`, db.$queryRaw<T>(build(tag))],
      { maxWait: timeoutMs, timeout: 2 * timeoutMs + 1_000 },
    );
    return rows;
  } catch (error) {
    if (isQueryCanceled(error)) throw new StatementStopped(signal?.aborted ? "abandoned" : "timeout");
    throw error;
  } finally {
    settled = true;
    signal?.removeEventListener("abort", onAbort);
  }
}
