import "server-only";
import { createHash } from "node:crypto";
import pg from "pg";
import { Prisma } from "@/lib/generated/prisma/client";
import { dbPool } from "@/lib/db";

// A transaction on a pg client from Prisma's own pool, for commands whose statements are all hand-written SQL
// (decision 0044). Prisma's interactive transaction costs about four times the driver's CPU for the same
// statements, and a registration rush is made of nothing else. The commands see the same two methods as on
// Prisma's `tx` (`$queryRaw`, `$executeRaw`, tagged templates or Prisma.sql), and get the same values back.

/** What a hand-written-SQL command may do with its transaction; Prisma's `tx` has the same two methods. */
export interface SqlTx {
  $queryRaw<T = unknown>(query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]): Promise<T>;
  $executeRaw(query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]): Promise<number>;
}

const utcTimestamp = (text: string) => new Date(`${text.replace(" ", "T")}Z`);
const utcDate = (text: string) => new Date(`${text}T00:00:00Z`);
const decimal = (text: string) => new Prisma.Decimal(text);
// pg-types' array parser, as it is at run time (its typings describe another version).
const arrayParser = pg.types.arrayParser as unknown as { create(text: string, item: (text: string) => unknown): { parse(): unknown[] } };
const arrayOf = (item: (text: string) => unknown) => (text: string) => arrayParser.create(text, item).parse();

// As Prisma's $queryRaw reads them: timestamps and dates without a zone are UTC, int8 a BigInt, numeric a Decimal.
const PARSERS: Record<number, (text: string) => unknown> = {
  1114: utcTimestamp, 1115: arrayOf(utcTimestamp),
  1082: utcDate, 1182: arrayOf(utcDate),
  20: BigInt, 1016: arrayOf(BigInt),
  1700: decimal, 1231: arrayOf(decimal),
};

const TYPES = {
  getTypeParser: (oid: number, format?: string) =>
    PARSERS[oid] ?? (pg.types.getTypeParser as (oid: number, format?: string) => unknown)(oid, format),
};

/** Values as Prisma sends them: a Date as its UTC instant (pg would write the server's local time). */
const toParameter = (value: unknown) => (value instanceof Date ? value.toISOString() : value);

function statement(query: TemplateStringsArray | Prisma.Sql, values: unknown[]): Prisma.Sql {
  return query instanceof Prisma.Sql ? query : Prisma.sql(query, ...(values as Prisma.Sql[]));
}

/** The driver's form of a statement, read back as Prisma reads it; named, it is prepared on its connection. */
const queryConfig = (sql: Prisma.Sql, name?: string) =>
  ({ ...(name ? { name } : {}), text: sql.text, values: sql.values.map(toParameter), types: TYPES }) as pg.QueryConfig;

function sqlTx(client: pg.Pool | pg.PoolClient): SqlTx {
  const run = (query: TemplateStringsArray | Prisma.Sql, values: unknown[]) => client.query(queryConfig(statement(query, values)));
  return {
    $queryRaw: async <T>(query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]) => (await run(query, values)).rows as T,
    $executeRaw: async (query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]) => (await run(query, values)).rowCount ?? 0,
  };
}

/** Outside a transaction: each statement on whichever pooled connection is free. */
export type LeanDb = SqlTx & {
  /**
   * A read that runs on every request of a page (the viewer's load, the catalog's gaps) as a prepared statement:
   * each connection parses it once and, after PostgreSQL's first few executions, reuses a generic plan instead of
   * planning again. Planning was most of what such a read cost PostgreSQL: the catalog's gaps read took 2.4 ms to
   * plan and 0.9 ms to run. Named after its text, so a changed text is another statement.
   */
  $queryPrepared<T = unknown>(query: Prisma.Sql): Promise<T>;
};

const preparedName = (text: string) => `bangkom_${createHash("sha1").update(text).digest("hex").slice(0, 20)}`;

export function leanDb(): LeanDb {
  const pool = dbPool();
  return {
    ...sqlTx(pool),
    $queryPrepared: async <T>(query: Prisma.Sql) => (await pool.query(queryConfig(query, preparedName(query.text)))).rows as T,
  };
}

/**
 * Runs `work` in one transaction: COMMIT when it returns, ROLLBACK when it throws. A transaction still open after
 * `timeoutMs` loses its connection, which PostgreSQL rolls back, and fails like Prisma's does.
 */
export async function runSqlTransaction<R>(work: (tx: SqlTx) => Promise<R>, timeoutMs: number): Promise<R> {
  const client = await dbPool().connect();
  // A connection lost mid-transaction also emits "error" on the client; unheard, that would end the process. The
  // statement in flight rejects too, and the connection is closed rather than pooled again (below).
  let lost: Error | undefined;
  const onError = (error: Error) => { lost = error; };
  client.on("error", onError);
  let expired = false;
  const timer = setTimeout(() => {
    expired = true;
    client.release(new Error("transaction time limit"));
  }, timeoutMs);
  try {
    await client.query("BEGIN");
    const result = await work(sqlTx(client));
    await client.query("COMMIT");
    return result;
  } catch (error) {
    if (!expired) await client.query("ROLLBACK").catch((rollbackError: Error) => { lost ??= rollbackError; });
    throw expired ? new Error(`Transaction expired after ${timeoutMs} ms`, { cause: error }) : error;
  } finally {
    clearTimeout(timer);
    client.removeListener("error", onError);
    if (!expired) client.release(lost);
  }
}
