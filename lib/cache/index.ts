import "server-only";
import { env } from "@/lib/env";
import { SharedCache, type NotifyingTx } from "./shared-cache";

// The process's shared cache (./shared-cache.ts, decision 0016). It serves from memory only in the web server's
// workers (scripts/server.mjs sets BANGKOM_SHARED_CACHE=1); elsewhere (tests, scripts, `next dev`) every read goes
// to the database, while invalidations are always sent, so a script's change still reaches running servers.
// Kept on globalThis: Next's bundles may load this module more than once, and a process needs one listener.

const KEY = Symbol.for("bangkom.sharedCache");

function sharedCache(): SharedCache {
  const global = globalThis as { [KEY]?: SharedCache };
  return (global[KEY] ??= new SharedCache({
    connectionString: env().DATABASE_URL,
    enabled: process.env.BANGKOM_SHARED_CACHE === "1",
    log: (message) => console.warn(`[cache] ${message}`),
  }));
}

/** Tags say what a cached value was read from; every tag names one agency's rows. */
export const cacheTags = {
  /** Programs, their batches (all but seat counts) and rundowns, eligibility and competency links. */
  catalog: (agencyId: string) => `catalog:${agencyId}`,
  /** The agency's JP policies, every year. */
  policy: (agencyId: string) => `policy:${agencyId}`,
  /** The competency dictionary: competencies, their levels, position standards. */
  competency: (agencyId: string) => `competency:${agencyId}`,
};

/** `loader()`'s value, from this worker's memory while no worker has changed what `tags` name. Read-only. */
export function cached<T>(spec: { key: string; tags: readonly string[] }, loader: () => Promise<T>): Promise<T> {
  return sharedCache().get(spec, loader);
}

/** In the transaction that changes rows under `tags`: every worker forgets them once it commits. */
export function invalidate(tx: NotifyingTx, ...tags: string[]): Promise<void> {
  return sharedCache().invalidate(tx, tags);
}
