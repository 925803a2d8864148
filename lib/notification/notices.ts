// What an inbox notification says, decided when it is read: a row stores its kind and params, and the reader's
// catalog turns them into words. So an English reader reads English, and a reworded text reaches old rows too.
import { formatDate, formatDateRange, interpolate, type Locale } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { formatMinutesJp } from "@/lib/ledger/rules";

type NoticeTexts = Messages["notices"];
export type NoticeKind = { [K in keyof NoticeTexts]: NoticeTexts[K] extends { title: string } ? K : never }[keyof NoticeTexts];
export type NoticeParams = Record<string, string | number>;
/** `note` and `reason` params are shown after the body, labelled; `minutes` as minutes and JP; `dueOn` as a date. */
export type Notice = { kind: Exclude<NoticeKind, "unknown">; params: NoticeParams; link?: string };

const dateRange = (range: unknown, locale: Locale) => {
  const [start, end] = String(range).split("/");
  return start && end ? formatDateRange(start, end, locale) : String(range);
};

/**
 * "tanggal 1–3 Juli 2027 → 8–10 Juli 2027; tempat A → B": the old → new pairs a schedule-change notice carries
 * (fromDates/toDates as "YYYY-MM-DD/YYYY-MM-DD", fromVenue/toVenue, fromTime/toTime, cancelledSession).
 */
export function describeChanges(m: Messages, locale: Locale, params: NoticeParams): string {
  const c = m.notices.change;
  const place = (v: unknown) => (typeof v === "string" && v.trim() ? v : c.noVenue);
  const parts: string[] = [];
  if (params.fromDates !== undefined && params.toDates !== undefined) {
    parts.push(interpolate(c.dates, { from: dateRange(params.fromDates, locale), to: dateRange(params.toDates, locale) }));
  }
  if (params.fromTime !== undefined && params.toTime !== undefined) parts.push(interpolate(c.time, { from: String(params.fromTime), to: String(params.toTime) }));
  if (params.fromVenue !== undefined && params.toVenue !== undefined) parts.push(interpolate(c.venue, { from: place(params.fromVenue), to: place(params.toVenue) }));
  if (params.cancelledSession) parts.push(c.cancelled);
  return parts.join(c.separator);
}

/** The params as the reader's language writes them. */
function formatParams(m: Messages, params: NoticeParams, locale: Locale): Record<string, string | number> {
  const out: Record<string, string | number> = { ...params };
  if (typeof params.minutes === "number") out.minutes = formatMinutesJp(params.minutes, locale);
  if (typeof params.dueOn === "string") out.dueOn = formatDate(params.dueOn, locale);
  out.changes = describeChanges(m, locale, params);
  return out;
}

/** The training a notice is about ("Pelatihan Dasar CPNS · angkatan 3"), or null for one that names none. */
export function noticeTraining(m: Messages, kind: string, rawParams: unknown): { title: string; programId: string | null; label: string } | null {
  const params = (rawParams && typeof rawParams === "object" ? rawParams : {}) as NoticeParams;
  // Notices about a programme name it as `program`; those about external training name it as `title` (a legacy
  // row's `title` is its own heading, not a training).
  const named = typeof params.program === "string" ? params.program : EXTERNAL_KINDS.has(kind) && typeof params.title === "string" ? params.title : "";
  const title = named.trim() || null;
  if (!title) return null;
  const batch = typeof params.batch === "number" || typeof params.batch === "string" ? ` · ${interpolate(m.notices.batchLabel, { batch: params.batch })}` : "";
  return { title, programId: typeof params.programId === "string" ? params.programId : null, label: `${title}${batch}` };
}

const EXTERNAL_KINDS = new Set(["externalVerified", "externalRejected"]);

/** Rows written before notices had kinds keep their (Indonesian) words as params. */
const LEGACY_KIND = "legacy";

export function renderNotice(m: Messages, locale: Locale, kind: string, rawParams: unknown): { title: string; body: string } {
  const params = (rawParams && typeof rawParams === "object" ? rawParams : {}) as NoticeParams;
  if (kind === LEGACY_KIND) return { title: String(params.title ?? ""), body: String(params.body ?? "") };
  const texts = m.notices[kind as NoticeKind] ?? m.notices.unknown;
  const values = formatParams(m, params, locale);
  const extra = [
    params.note ? `${m.notices.noteLabel}: ${params.note}` : "",
    params.reason ? `${m.notices.reasonLabel}: ${params.reason}` : "",
  ].filter(Boolean);
  return { title: interpolate(texts.title, values), body: [interpolate(texts.body, values), ...extra].filter(Boolean).join(" ") };
}
