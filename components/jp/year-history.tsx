import Link from "@/components/ui/link";
import type { ComplianceRow } from "@/lib/compliance/queries";
import type { Locale } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { formatJp } from "@/lib/ledger/rules";
import { StatusBadge } from "@/components/compliance/status-badge";
import { Table, Td, Th } from "@/components/ui/table";

export function YearHistory({ rows, m, locale }: { rows: (ComplianceRow & { year: number })[]; m: Messages; locale: Locale }) {
  const t = m.jp;
  return (
    <Table label={t.pastTitle}>
      <thead>
        <tr>
          <Th>{t.colYear}</Th>
          <Th className="text-right">{t.colCredited}</Th>
          <Th className="text-right">{t.colTarget}</Th>
          <Th>{t.colStatus}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100" data-testid="jp-years">
        {rows.map((r) => (
          <tr key={r.year}>
            <Td><Link href={`/jp?tahun=${r.year}`} className="font-medium text-brand-800 hover:underline">{r.year}</Link></Td>
            <Td className="whitespace-nowrap text-right">{formatJp(r.creditedMinutes, locale)}</Td>
            <Td className="whitespace-nowrap text-right">{formatJp(r.targetMinutes, locale)}</Td>
            <Td><StatusBadge status={r.status} labels={m.complianceAdmin.status} /></Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
