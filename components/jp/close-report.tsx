import type { YearCloseChange } from "@/lib/compliance/year-close";
import { formatDate, interpolate, type Locale } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { calendarToday } from "@/lib/time";
import { formatJp } from "@/lib/ledger/rules";
import { formatNip } from "@/lib/people/nip";
import type { ComplianceStatus } from "@/lib/compliance/rules";
import { StatusBadge } from "@/components/compliance/status-badge";
import { DetailList, EmptyState } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";

type Report = {
  year: number;
  closedAt: Date;
  closedByName: string;
  employeeCount: number;
  contentHash: string;
  intact: boolean;
  changes: YearCloseChange[];
};

export function CloseSummary({ report, m, locale }: { report: Report; m: Messages; locale: Locale }) {
  const t = m.jp.close;
  return (
    <DetailList
      items={[
        [t.title, interpolate(t.closedOn, { date: formatDate(calendarToday(report.closedAt), locale), by: report.closedByName })],
        [t.employees, String(report.employeeCount)],
        [t.hash, <code key="hash" className="break-all text-xs">{report.contentHash}</code>],
        ["", <span key="intact" data-testid="close-intact" className={report.intact ? "text-emerald-800" : "font-semibold text-red-700"}>{report.intact ? t.verified : t.tampered}</span>],
      ]}
    />
  );
}

export function CloseChanges({ changes, m, locale }: { changes: YearCloseChange[]; m: Messages; locale: Locale }) {
  const t = m.jp.close;
  if (!changes.length) return <EmptyState title={t.changesEmpty} />;
  const labels = m.complianceAdmin.status;
  return (
    <Table label={t.changesTitle}>
      <thead>
        <tr>
          <Th>{t.name}</Th>
          <Th className="text-right">{t.atClose}</Th>
          <Th className="text-right">{t.now}</Th>
          <Th className="text-right">{t.difference}</Th>
          <Th>{t.status}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100" data-testid="close-changes">
        {changes.map((c) => (
          <tr key={c.employeeId}>
            <Td>
              <span className="font-medium text-slate-900">{c.name}</span>
              <span className="block font-mono text-xs text-slate-500">{formatNip(c.nip)}</span>
            </Td>
            <Td className="whitespace-nowrap text-right">{formatJp(c.creditedAtClose, locale)}</Td>
            <Td className="whitespace-nowrap text-right">{formatJp(c.creditedNow, locale)}</Td>
            <Td className={`whitespace-nowrap text-right font-medium ${c.creditedNow < c.creditedAtClose ? "text-red-700" : "text-emerald-800"}`}>
              {c.creditedNow > c.creditedAtClose ? "+" : ""}{formatJp(c.creditedNow - c.creditedAtClose, locale)}
            </Td>
            <Td>
              <span className="flex flex-wrap items-center gap-1">
                <StatusBadge status={c.statusAtClose as ComplianceStatus} labels={labels} />
                {c.statusNow !== c.statusAtClose ? <>→ <StatusBadge status={c.statusNow as ComplianceStatus} labels={labels} /></> : null}
              </span>
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
