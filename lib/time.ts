// Calendar dates. Dates without a time (birth, TMT, end of service, a batch's days) are stored as
// UTC midnight; "today" is the date on the agency's wall clock, by default WIB (Asia/Jakarta).
import { dateTimeFormat } from "@/lib/i18n/intl";

export const DEFAULT_TIME_ZONE = "Asia/Jakarta";

/** Today's calendar date in the given zone, as UTC midnight, comparable with stored dates. */
export function calendarToday(now: Date = new Date(), timeZone: string = DEFAULT_TIME_ZONE): Date {
  const parts = dateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
  return new Date(`${parts}T00:00:00Z`);
}

export type WallClock = { /** Today's calendar date, UTC midnight. */ date: Date; /** Minutes since local midnight. */ minute: number };

/** The agency's wall clock now: the calendar date and the minute of the day, as rundown sessions store them. */
export function wallClock(now: Date = new Date(), timeZone: string = DEFAULT_TIME_ZONE): WallClock {
  const parts = Object.fromEntries(
    dateTimeFormat("en-CA", { timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" })
      .formatToParts(now)
      .map((p) => [p.type, p.value]),
  );
  return { date: new Date(`${parts.year}-${parts.month}-${parts.day}T00:00:00Z`), minute: Number(parts.hour) * 60 + Number(parts.minute) };
}
