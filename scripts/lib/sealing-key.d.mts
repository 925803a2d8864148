export const SEALING_KEY_FILE: string;
export function ensureSealingKey(options?: { log?: (message: string) => void }): string;
export function sealingKeyIdOf(base64: string): string;
export function readSealingKey(): string | null;
