"use client";
import { clock, jpMinutes, parseClock, SESSION_KINDS } from "@/lib/catalog/rules";
import type { SessionKind } from "@/lib/generated/prisma/enums";
import { interpolate, type Locale } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { formatMinutesJp } from "@/lib/ledger/rules";
import { AddRowButton, RowBox, Select, TextInput } from "./form-controls";
import { errorsAt, rowKey } from "./use-submit";

export type SessionRow = { key: number; date: string; start: string; end: string; title: string; place: string; kind: SessionKind };

/** A session as the schema takes it: times in minutes after midnight, an unreadable time as -1 (refused as invalid). */
export function sessionInput(row: SessionRow) {
  return {
    date: row.date,
    startMinute: parseClock(row.start) ?? -1,
    endMinute: parseClock(row.end) ?? -1,
    title: row.title,
    place: row.place.trim() || undefined,
    kind: row.kind,
  };
}

/** JP minutes of the rows that can be read: the kinds the agency counts, at their typed length. */
export function plannedMinutes(rows: SessionRow[], countedKinds: readonly SessionKind[]): number {
  const readable = rows
    .map((r) => ({ kind: r.kind, startMinute: parseClock(r.start), endMinute: parseClock(r.end), cancelled: false }))
    .filter((s): s is { kind: SessionKind; startMinute: number; endMinute: number; cancelled: false } =>
      s.startMinute !== null && s.endMinute !== null && s.endMinute > s.startMinute);
  return jpMinutes(readable, countedKinds);
}

type Props = {
  rows: SessionRow[];
  onChange: (rows: SessionRow[]) => void;
  defaultDate: string;
  countedKinds: readonly SessionKind[];
  locale: Locale;
  fieldErrors?: Record<string, string[]>;
  t: Messages["trainingAdmin"];
};

export function SessionRows({ rows, onChange, defaultDate, countedKinds, locale, fieldErrors, t }: Props) {
  const f = t.batchForm;
  const update = (key: number, patch: Partial<SessionRow>) => onChange(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const add = () => {
    const last = rows.at(-1);
    const start = (last && parseClock(last.end)) ?? 8 * 60;
    const end = Math.min(start + 90, 24 * 60 - 1);
    onChange([...rows, { key: rowKey(), date: last?.date || defaultDate, start: clock(start), end: clock(end), title: "", place: "", kind: "LEARNING" }]);
  };

  return (
    <div className="space-y-3">
      {!rows.length ? <p className="text-sm text-slate-500">{f.noSessions}</p> : null}
      {rows.map((row, i) => {
        const id = `session-${row.key}`;
        const err = (field: string) => errorsAt(fieldErrors, `sessions.${i}.${field}`);
        return (
          <RowBox key={row.key} title={interpolate(t.row, { n: i + 1 })} removeLabel={interpolate(t.removeRow, { n: i + 1 })} onRemove={() => onChange(rows.filter((r) => r.key !== row.key))}>
            <div className="grid gap-3 sm:grid-cols-6">
              <TextInput id={`${id}-date`} className="sm:col-span-2" type="date" label={f.sessionDate} value={row.date} onChange={(e) => update(row.key, { date: e.target.value })} errors={err("date")} />
              <TextInput id={`${id}-start`} type="time" label={f.sessionStart} value={row.start} onChange={(e) => update(row.key, { start: e.target.value })} errors={err("startMinute")} />
              <TextInput id={`${id}-end`} type="time" label={f.sessionEnd} value={row.end} onChange={(e) => update(row.key, { end: e.target.value })} errors={err("endMinute")} />
              <Select
                id={`${id}-kind`}
                className="sm:col-span-2"
                label={f.sessionKind}
                value={row.kind}
                onChange={(e) => update(row.key, { kind: e.target.value as SessionKind })}
                options={SESSION_KINDS.map((k) => ({ value: k, label: t.sessionKinds[k] }))}
                errors={err("kind")}
              />
              <TextInput id={`${id}-title`} className="sm:col-span-4" label={f.sessionTitle} value={row.title} onChange={(e) => update(row.key, { title: e.target.value })} errors={err("title")} />
              <TextInput id={`${id}-place`} className="sm:col-span-2" label={f.sessionPlace} value={row.place} onChange={(e) => update(row.key, { place: e.target.value })} errors={err("place")} />
            </div>
          </RowBox>
        );
      })}
      <div className="flex flex-wrap items-center justify-between gap-3">
        <AddRowButton onClick={add}>{f.addSession}</AddRowButton>
        <p className="text-sm font-medium text-slate-800" aria-live="polite" data-testid="planned-jp">
          {interpolate(f.plannedJp, { jp: formatMinutesJp(plannedMinutes(rows, countedKinds), locale) })}
        </p>
      </div>
    </div>
  );
}
