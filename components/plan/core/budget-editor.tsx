"use client";
import { useState } from "react";
import { AddRowButton, RowBox, Select, TextInput } from "@/components/training-admin/form-controls";
import { formatRupiah, interpolate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { FUND_SOURCES } from "@/lib/plan/rules";

export type BudgetRow = { key: number; position?: number; item: string; volume: string; unit: string; unitPrice: string; fundSource: string; accountCode: string };

const wholeOrZero = (v: string) => (/^\d{1,12}$/.test(v.trim()) ? Number(v.trim()) : 0);

/** The budget items of a line, each with its live total (volume × unit price) and the line's total; sent as one JSON field. */
export function BudgetEditor({ t, initial, errors, disabled }: { t: Messages["planCore"]; initial: BudgetRow[]; errors?: Record<string, string[]>; disabled?: boolean }) {
  const [rows, setRows] = useState(initial);
  const [next, setNext] = useState(initial.length + 1);
  const l = t.line;
  const set = (key: number, field: keyof BudgetRow, value: string) => setRows((all) => all.map((r) => (r.key === key ? { ...r, [field]: value } : r)));
  const total = rows.reduce((s, r) => s + wholeOrZero(r.volume) * wholeOrZero(r.unitPrice), 0);
  const payload = JSON.stringify(rows.map(({ key: _k, ...r }) => ({ ...r, volume: r.volume.trim(), unitPrice: r.unitPrice.trim() })));
  const rowErrors = (i: number, field: string) => errors?.[`budget.${i}.${field}`]?.map((e) => interpolate("{row}: {e}", { row: `#${i + 1}`, e }));
  return (
    <div className="space-y-3">
      <input type="hidden" name="budget" value={payload} />
      {errors?.budget ? <p className="text-sm text-red-700">{errors.budget.join(" ")}</p> : null}
      {rows.length ? null : <p className="text-sm text-slate-500">{l.noItems}</p>}
      {rows.map((r, i) => (
        <RowBox key={r.key} title={`${l.item} #${i + 1}`} removeLabel={`${l.removeItem} #${i + 1}`} onRemove={() => !disabled && setRows((all) => all.filter((x) => x.key !== r.key))}>
          <div className="grid gap-3 sm:grid-cols-6">
            <TextInput id={`budget-${r.key}-item`} label={l.item} value={r.item} onChange={(e) => set(r.key, "item", e.target.value)} maxLength={200} errors={rowErrors(i, "item")} className="sm:col-span-3" disabled={disabled} />
            <TextInput id={`budget-${r.key}-volume`} label={l.volume} value={r.volume} onChange={(e) => set(r.key, "volume", e.target.value)} inputMode="numeric" maxLength={9} errors={rowErrors(i, "volume")} disabled={disabled} />
            <TextInput id={`budget-${r.key}-unit`} label={l.unitOfVolume} value={r.unit} onChange={(e) => set(r.key, "unit", e.target.value)} maxLength={40} errors={rowErrors(i, "unit")} disabled={disabled} />
            <TextInput id={`budget-${r.key}-price`} label={l.unitPrice} value={r.unitPrice} onChange={(e) => set(r.key, "unitPrice", e.target.value)} inputMode="numeric" maxLength={12} errors={rowErrors(i, "unitPrice")} disabled={disabled} />
            <Select id={`budget-${r.key}-fund`} label={l.fund} value={r.fundSource} onChange={(e) => set(r.key, "fundSource", e.target.value)} options={FUND_SOURCES.map((f) => ({ value: f, label: t.funds[f] }))} errors={rowErrors(i, "fundSource")} className="sm:col-span-2" disabled={disabled} />
            <TextInput id={`budget-${r.key}-account`} label={l.account} value={r.accountCode} onChange={(e) => set(r.key, "accountCode", e.target.value)} maxLength={60} errors={rowErrors(i, "accountCode")} className="sm:col-span-2" disabled={disabled} />
            <div className="space-y-1 sm:col-span-2">
              <p className="text-sm font-medium text-slate-800">{l.rowTotal}</p>
              <p className="py-2 text-right text-sm font-semibold tabular-nums" data-testid="budget-row-total" aria-live="polite">{formatRupiah(wholeOrZero(r.volume) * wholeOrZero(r.unitPrice))}</p>
            </div>
          </div>
        </RowBox>
      ))}
      <div className="flex flex-wrap items-center justify-between gap-3">
        {disabled ? <span /> : (
          <AddRowButton onClick={() => { setRows((all) => [...all, { key: next, item: "", volume: "", unit: "", unitPrice: "", fundSource: "APBD", accountCode: "" }]); setNext(next + 1); }}>
            {l.addItem}
          </AddRowButton>
        )}
        <p className="text-sm">
          {l.lineTotal}: <strong className="tabular-nums" data-testid="budget-line-total">{formatRupiah(total)}</strong>
        </p>
      </div>
    </div>
  );
}
