// How many requests a web server worker renders at once (BANGKOM_WORKER_CONCURRENCY, default 8); the rest wait
// their turn, first come first served. A worker is CPU-bound: past a few requests in flight more concurrency
// adds no throughput, only memory (every render in flight holds its tree and buffers; at 25 at once a worker
// grew past its heap) and longer tails. Static files pass without waiting.

export const DEFAULT_WORKER_CONCURRENCY = 8;

/** The limit from an environment; throws a clear message when BANGKOM_WORKER_CONCURRENCY is not 1–1000. */
export function workerConcurrency(env = process.env) {
  const raw = env.BANGKOM_WORKER_CONCURRENCY?.trim();
  if (!raw) return DEFAULT_WORKER_CONCURRENCY;
  if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > 1000) {
    throw new Error(`BANGKOM_WORKER_CONCURRENCY harus bilangan bulat 1 sampai 1000 (permintaan sekaligus per pekerja), bukan "${raw}"`);
  }
  return Number(raw);
}

/** Paths answered from files, which never wait for a turn. */
export function isStaticPath(url = "") {
  return url.startsWith("/_next/static/") || url === "/favicon.ico" || url.startsWith("/icons/");
}

/**
 * A FIFO gate: `enter(start, done)` calls `start` when a place is free; the caller calls the returned release
 * once the request is over (finished or abandoned). A request abandoned while waiting is given up with `skip`.
 */
export function createGate(limit) {
  let active = 0;
  const waiting = [];
  const next = () => {
    while (active < limit && waiting.length) {
      const item = waiting.shift();
      if (item.abandoned()) continue;
      active++;
      item.start();
    }
  };
  return {
    get active() {
      return active;
    },
    get waiting() {
      return waiting.length;
    },
    /** Runs `start` now or later; returns `release`, to call exactly once when the request is over. */
    enter(start, abandoned = () => false) {
      let started = false;
      let released = false;
      waiting.push({ start: () => ((started = true), start()), abandoned: () => released || abandoned() });
      next();
      return () => {
        if (released) return;
        released = true;
        if (started) active--;
        next();
      };
    },
  };
}
