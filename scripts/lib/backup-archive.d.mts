export const FORMAT: string;
export type FileEntry = { path: string; size: number; sha256: string };
export type Manifest = {
  format: string;
  createdAt: string;
  app: { name: string; version: string };
  database: { postgres: string; migration: string | null; migrations: string[]; counts: Record<string, number> };
  files: FileEntry[];
  sealingKey: { id: string | null; sheetsUnderOtherKeys: number; oldKeys: number };
};
export function hashFiles(dir: string): FileEntry[];
export function packArchive(staging: string, out: string): Promise<void>;
export function unpackArchive(archive: string, into: string): Promise<Manifest>;
export function compareWithManifest(
  manifest: Pick<Manifest, "database" | "files" | "sealingKey">,
  actual: { counts: Record<string, number>; files: FileEntry[]; sealingKeyId: string | null },
): string[];
export function archiveName(date?: Date): string;
