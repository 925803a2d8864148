// THE SPECIFICATION. Annual JP compliance (issue 4). Pure: every figure a page or report shows is defined here,
// from integer minutes, so a year-end result can be reproduced exactly. lib/compliance/sql.ts computes the same
// figures in SQL for whole lists and is tested against this file (tests/integration/compliance-sql.test.ts):
// change a rule here first, then sql.ts to match, never sql.ts alone.
import type { RouteCode } from "@/lib/generated/prisma/enums";
import { MINUTES_PER_JP } from "@/lib/ledger/rules";

export type ServicePeriod = { serviceStartDate: Date; serviceEndDate: Date | null };
export type Inactivity = { startDate: Date; endDate: Date };

const utcDay = (year: number, month0: number, day: number) => Date.UTC(year, month0, day);

/**
 * A calendar month counts when, on its 15th, the ASN was in service (on or after the start, not after the
 * end) and not inside a period of inactivity (long leave, study assignment). Dates are calendar dates (UTC midnight).
 */
export function activeMonths(year: number, service: ServicePeriod, inactivity: readonly Inactivity[] = []): number {
  let count = 0;
  for (let month = 0; month < 12; month++) {
    const fifteenth = utcDay(year, month, 15);
    if (service.serviceStartDate.getTime() > fifteenth) continue;
    if (service.serviceEndDate && service.serviceEndDate.getTime() < fifteenth) continue;
    if (inactivity.some((p) => p.startDate.getTime() <= fifteenth && fifteenth <= p.endDate.getTime())) continue;
    count += 1;
  }
  return count;
}

/** ceil(target JP × 45 × active months ÷ 12), in integers; without pro-rating, the full target. */
export function targetMinutes(targetJp: number, months: number, proRate: boolean): number {
  const full = targetJp * MINUTES_PER_JP;
  if (!proRate) return full;
  return Math.floor((full * months + 11) / 12);
}

export type CountableEntry = {
  minutes: number;
  year: number;
  routeCode: RouteCode;
  source: "BATCH" | "EXTERNAL" | "CORRECTION" | "IMPORT";
  /** External training counts only once verified; internal entries and corrections always count. */
  verified: boolean;
  /** The entry's date (a batch's last day, an external training's end); needed for a figure as of a date. */
  date?: Date;
};

/**
 * Minutes credited in a year: the year's entries that count (corrections may be negative). As of a date D,
 * only the entries dated on or before D.
 */
export function creditedMinutes(entries: readonly CountableEntry[], year: number, countedRouteCodes: readonly RouteCode[] = [], asOf?: Date): number {
  return entries
    .filter((e) => e.year === year)
    .filter((e) => !asOf || (e.date !== undefined && e.date.getTime() <= asOf.getTime()))
    .filter((e) => e.source !== "EXTERNAL" || e.verified)
    .filter((e) => !countedRouteCodes.length || countedRouteCodes.includes(e.routeCode))
    .reduce((sum, e) => sum + e.minutes, 0);
}

export type ComplianceStatus = "EXEMPT" | "COMPLIANT" | "ON_TRACK" | "AT_RISK" | "NON_COMPLIANT";

/**
 * The status of year Y evaluated on date D. `plannedMinutes` are the learning minutes of CONFIRMED batches
 * still to come in Y.
 */
export function complianceStatus(opts: {
  year: number;
  evaluatedOn: Date;
  months: number;
  credited: number;
  target: number;
  plannedMinutes: number;
}): ComplianceStatus {
  if (opts.months === 0) return "EXEMPT";
  if (opts.credited >= opts.target) return "COMPLIANT";
  if (opts.evaluatedOn.getTime() > utcDay(opts.year, 11, 31)) return "NON_COMPLIANT";
  return opts.credited + opts.plannedMinutes >= opts.target ? "ON_TRACK" : "AT_RISK";
}

export type PlannedBatch = {
  /** The batch's last day: it decides the year the batch credits. */
  endDate: Date;
  status: "DRAFT" | "OPEN" | "CLOSED" | "RUNNING" | "DONE" | "CANCELLED";
  /** The JP minutes of its counted, not cancelled sessions. */
  minutes: number;
};

/**
 * The learning still to come for year Y as of date D, over the batches the ASN is CONFIRMED in:
 * - after 31 December of Y nothing is planned any more (a batch never held does not stay "Terjadwal");
 * - a batch counts when it ends in Y and is not credited yet on D: still OPEN, CLOSED or RUNNING (awaiting
 *   completion), or DONE but ending after D (its credit is dated its last day, so it is not credited on D);
 * - DRAFT and CANCELLED batches never count.
 */
export function plannedLearning(batches: readonly PlannedBatch[], year: number, asOf: Date): { minutes: number; batches: number } {
  if (asOf.getTime() > utcDay(year, 11, 31)) return { minutes: 0, batches: 0 };
  const counted = batches.filter(
    (b) =>
      b.endDate.getUTCFullYear() === year &&
      (b.status === "OPEN" || b.status === "CLOSED" || b.status === "RUNNING" || (b.status === "DONE" && b.endDate.getTime() > asOf.getTime())),
  );
  return { minutes: counted.reduce((sum, b) => sum + b.minutes, 0), batches: counted.length };
}

/**
 * The date a compliance view of year Y is "as of" (`?per=YYYY-MM-DD`): today when absent; otherwise a real
 * calendar date inside Y and not after today (credits of the future are not known). Null when the text is
 * given but is not such a date, so a page can fall back to today and an export can refuse it.
 */
export function asOfParam(raw: string | string[] | undefined, year: number, today: Date): Date | null | undefined {
  const text = (Array.isArray(raw) ? raw[0] : raw)?.trim() ?? "";
  if (!text) return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(utcDay(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  if (y !== year || date.getTime() > today.getTime()) return null;
  return date;
}

/** Minutes still missing (never negative). */
export function shortfallMinutes(credited: number, target: number): number {
  return Math.max(0, target - credited);
}

export type ComplianceExplanation =
  | { kind: "EXEMPT" }
  | { kind: "MET"; surplusMinutes: number }
  | { kind: "COVERED"; shortfallMinutes: number; plannedBatches: number }
  | { kind: "SHORT"; shortfallMinutes: number; plannedBatches: number; remainingMinutes: number }
  | { kind: "MISSED"; shortfallMinutes: number };

/**
 * Why the status is what it is, in figures a sentence can be made of: "Kurang 4,67 JP; 1 pelatihan
 * terkonfirmasi akan menutupinya".
 */
export function explainCompliance(opts: {
  status: ComplianceStatus;
  credited: number;
  target: number;
  plannedMinutes: number;
  plannedBatches: number;
}): ComplianceExplanation {
  const shortfall = shortfallMinutes(opts.credited, opts.target);
  switch (opts.status) {
    case "EXEMPT":
      return { kind: "EXEMPT" };
    case "COMPLIANT":
      return { kind: "MET", surplusMinutes: opts.credited - opts.target };
    case "NON_COMPLIANT":
      return { kind: "MISSED", shortfallMinutes: shortfall };
    case "ON_TRACK":
      return { kind: "COVERED", shortfallMinutes: shortfall, plannedBatches: opts.plannedBatches };
    case "AT_RISK":
      return { kind: "SHORT", shortfallMinutes: shortfall, plannedBatches: opts.plannedBatches, remainingMinutes: shortfallMinutes(opts.credited + opts.plannedMinutes, opts.target) };
  }
}

/** Progress towards the target as a whole percentage, 0–100 (a met or zero target is 100). */
export function progressPercent(credited: number, target: number): number {
  if (target <= 0) return 100;
  return Math.max(0, Math.min(100, Math.floor((credited * 100) / target)));
}

/** The years a page offers: this year and the four before it, plus any other year given (on record, selected). */
export function yearChoices(currentYear: number, extra: readonly number[] = []): number[] {
  const recent = [0, 1, 2, 3, 4].map((back) => currentYear - back);
  return [...new Set([...recent, ...extra])].filter((y) => y <= currentYear + 1).sort((a, b) => b - a);
}

/**
 * A year from a search parameter, or the current year when absent or unreasonable. Older years stay
 * reachable by URL (a shared link, a closed year), up to twenty years back.
 */
export function yearParam(raw: string | string[] | undefined, currentYear: number): number {
  const text = (Array.isArray(raw) ? raw[0] : raw)?.trim() ?? "";
  if (!/^\d{4}$/.test(text)) return currentYear;
  const year = Number(text);
  return year >= currentYear - 20 && year <= currentYear + 1 ? year : currentYear;
}
