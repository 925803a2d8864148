import { Badge } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { formatDate, type Locale } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";

type Row = { id: string; startDate: Date; endDate: Date | null; source: string; unit: { name: string }; position: { name: string } };

/** Where the person worked when, newest first; the open placement is marked "Sekarang". */
export function AssignmentHistory({ rows, m, locale }: { rows: Row[]; m: Messages; locale: Locale }) {
  const t = m.people.history;
  return (
    <Table label={t.table}>
      <thead>
        <tr>
          <Th>{t.period}</Th>
          <Th>{t.unit}</Th>
          <Th className="hidden sm:table-cell">{t.source}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100" data-testid="assignment-rows">
        {rows.map((row) => (
          <tr key={row.id} data-open={row.endDate ? undefined : "true"}>
            <Td className="sm:whitespace-nowrap">
              {formatDate(row.startDate, locale)} – {row.endDate ? formatDate(row.endDate, locale) : t.now}
              {row.endDate ? null : <p className="mt-1"><Badge tone="green">{t.current}</Badge></p>}
            </Td>
            <Td className="min-w-36">
              <p className="break-words font-medium text-slate-900">{row.position.name}</p>
              <p className="break-words text-xs text-slate-600">{row.unit.name}</p>
              <p className="text-xs text-slate-500 sm:hidden">{t.sources[row.source] ?? row.source}</p>
            </Td>
            <Td className="hidden sm:table-cell"><Badge tone={row.source === "MANUAL" ? "brand" : "slate"}>{t.sources[row.source] ?? row.source}</Badge></Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
