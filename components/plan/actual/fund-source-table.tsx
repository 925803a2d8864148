import { Table, Td, Th } from "@/components/ui/table";
import { formatRupiah } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import type { FundSourceRow } from "@/lib/plan/actual-rules";
import { sumRupiah } from "@/lib/plan/rules";

/** Rupiah planned (budget items' source) against realised (the batches' rows' source), per source of funds. */
export function FundSourceTable({ rows, t }: { rows: FundSourceRow[]; t: Messages["planActual"] }) {
  const r = t.report;
  const num = "whitespace-nowrap text-right tabular-nums";
  const total = { planned: sumRupiah(rows.map((x) => x.planned)), actual: sumRupiah(rows.map((x) => x.actual)) };
  return (
    <Table label={r.byFundSource}>
      <thead><tr><Th>{r.fundSource}</Th><Th className="text-right">{r.planned}</Th><Th className="text-right">{r.actual}</Th><Th className="text-right">{r.variance}</Th></tr></thead>
      <tbody className="divide-y divide-slate-100" data-testid="fund-source-rows">
        {rows.map((x) => (
          <tr key={x.fundSource}>
            <Td>{t.fundSource[x.fundSource]}</Td>
            <Td className={num}>{formatRupiah(x.planned)}</Td><Td className={num}>{formatRupiah(x.actual)}</Td><Td className={num}>{formatRupiah(x.variance)}</Td>
          </tr>
        ))}
      </tbody>
      <tfoot className="border-t-2 border-slate-200 font-semibold">
        <tr><Td>{r.total}</Td><Td className={num}>{formatRupiah(total.planned)}</Td><Td className={num}>{formatRupiah(total.actual)}</Td><Td className={num}>{formatRupiah(total.actual - total.planned)}</Td></tr>
      </tfoot>
    </Table>
  );
}
