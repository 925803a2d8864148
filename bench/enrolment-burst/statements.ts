// Counting SQL statements honestly: PostgreSQL's own pg_stat_statements, loaded at server start
// (shared_preload_libraries, set with ALTER SYSTEM on the bench's private server, which is then restarted).
// It counts every statement any client ran in the bench database, BEGIN and COMMIT included (track_utility is on
// by default), whether the product's viewer load, its transaction or a page re-rendered after the action.
import type pg from "pg";

type Server = { pid?: number; url(database: string): string; stop(): Promise<void> };

/** Restarts the bench's server once if pg_stat_statements is not loaded yet. */
export async function withStatementCounting(start: () => Promise<Server>, admin: (server: Server) => pg.Client): Promise<Server> {
  let server = await start();
  const client = admin(server);
  await client.connect();
  const { rows } = await client.query("SHOW shared_preload_libraries");
  if (!String(rows[0].shared_preload_libraries).includes("pg_stat_statements")) {
    await client.query("ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'");
    await client.end();
    await server.stop();
    server = await start();
  } else await client.end();
  return server;
}

export type Tally = { total: number; top: { calls: number; query: string }[] };

export async function resetCount(sql: pg.Pool): Promise<void> {
  await sql.query("SELECT pg_stat_statements_reset()");
}

/** Statements run in this database since the last reset, the reset and this read left out. */
export async function readCount(sql: pg.Pool): Promise<Tally> {
  const { rows } = await sql.query(
    `SELECT calls::int AS calls, query FROM pg_stat_statements
     WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) AND query NOT ILIKE '%pg_stat_statements%'
     ORDER BY calls DESC`);
  return { total: rows.reduce((n, r) => n + r.calls, 0), top: rows.slice(0, 12) };
}

export function describe(t: Tally, per: number): string {
  return t.top.map((r) => `      ${(r.calls / per).toFixed(2).padStart(5)} × ${r.query.replace(/\s+/g, " ").slice(0, 110)}`).join("\n");
}
