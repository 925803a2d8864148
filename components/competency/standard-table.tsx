import type { Messages } from "@/lib/i18n/messages/id";
import { Badge } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";

type Row = {
  id: string;
  requiredLevel: number;
  importance: "MUTLAK" | "PENTING" | "PERLU";
  competency: { code: string; name: string; kind: keyof Messages["competency"]["kinds"]; levels: { level: number; descriptor: string }[] };
};

const importanceTone = { MUTLAK: "red", PENTING: "amber", PERLU: "slate" } as const;

/** A position's competency standard: each competency with the required level and what that level means. */
export function StandardTable({ rows, m }: { rows: Row[]; m: Messages }) {
  return (
    <Table label={m.competency.title}>
      <thead>
        <tr>
          <Th>{m.competency.name}</Th>
          <Th>{m.competency.level}</Th>
          <Th className="hidden md:table-cell">{m.competency.importance}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((row) => {
          const levelName = m.competency.levels[row.requiredLevel as 1 | 2 | 3 | 4 | 5];
          const descriptor = row.competency.levels.find((l) => l.level === row.requiredLevel)?.descriptor;
          return (
            <tr key={row.id}>
              <Td>
                <p className="font-medium">
                  <span className="mr-2 font-mono text-xs text-slate-500">{row.competency.code}</span>
                  {row.competency.name}
                </p>
                <p className="text-xs text-slate-500">{m.competency.kinds[row.competency.kind]}</p>
                {descriptor ? <p className="mt-1 max-w-prose text-xs text-slate-600">{descriptor}</p> : null}
              </Td>
              <Td className="whitespace-nowrap">
                <span className="font-semibold">{row.requiredLevel}</span> <span className="text-slate-600">{levelName}</span>
                <span className="mt-1 block md:hidden">
                  <Badge tone={importanceTone[row.importance]}>{m.competency.importanceLabel[row.importance]}</Badge>
                </span>
              </Td>
              <Td className="hidden md:table-cell">
                <Badge tone={importanceTone[row.importance]}>{m.competency.importanceLabel[row.importance]}</Badge>
              </Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
