import { localeTag, type Locale } from "@/lib/i18n/format";
import { numberFormat } from "@/lib/i18n/intl";

/** A gap average with one decimal ("1,0" in Bahasa Indonesia); a dash when nobody was assessed. */
export function formatAverage(value: number | null, locale: Locale): string {
  return value === null ? "–" : numberFormat(localeTag(locale), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
}
