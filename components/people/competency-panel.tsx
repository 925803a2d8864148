import { Badge, EmptyState } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import type { Messages } from "@/lib/i18n/messages/id";

type Row = { id: string; requiredLevel: number; importance: "MUTLAK" | "PENTING" | "PERLU"; competency: { code: string; name: string } };

const importanceTone = { MUTLAK: "red", PENTING: "amber", PERLU: "slate" } as const;

/** The position's standard levels next to the person's actual ones (not assessed until competency assessment exists). */
export function CompetencyPanel({ rows, m }: { rows: Row[]; m: Messages }) {
  const t = m.people.competencies;
  if (!rows.length) return <EmptyState title={t.empty} />;
  return (
    <Table label={m.competency.title}>
      <thead>
        <tr>
          <Th>{m.competency.name}</Th>
          <Th>{t.required}</Th>
          <Th>{t.actual}</Th>
          <Th className="hidden md:table-cell">{m.competency.importance}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100" data-testid="competency-rows">
        {rows.map((row) => (
          <tr key={row.id}>
            <Td className="min-w-48">
              <span className="font-mono text-xs text-slate-500">{row.competency.code}</span>
              <p className="break-words">{row.competency.name}</p>
            </Td>
            <Td className="whitespace-nowrap">{row.requiredLevel} · {m.competency.levels[row.requiredLevel as 1 | 2 | 3 | 4 | 5]}</Td>
            <Td className="whitespace-nowrap text-slate-500">{t.notAssessed}</Td>
            <Td className="hidden md:table-cell"><Badge tone={importanceTone[row.importance]}>{m.competency.importanceLabel[row.importance]}</Badge></Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
