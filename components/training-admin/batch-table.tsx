import Link from "@/components/ui/link";
import { Table, Td, Th } from "@/components/ui/table";
import type { ProgramDetail } from "@/lib/catalog/admin-queries";
import { formatDateRange, interpolate, type Locale } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { formatJp } from "@/lib/ledger/rules";
import { BatchStatusBadge } from "./badges";

/** A program's batches: number, dates, status, confirmed/capacity and the planned JP. */
export function BatchTable({ batches, t, locale }: { batches: ProgramDetail["batches"]; t: Messages["trainingAdmin"]; locale: Locale }) {
  const p = t.program;
  return (
    <Table label={p.batches}>
      <thead>
        <tr>
          <Th>{p.colNumber}</Th>
          <Th className="hidden sm:table-cell">{p.colDates}</Th>
          <Th>{p.colStatus}</Th>
          <Th className="hidden text-right sm:table-cell">{p.colSeats}</Th>
          <Th className="hidden text-right md:table-cell">{p.colPlannedJp}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100" data-testid="batch-rows">
        {batches.map((b) => (
          <tr key={b.id} className="hover:bg-slate-50">
            <Td>
              <Link href={`/admin/angkatan/${b.id}`} className="font-medium text-brand-800 hover:underline">{interpolate(p.batchNumber, { number: b.number })}</Link>
              <p className="text-xs text-slate-500 sm:hidden">{formatDateRange(b.startDate, b.endDate, locale)}</p>
              <p className="text-xs text-slate-500 sm:hidden">{b.confirmedCount}/{b.capacity} · {formatJp(b.plannedMinutes, locale)}</p>
            </Td>
            <Td className="hidden sm:table-cell">{formatDateRange(b.startDate, b.endDate, locale)}</Td>
            <Td><BatchStatusBadge status={b.status} labels={t.batchStatus} /></Td>
            <Td className="hidden whitespace-nowrap text-right tabular-nums sm:table-cell">{b.confirmedCount}/{b.capacity}</Td>
            <Td className="hidden whitespace-nowrap text-right tabular-nums md:table-cell">{formatJp(b.plannedMinutes, locale)}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
