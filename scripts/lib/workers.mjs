import os from "node:os";

// How many web server workers `npm start` (scripts/server.mjs) runs: BANGKOM_WORKERS, else one per core.

export const MAX_WORKERS = 64;

/** The worker count from an environment; throws a clear message when BANGKOM_WORKERS is not a whole number 1–64. */
export function workerCount(env = process.env, cores = os.availableParallelism()) {
  const raw = env.BANGKOM_WORKERS?.trim();
  if (!raw) return Math.max(1, Math.min(cores, MAX_WORKERS));
  if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > MAX_WORKERS) {
    throw new Error(`BANGKOM_WORKERS harus bilangan bulat 1 sampai ${MAX_WORKERS} (jumlah proses server web), bukan "${raw}"`);
  }
  return Number(raw);
}

export const DEFAULT_WORKER_HEAP_MB = 320;

/**
 * The old-space limit of each worker's heap (MB): BANGKOM_WORKER_HEAP_MB, else 320. Without a limit V8 sizes the
 * heap from the machine's memory and, under load, let each worker grow past 1.1 GB before collecting (bench/pages).
 */
export function workerHeapMb(env = process.env) {
  const raw = env.BANGKOM_WORKER_HEAP_MB?.trim();
  if (!raw) return DEFAULT_WORKER_HEAP_MB;
  if (!/^\d+$/.test(raw) || Number(raw) < 128 || Number(raw) > 65536) {
    throw new Error(`BANGKOM_WORKER_HEAP_MB harus bilangan bulat 128 sampai 65536 (MB per pekerja), bukan "${raw}"`);
  }
  return Number(raw);
}
