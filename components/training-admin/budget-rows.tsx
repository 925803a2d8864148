"use client";
import { budgetLineTotal, budgetTotal } from "@/lib/catalog/rules";
import { formatRupiah, interpolate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { AddRowButton, RowBox, TextInput } from "./form-controls";
import { parseTaxPercent, rupiahDigits } from "./format";
import { errorsAt, rowKey } from "./use-submit";

export type BudgetRow = { key: number; item: string; volume: string; unit: string; unitPrice: string; tax: string; fundSource: string };

export const emptyBudgetRow = (): BudgetRow => ({ key: rowKey(), item: "", volume: "", unit: "OH", unitPrice: "", tax: "0", fundSource: "APBD" });

/** A budget line as the schema takes it; numbers stay text so the schema names what is wrong. */
export function budgetLineInput(row: BudgetRow) {
  return {
    item: row.item,
    volume: row.volume.trim(),
    unit: row.unit,
    unitPrice: rupiahDigits(row.unitPrice),
    taxBasisPoints: parseTaxPercent(row.tax) ?? 0,
    fundSource: row.fundSource,
  };
}

/** Amounts for the live total: a line that cannot be read yet counts as zero. */
function amounts(row: BudgetRow) {
  const volume = Number(row.volume.trim());
  const unitPrice = Number(rupiahDigits(row.unitPrice));
  const ok = Number.isInteger(volume) && volume > 0 && Number.isInteger(unitPrice) && unitPrice >= 0;
  return ok ? { volume, unitPrice, taxBasisPoints: parseTaxPercent(row.tax) ?? 0 } : { volume: 0, unitPrice: 0, taxBasisPoints: 0 };
}

type Props = {
  rows: BudgetRow[];
  onChange: (rows: BudgetRow[]) => void;
  fieldErrors?: Record<string, string[]>;
  showTaxErrors: boolean;
  t: Messages["trainingAdmin"];
};

export function BudgetRows({ rows, onChange, fieldErrors, showTaxErrors, t }: Props) {
  const f = t.programForm;
  const update = (key: number, patch: Partial<BudgetRow>) => onChange(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const total = budgetTotal(rows.map(amounts));

  return (
    <div className="space-y-3">
      {!rows.length ? <p className="text-sm text-slate-500">{f.noLines}</p> : null}
      <datalist id="fund-sources">
        {["APBD", "PAD", "APBN", "DAU", "DAK", "BLUD"].map((s) => <option key={s} value={s} />)}
      </datalist>
      {rows.map((row, i) => {
        const id = `budget-${row.key}`;
        const err = (field: string) => errorsAt(fieldErrors, `budgetLines.${i}.${field}`);
        const taxBad = showTaxErrors && parseTaxPercent(row.tax) === null;
        return (
          <RowBox key={row.key} title={interpolate(t.row, { n: i + 1 })} removeLabel={interpolate(t.removeRow, { n: i + 1 })} onRemove={() => onChange(rows.filter((r) => r.key !== row.key))}>
            <div className="grid gap-3 sm:grid-cols-6">
              <TextInput id={`${id}-item`} className="sm:col-span-6" label={f.item} value={row.item} onChange={(e) => update(row.key, { item: e.target.value })} errors={err("item")} />
              <TextInput id={`${id}-volume`} label={f.volume} inputMode="numeric" value={row.volume} onChange={(e) => update(row.key, { volume: e.target.value })} errors={err("volume")} />
              <TextInput id={`${id}-unit`} label={f.unit} value={row.unit} onChange={(e) => update(row.key, { unit: e.target.value })} errors={err("unit")} />
              <TextInput id={`${id}-price`} className="sm:col-span-2" label={f.unitPrice} inputMode="numeric" value={row.unitPrice} onChange={(e) => update(row.key, { unitPrice: e.target.value })} errors={err("unitPrice")} />
              <TextInput id={`${id}-tax`} label={f.tax} inputMode="decimal" value={row.tax} onChange={(e) => update(row.key, { tax: e.target.value })} errors={taxBad ? [f.taxInvalid] : err("taxBasisPoints")} />
              <TextInput id={`${id}-fund`} label={f.fundSource} list="fund-sources" value={row.fundSource} onChange={(e) => update(row.key, { fundSource: e.target.value })} errors={err("fundSource")} />
            </div>
            <p className="mt-2 text-right text-sm text-slate-600">
              {f.lineTotal}: <span className="font-medium tabular-nums text-slate-900">{formatRupiah(budgetLineTotal(amounts(row)))}</span>
            </p>
          </RowBox>
        );
      })}
      <div className="flex flex-wrap items-center justify-between gap-3">
        <AddRowButton onClick={() => onChange([...rows, emptyBudgetRow()])}>{f.addLine}</AddRowButton>
        <p className="text-sm text-slate-700" aria-live="polite">
          {f.grandTotal}: <span className="text-base font-semibold tabular-nums text-slate-900" data-testid="budget-total">{formatRupiah(total)}</span>
        </p>
      </div>
    </div>
  );
}
