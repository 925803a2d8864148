import Link from "@/components/ui/link";
import { BulkBar } from "@/components/bulk/bulk-bar";
import { BulkSelection, RowCheckbox, RowOutcomeView } from "@/components/bulk/selection";
import { verifyManyExternalTrainingsAction } from "@/lib/external/actions";
import type { QueueRow } from "@/lib/external/queries";
import { formatDate, formatDateRange, interpolate, type Locale } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { formatMinutesJp } from "@/lib/ledger/rules";
import { formatNip } from "@/lib/people/nip";
import { fullName } from "@/lib/people/rules";
import { calendarToday } from "@/lib/time";
import { Table, Td, Th } from "@/components/ui/table";
import { ExternalStatusBadge } from "./status-badge";

/**
 * The verification queue: who, what, how long, and a link to the review page. Waiting submissions (not the
 * viewer's own) can be ticked and verified together; a verified row shows its new status in place.
 */
export function QueueTable({ rows, viewerEmployeeId, m, locale }: { rows: QueueRow[]; viewerEmployeeId: string | null; m: Messages; locale: Locale }) {
  const t = m.external;
  const verifiable = rows.filter((row) => row.status === "SUBMITTED" && row.employee.id !== viewerEmployeeId);
  const bulk = verifiable.length > 0;
  const verifyLabels = { label: m.bulk.verify.label, approve: m.bulk.verify.approve, approveQuestion: m.bulk.verify.question, approveConfirm: m.bulk.verify.confirm };
  return (
    <BulkSelection items={verifiable.map((row) => ({ id: row.id, name: `${fullName(row.employee)} (${row.title})` }))}>
      {bulk ? <BulkBar action={verifyManyExternalTrainingsAction} idsField="ids" labels={verifyLabels} t={m.bulk} /> : null}
      <Table label={t.queue.tableLabel}>
        <thead>
          <tr>
            {bulk ? <Th className="w-10"><span className="sr-only">{m.bulk.selectAll}</span></Th> : null}
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
              {bulk ? (
                <Td className="w-10 pr-0">
                  {verifiable.includes(row) ? <RowCheckbox id={row.id} label={interpolate(m.bulk.selectRow, { name: `${fullName(row.employee)}: ${row.title}` })} /> : null}
                </Td>
              ) : null}
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
              <Td><RowOutcomeView id={row.id} done={m.bulk.rowDone}><ExternalStatusBadge status={row.status} t={t} /></RowOutcomeView></Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </BulkSelection>
  );
}
