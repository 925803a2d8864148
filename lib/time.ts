// Calendar dates. Dates without a time (birth, TMT, end of service, a batch's days) are stored as
// UTC midnight; "today" is the date on the agency's wall clock, by default WIB (Asia/Jakarta).

export const DEFAULT_TIME_ZONE = "Asia/Jakarta";

/** Today's calendar date in the given zone, as UTC midnight, comparable with stored dates. */
export function calendarToday(now: Date = new Date(), timeZone: string = DEFAULT_TIME_ZONE): Date {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
  return new Date(`${parts}T00:00:00Z`);
}
