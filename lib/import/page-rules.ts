// Pure rules of the import pages: which uploads the form accepts before sending them to the pipeline, which
// list of a run's dry run is shown, and how a download is named. No I/O; tests/unit/import-page-rules.test.ts.
import type { ImportSummary } from "./run-summary";

export const ACCEPTED_EXTENSIONS = [".csv", ".xlsx"] as const;
/** What the file input offers in the picker (the server checks again: a picker filter is only a hint). */
export const ACCEPT_ATTRIBUTE = ".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export type UploadCheck = { ok: true } | { ok: false; reason: "fileRequired" | "fileEmpty" | "fileType" | "fileTooLarge" };

/** An upload's name and size, judged before its bytes are read: a .csv or .xlsx, not empty, within the limit. */
export function checkUpload(file: { name: string; size: number } | null, maxBytes: number): UploadCheck {
  if (!file || (!file.name && file.size === 0)) return { ok: false, reason: "fileRequired" };
  const name = file.name.toLowerCase().trim();
  if (!ACCEPTED_EXTENSIONS.some((ext) => name.endsWith(ext))) return { ok: false, reason: "fileType" };
  if (file.size === 0) return { ok: false, reason: "fileEmpty" };
  if (file.size > maxBytes) return { ok: false, reason: "fileTooLarge" };
  return { ok: true };
}

/** The lists of a run's page, by their URL names. */
export const RUN_TABS = ["baru", "berubah", "hilang", "galat", "peringatan"] as const;
export type RunTab = (typeof RUN_TABS)[number];

export type TabCounts = Record<RunTab, number>;

export function tabCounts(summary: ImportSummary | null, problems: { errors: number; warnings: number }): TabCounts {
  const c = summary?.counts;
  return { baru: c?.creates ?? 0, berubah: c?.updates ?? 0, hilang: c?.missing ?? 0, galat: problems.errors, peringatan: problems.warnings };
}

/**
 * The list to show: the one asked for when it has anything, else the errors when there are any (they block the
 * apply), else the first list with something in it, else the new records.
 */
export function activeTab(requested: string | undefined, counts: TabCounts): RunTab {
  const asked = RUN_TABS.find((t) => t === requested);
  if (asked && counts[asked] > 0) return asked;
  if (counts.galat > 0) return "galat";
  return RUN_TABS.find((t) => counts[t] > 0) ?? "baru";
}

/** A page of an in-memory list (the dry run's sampled records). */
export function slicePage<T>(rows: readonly T[], page: number, pageSize: number): { rows: T[]; page: number; pages: number; from: number; to: number } {
  const pages = Math.max(1, Math.ceil(rows.length / pageSize));
  const current = Math.min(Math.max(1, page), pages);
  const start = (current - 1) * pageSize;
  const slice = rows.slice(start, start + pageSize);
  return { rows: slice, page: current, pages, from: slice.length ? start + 1 : 0, to: start + slice.length };
}

/** `attachment` with an ASCII fallback name and the exact name in RFC 5987 form (a file name may hold any letter). */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/[^\x20-\x7e]/g, "_").replace(/["\\;]/g, "_");
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** A date input's value: yyyy-mm-dd of a real day, or null when empty. Anything else is `false`. */
export function optionalIsoDate(raw: unknown): string | null | false {
  if (raw === null || raw === undefined || raw === "") return null;
  if (typeof raw !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(raw)) return false;
  const date = new Date(`${raw}T00:00:00.000Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === raw ? raw : false;
}
