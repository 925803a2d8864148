export type EmbeddedServer = { pid: number | undefined; url(database: string): string; stop(): Promise<void> };
export function startEmbeddedPostgres(options: { dataDir: string; port: number; log?: (message: string) => void }): Promise<EmbeddedServer>;
export function ensureDatabase(adminUrl: string, name: string, options?: { template?: string }): Promise<boolean>;
export function portIsFree(port: number): Promise<boolean>;
