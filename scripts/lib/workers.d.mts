export declare const MAX_WORKERS: number;
export declare function workerCount(env?: Record<string, string | undefined>, cores?: number): number;
export declare const DEFAULT_WORKER_HEAP_MB: number;
export declare function workerHeapMb(env?: Record<string, string | undefined>): number;
