"use client";
import { interpolate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { AddRowButton, RowBox, Select, TextInput } from "./form-controls";
import { errorsAt, rowKey } from "./use-submit";

export type QuotaRow = { key: number; unitId: string; seats: string };
export type UnitOption = { id: string; name: string; depth: number };

type Props = {
  rows: QuotaRow[];
  onChange: (rows: QuotaRow[]) => void;
  units: UnitOption[];
  capacity: string;
  fieldErrors?: Record<string, string[]>;
  t: Messages["trainingAdmin"];
};

/** Seats reserved per unit subtree; a unit can be chosen once. */
export function QuotaRows({ rows, onChange, units, capacity, fieldErrors, t }: Props) {
  const f = t.batchForm;
  const taken = new Set(rows.map((r) => r.unitId));
  const free = units.find((u) => !taken.has(u.id));
  const update = (key: number, patch: Partial<QuotaRow>) => onChange(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const seats = rows.reduce((sum, r) => sum + (Number.isInteger(Number(r.seats)) ? Number(r.seats) : 0), 0);

  return (
    <div className="space-y-3">
      {!rows.length ? <p className="text-sm text-slate-500">{f.noQuotas}</p> : null}
      {rows.map((row, i) => (
        <RowBox key={row.key} title={interpolate(t.row, { n: i + 1 })} removeLabel={interpolate(t.removeRow, { n: i + 1 })} onRemove={() => onChange(rows.filter((r) => r.key !== row.key))}>
          <div className="grid gap-3 sm:grid-cols-4">
            <Select
              id={`quota-${row.key}-unit`}
              className="sm:col-span-3"
              label={f.quotaUnit}
              value={row.unitId}
              onChange={(e) => update(row.key, { unitId: e.target.value })}
              options={units.map((u) => ({ value: u.id, label: `${"\u00a0\u00a0".repeat(u.depth)}${u.name}`, disabled: u.id !== row.unitId && taken.has(u.id) }))}
              errors={errorsAt(fieldErrors, `quotas.${i}.unitId`)}
            />
            <TextInput
              id={`quota-${row.key}-seats`}
              label={f.quotaSeats}
              inputMode="numeric"
              value={row.seats}
              onChange={(e) => update(row.key, { seats: e.target.value })}
              errors={errorsAt(fieldErrors, `quotas.${i}.seats`)}
            />
          </div>
        </RowBox>
      ))}
      <div className="flex flex-wrap items-center justify-between gap-3">
        {free ? <AddRowButton onClick={() => onChange([...rows, { key: rowKey(), unitId: free.id, seats: "10" }])}>{f.addQuota}</AddRowButton> : <span />}
        {rows.length ? <p className="text-sm text-slate-600" aria-live="polite">{interpolate(f.quotaTotal, { seats, capacity: capacity || "0" })}</p> : null}
      </div>
    </div>
  );
}
