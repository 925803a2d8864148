// Display helpers of the training pages (pure; dates via lib/i18n/format.ts).
import { type Locale, localeTag } from "@/lib/i18n/format";
import { DEFAULT_TIME_ZONE } from "@/lib/time";
import { dateTimeFormat, numberFormat } from "@/lib/i18n/intl";

const dateTime: Record<Locale, Intl.DateTimeFormat> = {
  id: dateTimeFormat("id-ID", { day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: DEFAULT_TIME_ZONE }),
  en: dateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: DEFAULT_TIME_ZONE }),
};

/** "1 Maret 2030 pukul 08.00 WIB": an instant on the agency's wall clock. */
export function formatDateTime(date: Date, locale: Locale): string {
  return `${dateTime[locale].format(date)} WIB`;
}

/** 1100 basis points → "11%", 1150 → "11,5%". */
export function formatTax(basisPoints: number, locale: Locale): string {
  return `${numberFormat(localeTag(locale), { maximumFractionDigits: 2 }).format(basisPoints / 100)}%`;
}

/** A tax percentage as typed ("11", "11,5", "11.5") in basis points; "" is 0; null when it is not 0–100. */
export function parseTaxPercent(text: string): number | null {
  const clean = text.trim().replace(",", ".");
  if (!clean) return 0;
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(clean)) return null;
  const basisPoints = Math.round(Number(clean) * 100);
  return basisPoints <= 10_000 ? basisPoints : null;
}

/** Rupiah as typed, with thousands dots or spaces ("143.000") → "143000"; other text is left for the schema to refuse. */
export function rupiahDigits(text: string): string {
  const clean = text.trim().replace(/^Rp\s?/i, "");
  return /^\d{1,3}([.\s]\d{3})+$/.test(clean) ? clean.replace(/[.\s]/g, "") : clean;
}

/** The ISO date of a stored calendar date (UTC midnight): "2030-03-02". */
export const isoDay = (date: Date) => date.toISOString().slice(0, 10);
