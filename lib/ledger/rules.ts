// JP arithmetic. Minutes are stored as integers; JP (45 minutes) is only ever derived for display.
import type { Locale } from "@/lib/i18n/format";

export const MINUTES_PER_JP = 45;

/** "2,67" (id) or "2.67" (en): JP with two decimals, rounded half up from whole minutes. */
export function jpNumber(minutes: number, locale: Locale = "id"): string {
  const hundredths = Math.round((Math.abs(minutes) * 100) / MINUTES_PER_JP);
  const text = `${Math.floor(hundredths / 100)}${locale === "id" ? "," : "."}${String(hundredths % 100).padStart(2, "0")}`;
  return minutes < 0 ? `-${text}` : text;
}

/** "15,33 JP" */
export function formatJp(minutes: number, locale: Locale = "id"): string {
  return `${jpNumber(minutes, locale)} JP`;
}

/** "120 menit (2,67 JP)": how agencies write a session's length. */
export function formatMinutesJp(minutes: number, locale: Locale = "id"): string {
  return `${minutes} ${locale === "id" ? "menit" : "min"} (${formatJp(minutes, locale)})`;
}

/** A JP figure someone typed, converted to minutes once: 2.67 JP is 120 minutes, not 120.15. */
export function jpToMinutes(jp: number): number {
  if (!Number.isFinite(jp) || jp < 0) throw new RangeError("JP must be a non-negative number");
  return Math.round(jp * MINUTES_PER_JP);
}

/** An entry belongs to the calendar year of its date (a batch's last day, an external training's end). */
export function ledgerYear(date: Date): number {
  return date.getUTCFullYear();
}

export type LedgerLine = { minutes: number; batchId?: string | null };

/** Net minutes credited for one batch: credits minus reversals. Zero means "not credited" (again). */
export function netMinutes(entries: readonly LedgerLine[]): number {
  return entries.reduce((sum, e) => sum + e.minutes, 0);
}

// ---- an admin's correction of one person's ledger (decision 0027) ------------------------------------------

/** A correction's reason: at least 10 characters (a few words, a letter's number), at most 500. */
export const CORRECTION_REASON_MIN = 10;
export const CORRECTION_REASON_MAX = 500;

export type CorrectionAmountProblem = "missing" | "jpNumber" | "minutesWhole" | "zero";
export type CorrectionAmount = { ok: true; minutes: number } | { ok: false; field: "jp" | "minutes"; problem: CorrectionAmountProblem };

const blank = (v: unknown) => v === undefined || v === null || (typeof v === "string" && v.trim() === "");

/**
 * The signed minutes of a correction typed as JP and/or minutes ("2" JP and "15" minutes = 105 minutes), added
 * (+) or taken back (−). JP takes at most two decimals ("2,67" = 120 minutes), converted once with jpToMinutes.
 */
export function correctionMinutes(input: { direction: "add" | "subtract"; jp?: unknown; minutes?: unknown }): CorrectionAmount {
  if (blank(input.jp) && blank(input.minutes)) return { ok: false, field: "jp", problem: "missing" };
  let total = 0;
  if (!blank(input.jp)) {
    const text = String(input.jp).trim().replace(",", ".");
    if (!/^\d{1,4}(\.\d{1,2})?$/.test(text)) return { ok: false, field: "jp", problem: "jpNumber" };
    total += jpToMinutes(Number(text));
  }
  if (!blank(input.minutes)) {
    const text = String(input.minutes).trim();
    if (!/^\d{1,6}$/.test(text)) return { ok: false, field: "minutes", problem: "minutesWhole" };
    total += Number(text);
  }
  if (total === 0) return { ok: false, field: blank(input.jp) ? "minutes" : "jp", problem: "zero" };
  return { ok: true, minutes: input.direction === "subtract" ? -total : total };
}

/** A correction may not take a person's year below zero: what it would leave, if that is negative. */
export function correctionRefusal(yearMinutes: number, correction: number): "belowZero" | null {
  return correction < 0 && yearMinutes + correction < 0 ? "belowZero" : null;
}

// ---- imported training history -------------------------------------------------------------------------

/**
 * What makes an imported training the same one again for one person (the NIP): its certificate number (case and
 * spaces aside) and its first and last day. Without a certificate number, the title stands in for it.
 */
export function importKey(entry: { certificateNumber: string | null; title: string; startDate: string; endDate: string }): string {
  const certificate = (entry.certificateNumber ?? "").normalize("NFKC").toUpperCase().replace(/\s+/g, "");
  const id = certificate ? `no:${certificate}` : `judul:${entry.title.normalize("NFKC").toLocaleLowerCase("id").replace(/\s+/g, "")}`;
  return `${id}|${entry.startDate}|${entry.endDate}`;
}
