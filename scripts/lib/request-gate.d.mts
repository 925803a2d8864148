export declare const DEFAULT_WORKER_CONCURRENCY: number;
export declare function workerConcurrency(env?: Record<string, string | undefined>): number;
export declare function isStaticPath(url?: string): boolean;
export declare function createGate(limit: number): {
  readonly active: number;
  readonly waiting: number;
  enter(start: () => void, abandoned?: () => boolean): () => void;
};
