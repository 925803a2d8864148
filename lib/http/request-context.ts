import { AsyncLocalStorage } from "node:async_hooks";

// What the web server knows about the request being served that Next does not pass on: whether the client is
// still waiting. scripts/server.mjs runs every request inside this store (the same instance, found through
// globalThis, because the server and Next's bundles load separate copies of this module) and aborts the signal
// when the client goes away before the response is finished. Long queries hand the signal to PostgreSQL.

export type RequestContext = { /** Aborted when the client disconnects before the response is complete. */ signal: AbortSignal };

const KEY = Symbol.for("bangkom.requestContext");

export function requestContextStore(): AsyncLocalStorage<RequestContext> {
  const global = globalThis as { [KEY]?: AsyncLocalStorage<RequestContext> };
  return (global[KEY] ??= new AsyncLocalStorage<RequestContext>());
}

/** The signal of the request being served, when it runs under scripts/server.mjs; undefined elsewhere (tests, jobs). */
export function requestAbortSignal(): AbortSignal | undefined {
  return requestContextStore().getStore()?.signal;
}
