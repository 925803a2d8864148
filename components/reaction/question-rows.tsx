"use client";
import { AddRowButton, Select, TextArea } from "@/components/training-admin/form-controls";
import { interpolate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { ASPECTS, type Aspect } from "@/lib/reaction/rules";

export type QuestionRow = { key: number; id?: string; aspect: Aspect | ""; text: string };

type Props = {
  rows: QuestionRow[];
  onChange: (rows: QuestionRow[]) => void;
  onAdd: () => void;
  fieldErrors?: Record<string, string[]>;
  locked: boolean;
  t: Messages["reaction"];
};

const moveButton = "rounded px-2 py-1 text-sm font-medium text-slate-700 hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-40";

/** The questions of a set, in order: aspect and text each, movable up and down, removable. */
export function QuestionRows({ rows, onChange, onAdd, fieldErrors, locked, t }: Props) {
  const f = t.form;
  const update = (key: number, patch: Partial<QuestionRow>) => onChange(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const move = (from: number, to: number) => {
    const next = [...rows];
    const [row] = next.splice(from, 1);
    next.splice(to, 0, row!);
    onChange(next);
  };
  return (
    <div className="space-y-3">
      <ol className="space-y-3">
        {rows.map((row, i) => {
          const id = `question-${row.key}`;
          const n = i + 1;
          return (
            <li key={row.key} className="rounded-md border border-slate-200 bg-slate-50/60 p-3" aria-label={interpolate(f.row, { n })}>
              <div className="mb-2 flex items-center justify-between gap-2">
                <p className="text-xs font-semibold uppercase tracking-wide text-slate-500">{interpolate(f.row, { n })}</p>
                {!locked ? (
                  <div className="flex items-center gap-1">
                    <button type="button" className={moveButton} disabled={i === 0} onClick={() => move(i, i - 1)} aria-label={interpolate(f.moveUp, { n })}>↑</button>
                    <button type="button" className={moveButton} disabled={i === rows.length - 1} onClick={() => move(i, i + 1)} aria-label={interpolate(f.moveDown, { n })}>↓</button>
                    <button type="button" className="rounded px-2 py-1 text-sm font-medium text-red-700 hover:bg-red-50" onClick={() => onChange(rows.filter((r) => r.key !== row.key))} aria-label={interpolate(f.remove, { n })}>✕</button>
                  </div>
                ) : null}
              </div>
              <div className="grid gap-3 sm:grid-cols-4">
                <Select
                  id={`${id}-aspect`}
                  label={f.aspect}
                  placeholder={f.chooseAspect}
                  value={row.aspect}
                  disabled={locked}
                  onChange={(e) => update(row.key, { aspect: e.target.value as Aspect | "" })}
                  options={ASPECTS.map((a) => ({ value: a, label: t.aspect[a] }))}
                  errors={fieldErrors?.[`questions.${i}.aspect`]}
                />
                <TextArea
                  id={`${id}-text`}
                  className="sm:col-span-3"
                  label={f.text}
                  rows={2}
                  value={row.text}
                  disabled={locked}
                  onChange={(e) => update(row.key, { text: e.target.value })}
                  errors={fieldErrors?.[`questions.${i}.text`]}
                />
              </div>
            </li>
          );
        })}
      </ol>
      {!locked ? <AddRowButton onClick={onAdd}>{f.add}</AddRowButton> : null}
    </div>
  );
}
