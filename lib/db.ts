import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

// One client per server process. Kept on globalThis so dev-mode hot reloads do not open new pools.
const globalForPrisma = globalThis as unknown as { bangkomPrisma?: PrismaClient };

function createClient(): PrismaClient {
  // Compliance figures sort and hash about a hundred thousand rows per query at provincial scale; with the
  // default 4 MB of work memory those spill to disk (bench/compliance). Ten connections × 16 MB is modest.
  const adapter = new PrismaPg({ connectionString: env().DATABASE_URL, max: 10, options: "-c work_mem=16MB" });
  return new PrismaClient({ adapter, log: env().BANGKOM_LOG_QUERIES === "1" ? ["query"] : [] });
}

export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    globalForPrisma.bangkomPrisma ??= createClient();
    const value = Reflect.get(globalForPrisma.bangkomPrisma, property);
    return typeof value === "function" ? value.bind(globalForPrisma.bangkomPrisma) : value;
  },
});

export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
export type { PrismaClient };
