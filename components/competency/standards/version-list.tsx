import { Badge } from "@/components/ui/card";
import Link from "@/components/ui/link";
import { Table, Td, Th } from "@/components/ui/table";
import type { StandardVersionView } from "@/lib/competency/standards-queries";
import { formatDate, interpolate, type Locale } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";

const statusTone = { IN_FORCE: "green", UPCOMING: "brand", SUPERSEDED: "slate" } as const;

/** The versions of a position's standard, newest first: legal basis, effective date, status today; one is shown below. */
export function VersionList({ versions, shownId, basePath, m, locale }: { versions: StandardVersionView[]; shownId: string; basePath: string; m: Messages; locale: Locale }) {
  const s = m.compStandards.standards;
  return (
    <Table label={s.versions}>
      <thead>
        <tr>
          <Th>{s.colLegalBasis}</Th>
          <Th>{s.colEffective}</Th>
          <Th className="hidden sm:table-cell">{s.colStatus}</Th>
          <Th className="hidden md:table-cell">{s.colContent}</Th>
          <Th><span className="sr-only">{s.show}</span></Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {versions.map((v) => (
          <tr key={v.id} data-testid="standard-version" aria-current={v.id === shownId ? "true" : undefined} className={v.id === shownId ? "bg-brand-50/50" : undefined}>
            <Td className="min-w-40 font-medium">
              {v.legalBasis}
              <span className="mt-1 block sm:hidden"><Badge tone={statusTone[v.status]}>{s.status[v.status]}</Badge></span>
            </Td>
            <Td className="whitespace-nowrap">{formatDate(v.effectiveFrom, locale)}</Td>
            <Td className="hidden whitespace-nowrap sm:table-cell"><Badge tone={statusTone[v.status]}>{s.status[v.status]}</Badge></Td>
            <Td className="hidden whitespace-nowrap md:table-cell">{interpolate(s.content, { lines: v.lines.length, requirements: v.requirements.length })}</Td>
            <Td className="whitespace-nowrap text-right">
              {v.id === shownId ? <span className="text-sm text-slate-500">{s.shown}</span> : <Link href={`${basePath}?versi=${v.id}`} className="text-sm font-medium text-brand-700 hover:underline">{s.show}</Link>}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
