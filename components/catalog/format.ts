// Display helpers shared by the catalog components. Pure: dates come from lib/i18n/format.ts.
import { formatDate, type Locale, localeTag } from "@/lib/i18n/format";
import { calendarToday, DEFAULT_TIME_ZONE } from "@/lib/time";
import { dateTimeFormat } from "@/lib/i18n/intl";

const timeFormatter = dateTimeFormat("en-GB", { timeZone: DEFAULT_TIME_ZONE, hour: "2-digit", minute: "2-digit", hourCycle: "h23" });

/** A moment (a registration deadline) on the agency's wall clock: "12 Agustus 2024, 23:59 WIB". */
export function formatDateTime(moment: Date, locale: Locale): string {
  return `${formatDate(calendarToday(moment), locale)}, ${timeFormatter.format(moment)} WIB`;
}

/** "Desember 2026" from "2026-12". */
export function formatMonth(month: string, locale: Locale): string {
  const year = Number(month.slice(0, 4));
  const index = Number(month.slice(5, 7));
  return dateTimeFormat(localeTag(locale), { month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(Date.UTC(year, index - 1, 1)),
  );
}
