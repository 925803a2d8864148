"use client";
import { interpolate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { AddRowButton, RowBox, Select } from "./form-controls";
import { errorsAt, rowKey } from "./use-submit";

export type CompetencyRow = { key: number; competencyId: string; targetLevel: string };
export type CompetencyOption = { id: string; code: string; name: string };

type Props = {
  rows: CompetencyRow[];
  onChange: (rows: CompetencyRow[]) => void;
  options: CompetencyOption[];
  fieldErrors?: Record<string, string[]>;
  t: Messages["trainingAdmin"];
  levels: Messages["competency"]["levels"];
};

/** Competencies the program develops, each with a target level 1–5; a competency can be chosen once. */
export function CompetencyRows({ rows, onChange, options, fieldErrors, t, levels }: Props) {
  const f = t.programForm;
  const taken = new Set(rows.map((r) => r.competencyId));
  const free = options.find((o) => !taken.has(o.id));
  const update = (key: number, patch: Partial<CompetencyRow>) => onChange(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const levelOptions = ([1, 2, 3, 4, 5] as const).map((l) => ({ value: String(l), label: `${l} · ${levels[l]}` }));

  return (
    <div className="space-y-3">
      {!options.length ? <p className="text-sm text-slate-500">{f.noCatalog}</p> : null}
      {options.length && !rows.length ? <p className="text-sm text-slate-500">{f.noCompetencies}</p> : null}
      {rows.map((row, i) => (
        <RowBox key={row.key} title={interpolate(t.row, { n: i + 1 })} removeLabel={interpolate(t.removeRow, { n: i + 1 })} onRemove={() => onChange(rows.filter((r) => r.key !== row.key))}>
          <div className="grid gap-3 sm:grid-cols-3">
            <Select
              id={`competency-${row.key}`}
              className="sm:col-span-2"
              label={f.competency}
              value={row.competencyId}
              onChange={(e) => update(row.key, { competencyId: e.target.value })}
              options={options.map((o) => ({ value: o.id, label: `${o.code} · ${o.name}`, disabled: o.id !== row.competencyId && taken.has(o.id) }))}
              errors={errorsAt(fieldErrors, `competencies.${i}.competencyId`)}
            />
            <Select
              id={`competency-${row.key}-level`}
              label={f.targetLevel}
              value={row.targetLevel}
              onChange={(e) => update(row.key, { targetLevel: e.target.value })}
              options={levelOptions}
              errors={errorsAt(fieldErrors, `competencies.${i}.targetLevel`)}
            />
          </div>
        </RowBox>
      ))}
      <div aria-live="polite">{fieldErrors?.competencies?.map((e) => <p key={e} className="text-sm text-red-700">{e}</p>)}</div>
      {free ? (
        <AddRowButton onClick={() => onChange([...rows, { key: rowKey(), competencyId: free.id, targetLevel: "3" }])}>{f.addCompetency}</AddRowButton>
      ) : null}
    </div>
  );
}
