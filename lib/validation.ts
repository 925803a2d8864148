import { z } from "zod";

// Shared zod building blocks for everything a user can send. Each one is bounded: a string has a maximum
// length and refuses NUL bytes (PostgreSQL text cannot hold them, and a 1 MB field must never reach the
// database); a date is a real calendar date; a link is http(s) only; a number is a bounded whole number.
// Messages are catalog keys (lib/i18n/messages: `validation.*`); pass a domain key to name the field.
// Pure: used by forms (client) and commands (server) alike.

export const LIMITS = {
  /** A name, a title, a place: one line. */
  line: 200,
  /** A reason, a note, a comment. */
  note: 1000,
  /** A description, an answer in prose. */
  prose: 5000,
  email: 254,
  url: 2000,
  /** A NIP or an e-mail address typed to sign in or to find someone. */
  identifier: 254,
  password: 1024,
  /** Items in a list sent by a form (checkboxes, rows). */
  items: 500,
} as const;

const V = "validation";

export const hasNul = (value: string) => value.includes("\u0000");

/** A string of at most `max` characters with no NUL byte, trimmed. Empty is allowed: chain `.min(1, key)`. */
export function boundedString(max: number, tooLong = `${V}.tooLong`, message?: string) {
  return z
    .string(message)
    .refine((v) => !hasNul(v), `${V}.nul`)
    .trim()
    .max(max, tooLong);
}

/** A required one-line text: trimmed, 1..max characters, no NUL. */
export function text(max: number = LIMITS.line, keys: { required?: string; tooLong?: string } = {}) {
  const required = keys.required ?? `${V}.required`;
  return boundedString(max, keys.tooLong, required).min(1, required);
}

/** An optional text: trimmed, may be empty (a missing field becomes ""), at most max characters. */
export function optionalText(max: number = LIMITS.line, tooLong?: string) {
  return z.preprocess((v) => (v === undefined || v === null ? "" : v), boundedString(max, tooLong));
}

/** Prose (a description, an answer): optional, up to `max` (5,000 by default). */
export function longText(max: number = LIMITS.prose, tooLong?: string) {
  return optionalText(max, tooLong);
}

/** A record id: a UUID, refused as "not found" (a malformed id is one nobody can see). */
export const identifier = (message = "common.notFound") => z.uuid(message);

/** "YYYY-MM-DD" that names a day that exists (not 30 February, not month 13); UTC midnight of that day. */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= 1900 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function calendarDate(message = `${V}.date`) {
  return z
    .string(message)
    .max(40, message)
    .trim()
    .refine(isCalendarDate, { message, abort: true })
    .transform((v) => new Date(`${v}T00:00:00Z`));
}

/** An instant (ISO date-time) that exists; a bounded string, never a 300,000-digit "number" of milliseconds. */
export function instant(message = `${V}.date`) {
  return z.preprocess(
    (v) => (typeof v === "string" ? (v.length > 64 ? "" : v) : v instanceof Date ? v : ""),
    z.coerce.date(message).refine((d) => !Number.isNaN(d.getTime()) && d.getUTCFullYear() >= 1900 && d.getUTCFullYear() <= 9999, message),
  );
}

/** A web link: https: or http: only (never javascript:, data:, file:), at most 2,000 characters. */
export function isHttpUrl(value: string): boolean {
  if (!/^https?:\/\//i.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname !== "";
  } catch {
    return false;
  }
}

export function httpUrl(message = `${V}.url`) {
  return boundedString(LIMITS.url, message).refine(isHttpUrl, message);
}

/**
 * A whole number in [min, max], typed as text ("12") or sent as a number. A long digit string is refused
 * before conversion, so "9" × 300,000 is a field error, not Infinity or a database overflow.
 */
export function wholeNumber(min: number, max: number, message = `${V}.number`) {
  return z.preprocess(
    (v) => (typeof v === "string" ? (v.trim() === "" || v.length > 32 ? Number.NaN : Number(v.trim())) : v),
    z.number(message).int(message).min(min, message).max(max, message),
  );
}

/** A whole number from 1 up to `max` (a count, a capacity, a batch number). */
export const positiveInt = (max = 1_000_000, message = `${V}.number`) => wholeNumber(1, max, message);

/** A checkbox: "on"/"true" from a form, true from code; anything else is false. */
export const checkbox = () => z.preprocess((v) => v === true || v === "true" || v === "on", z.boolean());

/** A list from repeated form fields: one value becomes a list of one, nothing an empty list; at most `max` items. */
export function list<T extends z.ZodType>(item: T, max: number = LIMITS.items, message = `${V}.tooMany`) {
  return z.preprocess((v) => (v === undefined || v === null || v === "" ? [] : Array.isArray(v) ? v : [v]), z.array(item).max(max, message));
}
