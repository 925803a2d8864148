import { localeTag, type Locale } from "@/lib/i18n/format";

/** A gap average with one decimal ("1,0" in Bahasa Indonesia); a dash when nobody was assessed. */
export function formatAverage(value: number | null, locale: Locale): string {
  return value === null ? "–" : new Intl.NumberFormat(localeTag(locale), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
}
