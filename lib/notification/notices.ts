// What an inbox notification says, decided when it is read: a row stores its kind and params, and the reader's
// catalog turns them into words. So an English reader reads English, and a reworded text reaches old rows too.
import { formatDate, interpolate, type Locale } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { formatMinutesJp } from "@/lib/ledger/rules";

type NoticeTexts = Messages["notices"];
export type NoticeKind = { [K in keyof NoticeTexts]: NoticeTexts[K] extends { title: string } ? K : never }[keyof NoticeTexts];
export type NoticeParams = Record<string, string | number>;
/** `note` and `reason` params are shown after the body, labelled; `minutes` as minutes and JP; `dueOn` as a date. */
export type Notice = { kind: Exclude<NoticeKind, "unknown">; params: NoticeParams; link?: string };

/** The params as the reader's language writes them. */
function formatParams(params: NoticeParams, locale: Locale): Record<string, string | number> {
  const out: Record<string, string | number> = { ...params };
  if (typeof params.minutes === "number") out.minutes = formatMinutesJp(params.minutes, locale);
  if (typeof params.dueOn === "string") out.dueOn = formatDate(params.dueOn, locale);
  return out;
}

/** Rows written before notices had kinds keep their (Indonesian) words as params. */
const LEGACY_KIND = "legacy";

export function renderNotice(m: Messages, locale: Locale, kind: string, rawParams: unknown): { title: string; body: string } {
  const params = (rawParams && typeof rawParams === "object" ? rawParams : {}) as NoticeParams;
  if (kind === LEGACY_KIND) return { title: String(params.title ?? ""), body: String(params.body ?? "") };
  const texts = m.notices[kind as NoticeKind] ?? m.notices.unknown;
  const values = formatParams(params, locale);
  const extra = [
    params.note ? `${m.notices.noteLabel}: ${params.note}` : "",
    params.reason ? `${m.notices.reasonLabel}: ${params.reason}` : "",
  ].filter(Boolean);
  return { title: interpolate(texts.title, values), body: [interpolate(texts.body, values), ...extra].filter(Boolean).join(" ") };
}
