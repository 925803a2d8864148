// How a value recorded in an audit row reads: pure, no I/O. Dates as "3 Februari 2027", minutes as JP where the
// field holds minutes, Ya/Tidak, ids as names (looked up beforehand by lib/audit/names.ts), lists and objects
// spelled out with their field labels.
import { formatDate, formatNumber, interpolate, localeTag, type Locale } from "@/lib/i18n/format";
import { formatJp } from "@/lib/ledger/rules";
import { DEFAULT_TIME_ZONE } from "@/lib/time";
import { isPlainObject } from "./diff";
import { dateTimeFormat } from "@/lib/i18n/intl";

/** The records an id field can name, resolved to names in one query per kind. */
export const REF_KINDS = ["employee", "unit", "batch", "program", "position", "user", "session"] as const;
export type RefKind = (typeof REF_KINDS)[number];
export type FieldKind = RefKind | "minutes" | "minuteOfDay" | "plain";

const REF_FIELDS: Record<string, RefKind> = {
  employeeId: "employee", employeeIds: "employee", supervisorId: "employee",
  unitId: "unit", unitIds: "unit", quotaUnitId: "unit", parentId: "unit",
  batchId: "batch",
  programId: "program",
  positionId: "position", headPositionId: "position",
  userId: "user", createdById: "user", actorUserId: "user", revokedById: "user",
  sessionId: "session", sessionIds: "session",
};

/** What a field holds, by its name: an id of some record, minutes (shown as JP), a minute of the day, or plain. */
export function fieldKind(field: string): FieldKind {
  if (Object.hasOwn(REF_FIELDS, field)) return REF_FIELDS[field]!;
  if (field === "minutes" || /[a-z]Minutes$/.test(field)) return "minutes";
  if (/^(start|end)Minute$/.test(field)) return "minuteOfDay";
  return "plain";
}

export type ValueLabels = { yes: string; no: string; empty: string; more: string; enumValues: Record<string, string> };

export type FormatContext = {
  locale: Locale;
  labels: ValueLabels;
  fieldLabel: (field: string) => string;
  /** The name of a record, when it was looked up. */
  name: (kind: RefKind, id: string) => string | undefined;
  timeZone?: string;
};

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;
const ENUM = /^[A-Z][A-Z0-9_]+$/;
const MAX_ITEMS = 10;
const MAX_TEXT = 300;
const MAX_DEPTH = 2;

/** "3 Februari 2027 14.05" (id) or "3 February 2027 14:05" (en), on the agency's wall clock. */
export function formatDateTime(value: Date | string, locale: Locale, timeZone: string = DEFAULT_TIME_ZONE): string {
  const date = typeof value === "string" ? new Date(value) : value;
  const time = dateTimeFormat(localeTag(locale), { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone }).format(date);
  const day = dateTimeFormat(localeTag(locale), { day: "numeric", month: "long", year: "numeric", timeZone }).format(date);
  return `${day} ${time}`;
}

/** 510 → "08.30" (id) or "08:30" (en). */
export function formatMinuteOfDay(minute: number, locale: Locale): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${pad(Math.floor(minute / 60))}${locale === "id" ? "." : ":"}${pad(minute % 60)}`;
}

function formatString(field: string, value: string, ctx: FormatContext): string {
  const kind = fieldKind(field);
  if (kind !== "plain" && kind !== "minutes" && kind !== "minuteOfDay") return ctx.name(kind, value) ?? value;
  if (DATE_ONLY.test(value)) return formatDate(`${value}T00:00:00Z`, ctx.locale);
  if (DATE_TIME.test(value)) {
    // A calendar date kept as a timestamp (a session's day) is UTC midnight: it reads as the date alone.
    return /T00:00(:00(\.0+)?)?Z$/.test(value) ? formatDate(value, ctx.locale) : formatDateTime(value, ctx.locale, ctx.timeZone);
  }
  if (ENUM.test(value) && Object.hasOwn(ctx.labels.enumValues, value)) return ctx.labels.enumValues[value]!;
  return value.length > MAX_TEXT ? `${value.slice(0, MAX_TEXT)}…` : value;
}

function formatNumberValue(field: string, value: number, ctx: FormatContext): string {
  const kind = fieldKind(field);
  if (kind === "minutes" && Number.isInteger(value)) return formatJp(value, ctx.locale);
  if (kind === "minuteOfDay" && Number.isInteger(value) && value >= 0 && value <= 24 * 60) return formatMinuteOfDay(value, ctx.locale);
  return formatNumber(value, ctx.locale);
}

/** One recorded value as text; `field` decides how ids and numbers read. */
export function formatValue(field: string, value: unknown, ctx: FormatContext, depth = 0): string {
  if (value === null || value === undefined || value === "") return ctx.labels.empty;
  if (typeof value === "boolean") return value ? ctx.labels.yes : ctx.labels.no;
  if (typeof value === "number") return formatNumberValue(field, value, ctx);
  if (typeof value === "string") return formatString(field, value, ctx);
  if (Array.isArray(value)) {
    if (!value.length) return ctx.labels.empty;
    const shown = value.slice(0, MAX_ITEMS).map((item) => formatValue(field, item, ctx, depth + 1));
    const rest = value.length - shown.length;
    return rest > 0 ? `${shown.join(", ")} ${interpolate(ctx.labels.more, { count: rest })}` : shown.join(", ");
  }
  if (isPlainObject(value)) {
    if (depth >= MAX_DEPTH) return JSON.stringify(value).slice(0, MAX_TEXT);
    return Object.entries(value).map(([k, v]) => `${ctx.fieldLabel(k)}: ${formatValue(k, v, ctx, depth + 1)}`).join("; ");
  }
  return String(value);
}

/** Every id a set of recorded values names, by kind, so each kind is looked up once. */
export function collectRefs(values: Iterable<{ field: string; value: unknown }>, into: Map<RefKind, Set<string>> = new Map()): Map<RefKind, Set<string>> {
  const add = (kind: RefKind, id: string) => {
    if (!into.has(kind)) into.set(kind, new Set());
    into.get(kind)!.add(id);
  };
  const walk = (field: string, value: unknown, depth: number) => {
    if (depth > MAX_DEPTH + 1 || value === null || value === undefined) return;
    if (typeof value === "string") {
      const kind = fieldKind(field);
      if (kind !== "plain" && kind !== "minutes" && kind !== "minuteOfDay") add(kind, value);
    } else if (Array.isArray(value)) {
      for (const item of value.slice(0, MAX_ITEMS)) walk(field, item, depth + 1);
    } else if (isPlainObject(value)) {
      for (const [k, v] of Object.entries(value)) walk(k, v, depth + 1);
    }
  };
  for (const { field, value } of values) walk(field, value, 0);
  return into;
}
