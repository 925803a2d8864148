// Display helpers shared by the team, attendance and teaching screens.
import { clock } from "@/lib/catalog/rules";
import { formatDate, type Locale } from "@/lib/i18n/format";

/** "12 Agustus 2024" for one day, "12 Agustus 2024 – 13 Desember 2024" for a range. */
export function dateRange(start: Date, end: Date, locale: Locale): string {
  const from = formatDate(start, locale);
  return start.getTime() === end.getTime() ? from : `${from} – ${formatDate(end, locale)}`;
}

/** "08:00–10:00" from minutes after midnight. */
export function timeRange(startMinute: number, endMinute: number): string {
  return `${clock(startMinute)}–${clock(endMinute)}`;
}
