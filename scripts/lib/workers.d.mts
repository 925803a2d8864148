export declare const MAX_WORKERS: number;
export declare function workerCount(env?: Record<string, string | undefined>, cores?: number): number;
