// Pure formatting helpers: Indonesian dates, Rupiah, and message interpolation.
import { dateTimeFormat, numberFormat } from "@/lib/i18n/intl";

export type Locale = "id" | "en";
export const LOCALES: Locale[] = ["id", "en"];
export const DEFAULT_LOCALE: Locale = "id";

export function interpolate(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => (Object.hasOwn(values, key) ? String(values[key]) : match));
}

const dateFormatters: Record<Locale, Intl.DateTimeFormat> = {
  id: dateTimeFormat("id-ID", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }),
  en: dateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }),
};

/** `12 Agustus 2024`. Calendar dates are stored at UTC midnight, so they are formatted in UTC. */
export function formatDate(date: Date | string | null | undefined, locale: Locale = DEFAULT_LOCALE): string {
  if (!date) return "—";
  return dateFormatters[locale].format(typeof date === "string" ? new Date(date) : date);
}

/**
 * A span of calendar dates as the locale writes it: `12–14 Agustus 2024`, `12 Agustus – 13 Desember 2024`,
 * `12 Agustus 2024 – 3 Januari 2025`, or one date when start and end are the same day.
 */
export function formatDateRange(start: Date | string, end: Date | string, locale: Locale = DEFAULT_LOCALE): string {
  const from = typeof start === "string" ? new Date(start) : start;
  const to = typeof end === "string" ? new Date(end) : end;
  const key = `${locale} ${from.getTime()} ${to.getTime()}`;
  let text = formattedRanges.get(key);
  if (text === undefined) {
    text = dateFormatters[locale].formatRange(from, to);
    if (formattedRanges.size >= MAX_FORMATTED_RANGES) formattedRanges.clear();
    formattedRanges.set(key, text);
  }
  return text;
}

/**
 * formatRange builds ICU's interval format on every call (about 40 µs, against 2 µs for a date), and a page lists
 * the same few spans on every view: each span's text is kept, a bounded number of them.
 */
const formattedRanges = new Map<string, string>();
const MAX_FORMATTED_RANGES = 5_000;

/** `Rp143.248.000` from integer Rupiah. */
export function formatRupiah(amount: number | bigint): string {
  const digits = BigInt(amount) < 0n ? (-BigInt(amount)).toString() : BigInt(amount).toString();
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${BigInt(amount) < 0n ? "-" : ""}Rp${grouped}`;
}

export function formatNumber(n: number, locale: Locale = DEFAULT_LOCALE): string {
  return numberFormat(localeTag(locale)).format(n);
}

/** The BCP 47 tag numbers and dates are formatted with. */
export const localeTag = (locale: Locale) => (locale === "id" ? "id-ID" : "en-GB");

/** `4,25` (id) or `4.25` (en) with a fixed number of decimals; `+12,5` when signed; "—" when there is no number. */
export function formatDecimal(n: number | null | undefined, locale: Locale = DEFAULT_LOCALE, options: { decimals?: number; signed?: boolean } = {}): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return "—";
  const decimals = options.decimals ?? 2;
  return numberFormat(localeTag(locale), {
    minimumFractionDigits: decimals, maximumFractionDigits: decimals, signDisplay: options.signed ? "exceptZero" : "auto",
  }).format(n);
}

/** A change with its sign: "+20", "−5" (a true minus sign), "0"; "—" when there is none. */
export function formatGain(n: number | null | undefined, locale: Locale = DEFAULT_LOCALE, decimals = 0): string {
  return formatDecimal(n, locale, { decimals, signed: true }).replace("-", "−");
}

/** A share 0–1 as `66,7%` (id) or `66.7%` (en); "—" when there is none. */
export function formatPercent(ratio: number | null | undefined, locale: Locale = DEFAULT_LOCALE): string {
  if (ratio === null || ratio === undefined || !Number.isFinite(ratio)) return "—";
  return numberFormat(localeTag(locale), { style: "percent", maximumFractionDigits: 1 }).format(ratio);
}
