import { Badge } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { formatDate, formatRupiah, type Locale } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import type { BatchBudget } from "@/lib/plan/actual-batch";

/** The batch's realised rows as recorded (corrections marked), then the total per source of funds and overall. */
export function SpendingTable({ budget, t, locale }: { budget: BatchBudget; t: Messages["planActual"]; locale: Locale }) {
  const s = t.spending;
  return (
    <Table label={s.title}>
      <thead>
        <tr><Th>{s.spentOn}</Th><Th>{s.description}</Th><Th>{s.fundSource}</Th><Th className="text-right">{s.amount}</Th></tr>
      </thead>
      <tbody className="divide-y divide-slate-100" data-testid="spending-rows">
        {budget.spending.map((r) => (
          <tr key={r.id}>
            <Td className="whitespace-nowrap">{formatDate(r.spentOn, locale)}</Td>
            <Td className="min-w-48 break-words">{r.amount < 0 ? <><Badge tone="amber">{s.correction}</Badge>{" "}</> : null}{r.description}</Td>
            <Td>{t.fundSource[r.fundSource]}</Td>
            <Td className="whitespace-nowrap text-right tabular-nums">{formatRupiah(r.amount)}</Td>
          </tr>
        ))}
      </tbody>
      <tfoot className="border-t-2 border-slate-200 font-semibold">
        {budget.byFundSource.length > 1 ? budget.byFundSource.map((f) => (
          <tr key={f.fundSource}>
            <Td /><Td>{s.total} {t.fundSource[f.fundSource]}</Td><Td /><Td className="whitespace-nowrap text-right tabular-nums">{formatRupiah(f.total)}</Td>
          </tr>
        )) : null}
        <tr>
          <Td /><Td>{s.total}</Td><Td /><Td className="whitespace-nowrap text-right tabular-nums" >
            <span data-testid="spending-total">{formatRupiah(budget.total)}</span>
          </Td>
        </tr>
      </tfoot>
    </Table>
  );
}
