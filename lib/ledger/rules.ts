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
