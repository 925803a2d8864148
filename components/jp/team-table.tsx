import type { ComplianceRow } from "@/lib/compliance/queries";
import { shortfallMinutes } from "@/lib/compliance/rules";
import type { Locale } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { formatJp } from "@/lib/ledger/rules";
import { formatNip } from "@/lib/people/nip";
import { StatusBadge } from "@/components/compliance/status-badge";
import Link from "@/components/ui/link";
import { Table, Td, Th } from "@/components/ui/table";

/** The supervisor's staff, already sorted furthest behind first; each name opens their page (/tim/[employeeId]). */
export function TeamJpTable({ rows, m, locale }: { rows: ComplianceRow[]; m: Messages; locale: Locale }) {
  const t = m.jp.team;
  return (
    <Table label={t.title}>
      <thead>
        <tr>
          <Th>{t.name}</Th>
          <Th className="hidden md:table-cell">{t.unit}</Th>
          <Th className="text-right">{t.credited}</Th>
          <Th className="hidden text-right sm:table-cell">{t.target}</Th>
          <Th className="hidden text-right lg:table-cell">{t.planned}</Th>
          <Th className="text-right">{t.shortfall}</Th>
          <Th>{t.status}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100" data-testid="team-jp-rows">
        {rows.map((r) => (
          <tr key={r.employeeId}>
            <Td>
              <Link href={`/tim/${r.employeeId}`} className="font-medium text-brand-800 hover:underline">{r.name}</Link>
              <span className="block font-mono text-xs text-slate-500">{formatNip(r.nip)}</span>
            </Td>
            <Td className="hidden md:table-cell">{r.unitName}</Td>
            <Td className="whitespace-nowrap text-right">{formatJp(r.creditedMinutes, locale)}</Td>
            <Td className="hidden whitespace-nowrap text-right sm:table-cell">{formatJp(r.targetMinutes, locale)}</Td>
            <Td className="hidden whitespace-nowrap text-right lg:table-cell">{formatJp(r.plannedMinutes, locale)}</Td>
            <Td className="whitespace-nowrap text-right">{formatJp(shortfallMinutes(r.creditedMinutes, r.targetMinutes), locale)}</Td>
            <Td><StatusBadge status={r.status} labels={m.complianceAdmin.status} /></Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
