export function ensureAuthSecret(options: { production: boolean }): string;
export function ensurePrismaClient(): Promise<void>;
export function migrate(url: string): Promise<void>;
export function isEmpty(url: string): Promise<boolean>;
export function seed(url: string, options?: { env?: Record<string, string> }): Promise<void>;
export function ensureBuild(options: { log: (message: string) => void; typesChecked?: boolean }): Promise<void>;
