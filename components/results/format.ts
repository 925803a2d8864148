import { localeTag as tag, type Locale } from "@/lib/i18n/format";
import { numberFormat } from "@/lib/i18n/intl";

// Level-4 values as shown and as put back into an input. Pure, for server and client components.

/** "87,5%" or "14 hari": the value in the indicator's own measure. */
export function formatValue(n: number, measure: string, locale: Locale, signed = false): string {
  const text = numberFormat(tag(locale), { maximumFractionDigits: 2, signDisplay: signed ? "exceptZero" : "auto" }).format(n);
  return measure === "%" ? `${text}%` : `${text} ${measure}`;
}

/** "+15%" relative to the baseline. */
export function formatRelative(relative: number, locale: Locale): string {
  return numberFormat(tag(locale), { style: "percent", maximumFractionDigits: 1, signDisplay: "exceptZero" }).format(relative);
}

/** The value as an input shows it, without grouping: "87,5" in Indonesian, "87.5" in English. */
export function inputValue(n: number | null, locale: Locale): string {
  if (n === null) return "";
  return numberFormat(tag(locale), { maximumFractionDigits: 2, useGrouping: false }).format(n);
}

export const isoDate = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");
