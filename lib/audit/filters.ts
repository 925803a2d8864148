// The audit trail's filters and cursors as they travel in a URL (page and export share them). Pure.
import { interpolate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { DEFAULT_TIME_ZONE } from "@/lib/time";
import { isUuid } from "@/lib/uuid";
import { dateTimeFormat } from "@/lib/i18n/intl";

export type AuditFilters = {
  /** Who: a name, NIP or e-mail of the acting account. */
  q?: string;
  entity?: string;
  entityId?: string;
  action?: string;
  /** Calendar dates (yyyy-mm-dd) on the agency's wall clock, both included. */
  from?: string;
  to?: string;
  /** Rows about one employee or one batch (their "Riwayat perubahan"). */
  employeeId?: string;
  batchId?: string;
};

export const FILTER_NAMES = ["q", "entity", "entityId", "action", "from", "to", "employeeId", "batchId"] as const;
export const CURSOR_NAMES = ["older", "newer"] as const;
export const MAX_TEXT = 100;

/** A position in the newest-first order: rows strictly older (or newer) than this one. */
export type AuditCursor = { at: Date; id: bigint };

export const encodeCursor = (c: AuditCursor) => `${c.at.getTime()}_${c.id}`;

export function decodeCursor(raw: string | null | undefined): AuditCursor | undefined {
  const m = /^(\d{1,15})_(\d{1,19})$/.exec(raw?.trim() ?? "");
  return m ? { at: new Date(Number(m[1])), id: BigInt(m[2]!) } : undefined;
}

const KEY = /^[A-Za-z0-9._-]+$/;

function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

type Texts = Messages["audit"];
type Read = (name: string) => string | null | undefined;

/** The filters of a query string, with a message (in the viewer's language) for each one refused. */
export function parseAuditFilters(read: Read, t: Texts): { filters: AuditFilters; errors: string[] } {
  const filters: AuditFilters = {};
  const errors: string[] = [];
  const text = (name: "q" | "entity" | "entityId" | "action", label: string, pattern?: RegExp) => {
    const raw = read(name)?.trim();
    if (!raw) return;
    if (raw.length > MAX_TEXT) errors.push(interpolate(t.errors.tooLong, { field: label, max: MAX_TEXT }));
    else if (pattern && !pattern.test(raw)) errors.push(interpolate(t.errors.id, { field: label }));
    else filters[name] = raw;
  };
  text("q", t.filters.actor);
  text("entity", t.filters.entity, KEY);
  text("entityId", t.filters.entityId, KEY);
  text("action", t.filters.action, KEY);
  for (const [name, label] of [["from", t.filters.from], ["to", t.filters.to]] as const) {
    const raw = read(name)?.trim();
    if (!raw) continue;
    if (isCalendarDate(raw)) filters[name] = raw;
    else errors.push(interpolate(t.errors.date, { field: label }));
  }
  if (filters.from && filters.to && filters.from > filters.to) {
    errors.push(t.errors.range);
    delete filters.to;
  }
  for (const name of ["employeeId", "batchId"] as const) {
    const raw = read(name)?.trim();
    if (!raw) continue;
    if (isUuid(raw)) filters[name] = raw.toLowerCase();
    else errors.push(interpolate(t.errors.id, { field: name }));
  }
  return { filters, errors };
}

/** The filters as query parameters, for links that keep them. */
export function filterParams(filters: AuditFilters): Record<string, string | undefined> {
  return Object.fromEntries(FILTER_NAMES.map((name) => [name, filters[name]]));
}

export const hasFilters = (filters: AuditFilters) => FILTER_NAMES.some((name) => filters[name] !== undefined);

/** Local midnight of a calendar date in a time zone, as the UTC instant it is. */
export function zonedMidnight(date: string, timeZone: string = DEFAULT_TIME_ZONE): Date {
  const guess = new Date(`${date}T00:00:00Z`);
  const parts = Object.fromEntries(
    dateTimeFormat("en-CA", { timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" })
      .formatToParts(guess)
      .map((p) => [p.type, p.value]),
  );
  const wall = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return new Date(guess.getTime() - (wall - guess.getTime()));
}

/** The instants a date range covers: from the first day's local midnight to (not including) the day after the last. */
export function instantRange(filters: Pick<AuditFilters, "from" | "to">, timeZone: string = DEFAULT_TIME_ZONE): { gte?: Date; lt?: Date } {
  const range: { gte?: Date; lt?: Date } = {};
  if (filters.from) range.gte = zonedMidnight(filters.from, timeZone);
  if (filters.to) {
    const next = new Date(`${filters.to}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    range.lt = zonedMidnight(next.toISOString().slice(0, 10), timeZone);
  }
  return range;
}
