export const SEALING_KEY_FILE: string;
export function ensureSealingKey(options?: { log?: (message: string) => void }): string;
