// External training: pure rules for the certificate file, the duration typed in minutes or JP, and the
// "likely duplicate" keys. No I/O here; the commands and the schema call these.
import { jpToMinutes } from "@/lib/ledger/rules";

/** The certificate file may be at most 5 MB (5 × 1024 × 1024 bytes). */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export const FILE_TYPES = ["application/pdf", "image/jpeg", "image/png"] as const;
export type ExternalFileType = (typeof FILE_TYPES)[number];

/** What the browser may offer in its file picker; the real check is `sniffFileType`. */
export const FILE_ACCEPT = "application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png";

const MAGIC: readonly [ExternalFileType, readonly number[]][] = [
  ["application/pdf", [0x25, 0x50, 0x44, 0x46, 0x2d]], // "%PDF-"
  ["image/jpeg", [0xff, 0xd8, 0xff]],
  ["image/png", [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
];

/**
 * The file's type from its first bytes (its content), never from its name or the browser's MIME type:
 * a renamed .exe ("MZ…") or an HTML page called sertifikat.pdf is null.
 */
export function sniffFileType(bytes: Uint8Array): ExternalFileType | null {
  for (const [type, magic] of MAGIC) {
    if (bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b)) return type;
  }
  return null;
}

const EXTENSIONS: Record<ExternalFileType, readonly string[]> = {
  "application/pdf": ["pdf"],
  "image/jpeg": ["jpg", "jpeg"],
  "image/png": ["png"],
};

/** The extension a stored file gets: ".pdf", ".jpg", ".png". */
export function extensionFor(type: ExternalFileType): string {
  return `.${EXTENSIONS[type][0]}`;
}

const MAX_NAME_LENGTH = 120;

/**
 * The name shown and offered on download: no folders, no control or reserved characters, at most 120
 * characters, and an extension that matches the content ("sertifikat.exe" holding a PDF becomes
 * "sertifikat.exe.pdf").
 */
export function sanitizeFileName(name: string, type: ExternalFileType): string {
  const base = (name.split(/[\\/]/).pop() ?? "")
    .normalize("NFKC")
    .replace(/[\u0000-\u001f\u007f"*:<>?|;]/g, "")
    .replace(/\s+/g, " ")
    .replace(/^[\s.]+|[\s.]+$/g, "");
  const dot = base.lastIndexOf(".");
  const extension = dot > 0 ? base.slice(dot + 1).toLowerCase() : "";
  const named = base || "sertifikat";
  const full = EXTENSIONS[type].includes(extension) ? named : `${named}${extensionFor(type)}`;
  if (full.length <= MAX_NAME_LENGTH) return full;
  const ext = EXTENSIONS[type].includes(extension) ? `.${extension}` : extensionFor(type);
  return `${full.slice(0, MAX_NAME_LENGTH - ext.length).trimEnd()}${ext}`;
}

/** `inline; filename="…"; filename*=UTF-8''…`: an ASCII fallback plus the exact (sanitised) UTF-8 name. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `inline; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** Where a certificate is kept: one folder per agency, one fresh name per submission. */
export function storageKey(agencyId: string, fileId: string, type: ExternalFileType): string {
  return `external/${agencyId}/${fileId}${extensionFor(type)}`;
}

// ---- duplicates ----------------------------------------------------------------------------------------

/** Titles compared without regard to case or spaces: "Bimtek  SPBE" = "bimtek spbe" = "BimtekSPBE". */
export function titleKey(title: string): string {
  return title.normalize("NFKC").toLocaleLowerCase("id").replace(/\s+/g, "");
}

/** Certificate numbers compared without regard to case or spaces: "No. 12/BKPP" = "no.12/bkpp". */
export function certificateKey(number: string): string {
  return number.normalize("NFKC").toUpperCase().replace(/\s+/g, "");
}

/** How a typed text is stored: NFKC, trimmed, inner runs of spaces collapsed to one. */
export function tidyText(text: string): string {
  return text.normalize("NFKC").replace(/\s+/g, " ").trim();
}

export type TrainingKey = { employeeId: string; title: string; startDate: Date; endDate: Date };

/** The same employee, the same title (case and spaces aside) and the same dates: likely the same training. */
export function isSameTraining(a: TrainingKey, b: TrainingKey): boolean {
  return (
    a.employeeId === b.employeeId &&
    a.startDate.getTime() === b.startDate.getTime() &&
    a.endDate.getTime() === b.endDate.getTime() &&
    titleKey(a.title) === titleKey(b.title)
  );
}

export type DuplicateReason = "certificate" | "sameTraining";

// ---- dates and duration --------------------------------------------------------------------------------

/** "2025-03-10" → UTC midnight, or null for anything that is not a real calendar date. */
export function parseIsoDate(text: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real && year >= 1970 ? date : null;
}

/** Days from start to end, both included: 10–11 March is 2 days. */
export function daysIncluded(start: Date, end: Date): number {
  return Math.round((end.getTime() - start.getTime()) / 86_400_000) + 1;
}

/** More minutes than the days hold (24 hours each) cannot be right. */
export function maxMinutesFor(start: Date, end: Date): number {
  return Math.max(0, daysIncluded(start, end)) * 24 * 60;
}

export type DurationField = "minutes" | "jp";
export type DurationProblem = "missing" | "both" | "notWholeNumber" | "notNumber" | "notPositive";
export type DurationResult = { ok: true; minutes: number } | { ok: false; field: DurationField; problem: DurationProblem };

const blank = (v: unknown) => v === undefined || v === null || (typeof v === "string" && v.trim() === "");

/**
 * The duration from what was typed: whole minutes, or JP ("2,67" or "2.67", at most two decimals) converted
 * once with `jpToMinutes` (2,67 JP is 120 minutes). Zero, negative or unreadable values are refused.
 */
export function minutesFromInput(input: { minutes?: unknown; jp?: unknown }): DurationResult {
  const hasMinutes = !blank(input.minutes);
  const hasJp = !blank(input.jp);
  if (hasMinutes && hasJp) return { ok: false, field: "minutes", problem: "both" };
  if (!hasMinutes && !hasJp) return { ok: false, field: "minutes", problem: "missing" };
  if (hasMinutes) {
    const text = String(input.minutes).trim();
    if (!/^[-+]?\d+$/.test(text)) return { ok: false, field: "minutes", problem: "notWholeNumber" };
    const minutes = Number(text);
    if (!Number.isSafeInteger(minutes) || minutes <= 0) return { ok: false, field: "minutes", problem: "notPositive" };
    return { ok: true, minutes };
  }
  const text = String(input.jp).trim().replace(",", ".");
  if (!/^[-+]?\d+(\.\d{1,2})?$/.test(text)) return { ok: false, field: "jp", problem: "notNumber" };
  const jp = Number(text);
  if (!(jp > 0)) return { ok: false, field: "jp", problem: "notPositive" };
  const minutes = jpToMinutes(jp);
  return minutes > 0 ? { ok: true, minutes } : { ok: false, field: "jp", problem: "notPositive" };
}
