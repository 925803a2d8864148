import Link from "@/components/ui/link";
import { Badge } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import type { ProgramListRow } from "@/lib/catalog/admin-queries";
import { formatRupiah, interpolate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";

/** The agency's programs; organiser, batches and budget fold under the title on small screens. */
export function ProgramTable({ rows, t }: { rows: ProgramListRow[]; t: Messages["trainingAdmin"] }) {
  return (
    <Table label={t.list.tableLabel}>
      <thead>
        <tr>
          <Th>{t.list.colTitle}</Th>
          <Th className="hidden sm:table-cell">{t.list.colRoute}</Th>
          <Th className="hidden lg:table-cell">{t.list.colOrganiser}</Th>
          <Th className="hidden text-right md:table-cell">{t.list.colBatches}</Th>
          <Th className="hidden text-right sm:table-cell">{t.list.colBudget}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100" data-testid="program-rows">
        {rows.map((row) => (
          <tr key={row.id} className="hover:bg-slate-50">
            <Td>
              <Link href={`/admin/pelatihan/${row.id}`} className="font-medium text-brand-800 hover:underline">{row.title}</Link>
              <p className="text-xs text-slate-500 lg:hidden">{row.organiser}</p>
              <p className="mt-1 flex flex-wrap gap-x-3 text-xs text-slate-600 sm:hidden">
                <span>{row.routeCode}</span>
                <span>{interpolate(t.list.batchCount, { count: row.batchCount })}</span>
                <span>{formatRupiah(row.budgetTotal)}</span>
              </p>
            </Td>
            <Td className="hidden whitespace-nowrap sm:table-cell">
              <Badge tone="brand">{row.routeCode}</Badge>
              <p className="mt-1 text-xs text-slate-500">{t.routes[row.routeCode]}</p>
            </Td>
            <Td className="hidden lg:table-cell">{row.organiser}</Td>
            <Td className="hidden text-right tabular-nums md:table-cell">{row.batchCount}</Td>
            <Td className="hidden whitespace-nowrap text-right tabular-nums sm:table-cell">{formatRupiah(row.budgetTotal)}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
