import Link from "@/components/ui/link";
import { Table, Td, Th } from "@/components/ui/table";
import type { ComplianceRow } from "@/lib/compliance/queries";
import { shortfallMinutes } from "@/lib/compliance/rules";
import { interpolate, type Locale } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { formatJp } from "@/lib/ledger/rules";
import { formatNip } from "@/lib/people/nip";
import { SortableTh, type SortLinks } from "./sort-header";
import { StatusBadge } from "./status-badge";

const num = "whitespace-nowrap text-right tabular-nums";

/**
 * The drill-down rows, in the order of `sort.sort` (sorted in SQL; the headers only link to another order). On a
 * phone only the name, the credited JP and the status stay as columns (unit and position move under the name);
 * at 1366 px the position, active months and planned JP give way so the status is never cut off.
 */
export function ComplianceTable({ rows, sort, m, locale }: { rows: ComplianceRow[]; sort?: SortLinks; m: Messages; locale: Locale }) {
  const t = m.complianceAdmin.list;
  const s = m.complianceList.sort;
  const positionType = (type: string) => (m.positionType as Record<string, string | undefined>)[type] ?? type;
  const jp = (minutes: number) => formatJp(minutes, locale);
  return (
    <Table label={t.table}>
      <thead>
        <tr>
          <SortableTh className="min-w-52" columns={[{ key: "nama", label: s.name }, { key: "nip", label: s.nip }]} links={sort} />
          <SortableTh className="hidden min-w-44 md:table-cell" columns={[{ key: "unit", label: t.unit }]} links={sort} />
          <Th className="hidden 2xl:table-cell">{t.positionType}</Th>
          <Th className="hidden text-right 2xl:table-cell">{t.activeMonths}</Th>
          <SortableTh className="hidden text-right sm:table-cell" columns={[{ key: "target", label: t.target }]} links={sort} />
          <SortableTh className="text-right" columns={[{ key: "jp", label: t.credited }]} links={sort} />
          <Th className="hidden text-right xl:table-cell">{t.planned}</Th>
          <SortableTh className="hidden text-right sm:table-cell" columns={[{ key: "kekurangan", label: t.shortfall }]} links={sort} />
          <SortableTh columns={[{ key: "status", label: t.status }]} links={sort} />
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100" data-testid="compliance-rows">
        {rows.map((row) => {
          const shortfall = row.status === "EXEMPT" ? 0 : shortfallMinutes(row.creditedMinutes, row.targetMinutes);
          return (
            <tr key={row.employeeId} className="hover:bg-slate-50" data-credited={row.creditedMinutes} data-shortfall={shortfall}>
              <Td>
                <Link href={`/admin/pegawai/${row.employeeId}`} className="font-medium text-brand-800 hover:underline">{row.name}</Link>
                <p className="whitespace-nowrap font-mono text-xs text-slate-500">{formatNip(row.nip)}</p>
                <p className="text-xs text-slate-600 md:hidden">{row.unitName}</p>
                <p className="text-xs text-slate-500 2xl:hidden">{positionType(row.positionType)} · {m.employee[row.kind]}</p>
              </Td>
              <Td className="hidden md:table-cell">
                {row.unitName}
                {row.opdName !== row.unitName ? <p className="text-xs text-slate-500">{row.opdName}</p> : null}
              </Td>
              <Td className="hidden 2xl:table-cell">
                {positionType(row.positionType)}
                <p className="text-xs text-slate-500">{m.employee[row.kind]}</p>
              </Td>
              <Td className={`hidden 2xl:table-cell ${num}`}>{interpolate(t.months, { months: row.activeMonths })}</Td>
              <Td className={`hidden sm:table-cell ${num}`}>{jp(row.targetMinutes)}</Td>
              <Td className={`${num} font-semibold`}>{jp(row.creditedMinutes)}</Td>
              <Td className={`hidden xl:table-cell ${num}`}>{row.plannedMinutes > 0 ? jp(row.plannedMinutes) : m.common.none}</Td>
              <Td className={`hidden sm:table-cell ${num}`}>{shortfall > 0 ? jp(shortfall) : m.common.none}</Td>
              <Td>
                <StatusBadge status={row.status} labels={m.complianceAdmin.status} />
                {row.overCeiling ? <p className="mt-1 whitespace-nowrap text-xs text-amber-800">{t.overCeiling}</p> : null}
              </Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
