import { DEFAULT_TIME_ZONE } from "@/lib/time";
import { dateTimeFormat } from "@/lib/i18n/intl";

// A registration window is typed in a datetime-local field, on the agency's wall clock (WIB), and stored as an
// instant. These two convert between them; pure, used by the create and edit actions and forms.

/** "2030-03-01T08:00" on the agency's wall clock as an ISO instant; anything else is left for zod to refuse. */
export function wallClockToIso(value: unknown, timeZone = DEFAULT_TIME_ZONE): unknown {
  const match = typeof value === "string" ? /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value) : null;
  if (!match) return value;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  const parts = wallParts(new Date(asUtc), timeZone);
  const offset = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!) - asUtc;
  return new Date(asUtc - offset).toISOString();
}

/** An instant as the value of a datetime-local field on the agency's wall clock: "2030-03-01T08:00". */
export function isoToWallClock(instant: Date, timeZone = DEFAULT_TIME_ZONE): string {
  const p = wallParts(instant, timeZone);
  const two = (n: number | undefined) => String(n ?? 0).padStart(2, "0");
  return `${p.year}-${two(p.month)}-${two(p.day)}T${two(p.hour)}:${two(p.minute)}`;
}

function wallParts(instant: Date, timeZone: string): Record<string, number> {
  return Object.fromEntries(
    dateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric" })
      .formatToParts(instant)
      .map((p) => [p.type, Number(p.value)]),
  ) as Record<string, number>;
}

/**
 * The registration window of a past batch entered after the fact, when the admin leaves both fields empty: the
 * day before its first day, 00:00 to 23:59 on the wall clock, so it closes before the batch began (and is long
 * over). Null unless the batch's last day ("yyyy-mm-dd") is before today: a batch still to come needs its window.
 */
export function pastBatchWindow(startDate: unknown, endDate: unknown, today: string): { opensAt: string; closesAt: string } | null {
  const iso = /^\d{4}-\d{2}-\d{2}$/;
  if (typeof startDate !== "string" || typeof endDate !== "string" || !iso.test(startDate) || !iso.test(endDate) || endDate >= today) return null;
  const dayBefore = new Date(Date.parse(`${startDate}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  return { opensAt: `${dayBefore}T00:00`, closesAt: `${dayBefore}T23:59` };
}
