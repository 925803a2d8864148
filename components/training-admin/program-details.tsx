import { Badge, DetailList, EmptyState } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import type { ProgramDetail } from "@/lib/catalog/admin-queries";
import type { Messages } from "@/lib/i18n/messages/id";
import { POSITION_TYPES } from "@/lib/people/enums";

type Props = { program: ProgramDetail; m: Messages };

/** Route, organiser, eligibility, description and objectives of a program. */
export function ProgramFacts({ program, m }: Props) {
  const p = m.trainingAdmin.program;
  const types = POSITION_TYPES.filter((type) => program.eligibleTypes.includes(type));
  const prose = (text: string) => (text ? <p className="whitespace-pre-line">{text}</p> : m.common.none);
  return (
    <DetailList
      items={[
        [p.route, `${program.routeCode} · ${m.trainingAdmin.routes[program.routeCode]}`],
        [p.organiser, program.organiser],
        [p.leadership, program.isLeadership ? m.trainingAdmin.yes : m.trainingAdmin.no],
        [
          p.eligibleTypes,
          types.length ? (
            <span key="types" className="flex flex-wrap gap-1">{types.map((type) => <Badge key={type}>{m.positionType[type]}</Badge>)}</span>
          ) : (
            p.eligibleAll
          ),
        ],
        [p.description, prose(program.description)],
        [p.objectives, prose(program.objectives)],
      ]}
    />
  );
}

/** The competencies a program develops, with their target level. */
export function ProgramCompetencies({ program, m }: Props) {
  const p = m.trainingAdmin.program;
  if (!program.competencies.length) return <EmptyState title={p.noCompetencies} />;
  return (
    <Table label={p.competencies}>
      <thead>
        <tr>
          <Th className="hidden sm:table-cell">{p.code}</Th>
          <Th>{p.competency}</Th>
          <Th className="text-right">{p.targetLevel}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {program.competencies.map((c) => (
          <tr key={c.id}>
            <Td className="hidden font-mono text-xs sm:table-cell">{c.code}</Td>
            <Td>
              {c.name}
              <p className="font-mono text-xs text-slate-500 sm:hidden">{c.code}</p>
            </Td>
            <Td className="whitespace-nowrap text-right">
              {c.targetLevel}
              <span className="text-xs text-slate-500"> · {m.competency.levels[c.targetLevel as 1 | 2 | 3 | 4 | 5] ?? ""}</span>
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
