import { Table, Td, Th } from "@/components/ui/table";
import { formatNumber, formatRupiah, type Locale } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { jpNumber } from "@/lib/ledger/rules";
import type { FiguresRow } from "@/lib/plan/actual-rules";

type T = Messages["planActual"]["report"];
export type LabelledRow = FiguresRow & { id: string; label: React.ReactNode; extra?: React.ReactNode };

const num = "whitespace-nowrap text-right tabular-nums";
const signed = (text: string, n: number) => (n > 0 ? `+${text}` : text);

/** Planned, actual and variance of participants, JP and Rupiah, and the cost per JP delivered, one row each. */
export function FiguresTable({ rows, total, t, locale, label, extraHeader, testId }: {
  rows: LabelledRow[]; total?: FiguresRow; t: T; locale: Locale; label: string; extraHeader?: string; testId?: string;
}) {
  const cells = (r: FiguresRow) => (
    <>
      <Td className={num}>{formatNumber(r.planned.participants, locale)}</Td>
      <Td className={num}>{formatNumber(r.actual.participants, locale)}</Td>
      <Td className={num}>{signed(formatNumber(r.variance.participants, locale), r.variance.participants)}</Td>
      <Td className={num}>{jpNumber(r.planned.jpMinutes, locale)}</Td>
      <Td className={num}>{jpNumber(r.actual.jpMinutes, locale)}</Td>
      <Td className={num}>{signed(jpNumber(r.variance.jpMinutes, locale), r.variance.jpMinutes)}</Td>
      <Td className={num}>{formatRupiah(r.planned.rupiah)}</Td>
      <Td className={num}>{formatRupiah(r.actual.rupiah)}</Td>
      <Td className={num}>{signed(formatRupiah(r.variance.rupiah), r.variance.rupiah)}</Td>
      <Td className={num}>{r.costPerJp === null ? "—" : formatRupiah(r.costPerJp)}</Td>
    </>
  );
  const head = "bg-slate-50 px-4 py-2.5 text-xs font-semibold uppercase tracking-wide text-slate-600";
  return (
    <Table label={label}>
      <thead>
        <tr>
          <th scope="col" rowSpan={2} className={`${head} text-left align-bottom`}>{label}</th>
          {extraHeader ? <th scope="col" rowSpan={2} className={`${head} text-left align-bottom`}>{extraHeader}</th> : null}
          {[t.participants, t.jp, t.rupiah].map((g) => <th key={g} scope="colgroup" colSpan={3} className={`${head} border-l border-slate-200 text-center`}>{g}</th>)}
          <th scope="col" rowSpan={2} className={`${head} text-right align-bottom`}>{t.costPerJp}</th>
        </tr>
        <tr>
          {[t.participants, t.jp, t.rupiah].flatMap((g) => [t.planned, t.actual, t.variance].map((h) => <Th key={`${g}-${h}`} className="text-right">{h}</Th>))}
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100" data-testid={testId}>
        {rows.map((r) => (
          <tr key={r.id} data-testid={testId ? `${testId}-row` : undefined}>
            <Td className="min-w-56 break-words">{r.label}</Td>
            {extraHeader ? <Td>{r.extra}</Td> : null}
            {cells(r)}
          </tr>
        ))}
      </tbody>
      {total ? (
        <tfoot className="border-t-2 border-slate-200 font-semibold">
          <tr><Td>{t.total}</Td>{extraHeader ? <Td /> : null}{cells(total)}</tr>
        </tfoot>
      ) : null}
    </Table>
  );
}
