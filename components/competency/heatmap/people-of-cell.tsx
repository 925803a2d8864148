import { Badge } from "@/components/ui/card";
import Link from "@/components/ui/link";
import { Table, Td, Th } from "@/components/ui/table";
import type { CellPerson } from "@/lib/competency/gaps";
import type { Messages } from "@/lib/i18n/messages/id";
import { formatNip } from "@/lib/people/nip";
import { fullName } from "@/lib/people/rules";

/** The level columns stay narrow on a phone: no capitals spacing, small padding, the label may wrap. */
const NARROW_TH = "px-2 text-center normal-case tracking-normal";

type SourceKey = keyof Messages["compGaps"]["sources"];

/** The people of a heatmap cell: each links to the Kompetensi tab of their employee page. */
export function PeopleOfCell({ people, m }: { people: CellPerson[]; m: Messages }) {
  const t = m.compGaps.cell;
  return (
    <Table label={t.tableLabel}>
      <thead>
        <tr>
          <Th>{t.name}</Th>
          <Th className="hidden md:table-cell">{t.position}</Th>
          <Th className={NARROW_TH}>{t.required}</Th>
          <Th className={NARROW_TH}>{t.current}</Th>
          <Th className="hidden sm:table-cell">{t.source}</Th>
          <Th className={NARROW_TH}>{t.gap}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {people.map((p) => (
          <tr key={p.employeeId} data-testid="cell-person">
            <Td className="min-w-36 px-3 sm:min-w-44">
              <Link href={`/admin/pegawai/${p.employeeId}?tab=kompetensi`} className="break-words font-medium text-brand-800 hover:underline">{fullName(p)}</Link>
              <span className="block whitespace-nowrap font-mono text-[11px] text-slate-500 sm:text-xs">{formatNip(p.nip)}</span>
              <span className="block text-xs text-slate-500 md:hidden">{p.positionName}</span>
            </Td>
            <Td className="hidden min-w-48 md:table-cell">
              <span className="block break-words">{p.positionName}</span>
              <span className="block text-xs text-slate-500">{p.unitName}</span>
            </Td>
            <Td className="px-2 text-center">{p.requiredLevel}</Td>
            <Td className="px-2 text-center">{p.currentLevel ?? <Badge>{m.compGaps.notAssessed}</Badge>}</Td>
            <Td className="hidden sm:table-cell">{p.source ? m.compGaps.sources[p.source as SourceKey] : "—"}</Td>
            <Td className="px-2 text-center">
              {p.gap === null ? "—" : p.gap > 0 ? <Badge tone={p.gap > 1 ? "red" : "amber"}>{p.gap}</Badge> : <Badge tone="green">0</Badge>}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
