export type AttachedDatabase = { url: string; embedded: boolean; stop: () => Promise<void> };
export function embeddedDataDirs(): string[];
export function runningServer(dataDir: string): { pid: number; port: number } | null;
export function attachDatabase(options?: { log?: (message: string) => void }): Promise<AttachedDatabase>;
