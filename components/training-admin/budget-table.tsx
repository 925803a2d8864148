import { EmptyState } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import type { ProgramDetail } from "@/lib/catalog/admin-queries";
import { formatNumber, formatRupiah, interpolate, type Locale } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { formatTax } from "./format";

/** Budget lines (volume × unit price + tax = amount) and the grand total, as in the agency's RAB. */
export function BudgetTable({ program, t, locale }: { program: ProgramDetail; t: Messages["trainingAdmin"]; locale: Locale }) {
  const f = t.programForm;
  if (!program.budgetLines.length) return <EmptyState title={t.program.noBudget} />;
  return (
    <Table label={t.program.budget}>
      <thead>
        <tr>
          <Th>{f.item}</Th>
          <Th className="hidden text-right sm:table-cell">{f.volume}</Th>
          <Th className="hidden text-right md:table-cell">{f.unitPrice}</Th>
          <Th className="hidden text-right lg:table-cell">{f.tax}</Th>
          <Th className="hidden lg:table-cell">{f.fundSource}</Th>
          <Th className="text-right">{f.lineTotal}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100" data-testid="budget-rows">
        {program.budgetLines.map((line) => (
          <tr key={line.id}>
            <Td>
              {line.item}
              <p className="text-xs text-slate-500 sm:hidden">
                {formatNumber(line.volume, locale)} {line.unit} × {formatRupiah(line.unitPrice)}
              </p>
              <p className="text-xs text-slate-500 lg:hidden">{line.fundSource}{line.taxBasisPoints ? ` · ${interpolate(f.taxShort, { rate: formatTax(line.taxBasisPoints, locale) })}` : ""}</p>
            </Td>
            <Td className="hidden whitespace-nowrap text-right tabular-nums sm:table-cell">{formatNumber(line.volume, locale)} {line.unit}</Td>
            <Td className="hidden whitespace-nowrap text-right tabular-nums md:table-cell">{formatRupiah(line.unitPrice)}</Td>
            <Td className="hidden text-right tabular-nums lg:table-cell">{formatTax(line.taxBasisPoints, locale)}</Td>
            <Td className="hidden lg:table-cell">{line.fundSource}</Td>
            <Td className="whitespace-nowrap text-right tabular-nums">{formatRupiah(line.total)}</Td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr className="border-t-2 border-slate-200">
          <th scope="row" colSpan={5} className="hidden px-4 py-2.5 text-right text-sm font-semibold text-slate-700 lg:table-cell">{f.grandTotal}</th>
          <th scope="row" className="px-4 py-2.5 text-left text-sm font-semibold text-slate-700 lg:hidden">{f.grandTotal}</th>
          <td colSpan={1} className="hidden sm:table-cell md:hidden" />
          <td colSpan={2} className="hidden md:table-cell lg:hidden" />
          <td className="whitespace-nowrap px-4 py-2.5 text-right font-semibold tabular-nums text-slate-900" data-testid="program-budget-total">{formatRupiah(program.budgetTotal)}</td>
        </tr>
      </tfoot>
    </Table>
  );
}
