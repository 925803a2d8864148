import Link from "@/components/ui/link";
import type { MyExternalTraining } from "@/lib/external/queries";
import { formatDate, formatDateRange, interpolate, type Locale } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { formatMinutesJp } from "@/lib/ledger/rules";
import { calendarToday } from "@/lib/time";
import { RouteBadge } from "@/components/catalog/badges";
import { Table, Td, Th } from "@/components/ui/table";
import { fileHref } from "./format";
import { ExternalStatusBadge } from "./status-badge";

/** The ASN's own submissions: status, the decision's reason, and the certificate they sent. */
export function MyExternalList({ rows, m, locale }: { rows: MyExternalTraining[]; m: Messages; locale: Locale }) {
  const t = m.external;
  return (
    <Table label={t.my.listLabel}>
      <thead>
        <tr>
          <Th>{t.list.training}</Th>
          <Th className="hidden md:table-cell">{t.list.dates}</Th>
          <Th className="text-right">{t.list.duration}</Th>
          <Th>{t.list.status}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100" data-testid="external-rows">
        {rows.map((row) => (
          <tr key={row.id} data-testid="external-row">
            <Td>
              <Link href={`/jp/eksternal/${row.id}`} className="font-medium text-brand-800 hover:underline">{row.title}</Link>
              <p className="text-xs text-slate-600">{row.organiser}{row.location ? ` · ${row.location}` : ""}</p>
              <p className="text-xs text-slate-600 md:hidden">{formatDateRange(row.startDate, row.endDate, locale)}</p>
              <div className="mt-1"><RouteBadge code={row.routeCode} m={m} /></div>
              <p className="mt-1 text-xs text-slate-500">
                {t.list.certificate}: <span className="font-mono">{row.certificateNumber}</span>{" · "}
                <a href={fileHref(row.id)} target="_blank" rel="noopener" className="text-brand-800 hover:underline">{t.list.openFile}</a>
              </p>
            </Td>
            <Td className="hidden whitespace-nowrap md:table-cell">{formatDateRange(row.startDate, row.endDate, locale)}</Td>
            <Td className="whitespace-nowrap text-right">{formatMinutesJp(row.minutes, locale)}</Td>
            <Td>
              <ExternalStatusBadge status={row.status} t={t} />
              <p className="mt-1 text-xs text-slate-500">{interpolate(t.list.submittedAt, { date: formatDate(calendarToday(row.submittedAt), locale) })}</p>
              {row.status === "REJECTED" && row.decisionReason ? (
                <p className="mt-1 text-sm text-red-800">{interpolate(t.list.rejectedReason, { reason: row.decisionReason })}</p>
              ) : null}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
