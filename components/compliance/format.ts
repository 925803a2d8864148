// Display arithmetic of the compliance dashboard. Pure; every share is over the ASN with an obligation
// (at least one active month), never over the headcount, because exempt ASN have no target to meet.
import type { Locale } from "@/lib/i18n/format";
import { numberFormat } from "@/lib/i18n/intl";

/** part ÷ whole as a ratio, or null when there is nobody to divide by (shown as "—", not as 0%). */
export function shareOf(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

const percentFormatters: Record<Locale, Intl.NumberFormat> = {
  id: numberFormat("id-ID", { style: "percent", maximumFractionDigits: 1 }),
  en: numberFormat("en-GB", { style: "percent", maximumFractionDigits: 1 }),
};

/** "45,6%" (id) or "45.6%" (en); "—" when there is no share. */
export function formatShare(ratio: number | null, locale: Locale = "id"): string {
  return ratio === null || !Number.isFinite(ratio) ? "—" : percentFormatters[locale].format(ratio);
}

export type StatusFigures = { obligated: number; compliant: number; onTrack: number; atRisk: number; nonCompliant: number };

/**
 * The shares of a row by status, summing to 1 over the obligated ASN. Before the year ends nobody is
 * NON_COMPLIANT; after it nobody is ON_TRACK or AT_RISK, so "behind" is whichever of the two applies.
 */
export function statusShares(row: StatusFigures) {
  const share = (n: number) => shareOf(n, row.obligated) ?? 0;
  return {
    compliant: share(row.compliant),
    onTrack: share(row.onTrack),
    atRisk: share(row.atRisk),
    nonCompliant: share(row.nonCompliant),
    behind: share(row.atRisk + row.nonCompliant),
  };
}

/** The four equity buckets (0, 1, 2, 3+ trainings) as shares of the ASN counted in them. */
export function bucketShares(buckets: readonly number[]): (number | null)[] {
  const people = buckets.reduce((sum, n) => sum + n, 0);
  return buckets.map((n) => shareOf(n, people));
}

/** A long OPD name cut to fit a chart axis ("Dinas Komunikasi, Info…"); the table shows it whole. */
export function shortLabel(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(1, max - 1)).trimEnd()}…`;
}
