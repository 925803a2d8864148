import { Badge } from "@/components/ui/card";
import Link from "@/components/ui/link";
import { Table, Td, Th } from "@/components/ui/table";
import { formatNumber, interpolate, type Locale } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import type { PositionRow } from "@/lib/positions/queries";

/** The positions list: names link to the edit page for those who may edit (`linked`). */
export function PositionTable({ rows, m, locale, linked }: { rows: PositionRow[]; m: Messages; locale: Locale; linked: boolean }) {
  const p = m.org.positions;
  return (
    <Table label={p.table}>
      <thead>
        <tr>
          <Th>{p.colName}</Th>
          <Th>{p.colType}</Th>
          <Th>{p.colUnit}</Th>
          <Th className="text-right">{p.colHolders}</Th>
          <Th className="hidden md:table-cell">{p.colStandard}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((row) => (
          <tr key={row.id} data-testid="position-row">
            <Td className="min-w-48">
              {linked ? <Link href={`/admin/jabatan/${row.id}`} className="font-medium text-brand-700 hover:underline">{row.name}</Link> : <span className="font-medium">{row.name}</span>}
              {row.headsUnit ? <span className="ml-2"><Badge tone="brand">{p.headsUnit}</Badge></span> : null}
              {linked ? <Link href={`/admin/jabatan/${row.id}/standar`} aria-label={`${m.compStandards.link}: ${row.name}`} className="block text-xs text-brand-700 hover:underline">{m.compStandards.link}</Link> : null}
            </Td>
            <Td className="whitespace-nowrap">{m.positionType[row.type]}</Td>
            <Td className={row.unit.closedOn ? "min-w-40 text-slate-500" : "min-w-40"}>
              {row.unit.name}
              {row.unit.closedOn ? <span className="ml-1 text-xs">({p.unitClosed})</span> : null}
            </Td>
            <Td className="text-right tabular-nums">{formatNumber(row.holders, locale)}</Td>
            <Td className="hidden md:table-cell">{row.standardLines ? interpolate(p.standardLines, { count: row.standardLines }) : <span className="text-slate-500">{p.noStandard}</span>}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
