import Link from "@/components/ui/link";
import type { QueueRow } from "@/lib/external/queries";
import { formatDate, formatDateRange, type Locale } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { formatMinutesJp } from "@/lib/ledger/rules";
import { formatNip } from "@/lib/people/nip";
import { fullName } from "@/lib/people/rules";
import { calendarToday } from "@/lib/time";
import { Table, Td, Th } from "@/components/ui/table";
import { ExternalStatusBadge } from "./status-badge";

/** The verification queue: who, what, how long, and a link to the review page. */
export function QueueTable({ rows, m, locale }: { rows: QueueRow[]; m: Messages; locale: Locale }) {
  const t = m.external;
  return (
    <Table label={t.queue.tableLabel}>
      <thead>
        <tr>
          <Th>{t.queue.employee}</Th>
          <Th>{t.list.training}</Th>
          <Th className="hidden text-right sm:table-cell">{t.list.duration}</Th>
          <Th className="hidden md:table-cell">{t.queue.submitted}</Th>
          <Th>{t.list.status}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100" data-testid="queue-rows">
        {rows.map((row) => (
          <tr key={row.id} className="hover:bg-slate-50" data-testid="queue-row">
            <Td>
              <span className="font-medium">{fullName(row.employee)}</span>
              <p className="font-mono text-xs text-slate-500">{formatNip(row.employee.nip)}</p>
              <p className="text-xs text-slate-600">{row.employee.unit.name}</p>
            </Td>
            <Td>
              <Link href={`/admin/verifikasi/${row.id}`} className="font-medium text-brand-800 hover:underline">{row.title}</Link>
              <p className="text-xs text-slate-600">{row.organiser} · <span className="font-mono">{row.routeCode}</span></p>
              <p className="text-xs text-slate-600">{formatDateRange(row.startDate, row.endDate, locale)}</p>
              <p className="text-xs text-slate-600 sm:hidden">{formatMinutesJp(row.minutes, locale)}</p>
            </Td>
            <Td className="hidden whitespace-nowrap text-right sm:table-cell">{formatMinutesJp(row.minutes, locale)}</Td>
            <Td className="hidden whitespace-nowrap md:table-cell">{formatDate(calendarToday(row.submittedAt), locale)}</Td>
            <Td><ExternalStatusBadge status={row.status} t={t} /></Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
