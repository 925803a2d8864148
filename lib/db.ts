import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

// One client per server process, over one pool that the lean transactions of lib/sql-transaction.ts share. Kept on
// globalThis so dev-mode hot reloads do not open new pools.
const globalForPrisma = globalThis as unknown as { bangkomPrisma?: PrismaClient; bangkomPool?: pg.Pool };

function createClient(): PrismaClient {
  // Compliance figures sort and hash about a hundred thousand rows per query at provincial scale; with the
  // default 4 MB of work memory those spill to disk (bench/compliance). Ten connections × 16 MB is modest.
  // A request waits at most a minute for a free connection, in either kind of transaction (Prisma's maxWait).
  const pool = new pg.Pool({ connectionString: env().DATABASE_URL, max: 10, connectionTimeoutMillis: 60_000, options: "-c work_mem=16MB" });
  pool.on("error", (error) => console.error("[db] idle connection lost:", error.message));
  globalForPrisma.bangkomPool = pool;
  // Prisma's $disconnect still ends the pool, as it did when the adapter made it.
  const adapter = new PrismaPg(pool, { disposeExternalPool: true });
  return new PrismaClient({ adapter, log: env().BANGKOM_LOG_QUERIES === "1" ? ["query"] : [] });
}

export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    globalForPrisma.bangkomPrisma ??= createClient();
    const value = Reflect.get(globalForPrisma.bangkomPrisma, property);
    return typeof value === "function" ? value.bind(globalForPrisma.bangkomPrisma) : value;
  },
});

/** The pool under Prisma's client: the lean transactions take their connections from it, within the same limit. */
export function dbPool(): pg.Pool {
  globalForPrisma.bangkomPrisma ??= createClient();
  const pool = globalForPrisma.bangkomPool;
  if (!pool) throw new Error("A Prisma client was installed without its pool (globalThis.bangkomPool)");
  return pool;
}

export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
export type { PrismaClient };
