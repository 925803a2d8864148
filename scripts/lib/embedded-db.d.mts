export type EmbeddedServer = { pid: number | undefined; dataDir: string; url(database: string): string; stop(): Promise<void> };
export function startEmbeddedPostgres(options: { dataDir: string; fallbackDataDir?: string; port: number; log?: (message: string) => void }): Promise<EmbeddedServer>;
export const SHARED_ROOT: string;
export function reachableBy(target: string, user: { uid?: number; gid?: number }): boolean;
export function ensureDatabase(adminUrl: string, name: string, options?: { template?: string }): Promise<boolean>;
export function portIsFree(port: number): Promise<boolean>;
export function sharedBuffersMb(totalBytes?: number): number;
