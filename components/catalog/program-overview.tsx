import type { ProgramDetail } from "@/lib/catalog/queries";
import { interpolate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { Badge, Card, CardHeader, DetailList } from "@/components/ui/card";
import { RouteBadge } from "./badges";

function Paragraphs({ text }: { text: string }) {
  const parts = text.split(/\n+/).map((p) => p.trim()).filter(Boolean);
  if (!parts.length) return <span className="text-slate-500">—</span>;
  return <div className="space-y-2">{parts.map((p, i) => <p key={i}>{p}</p>)}</div>;
}

/** What the program is about and who it is for. */
export function ProgramOverview({ program, m }: { program: ProgramDetail; m: Messages }) {
  const t = m.trainingAsn;
  const levels = m.competency.levels as Record<number, string>;
  return (
    <Card>
      <CardHeader title={t.programTitle} action={<RouteBadge code={program.routeCode} m={m} />} />
      <DetailList
        items={[
          [t.organiser, program.organiser],
          [t.description, <Paragraphs key="d" text={program.description} />],
          [t.objectives, <Paragraphs key="o" text={program.objectives} />],
          [
            t.competencies,
            program.competencies.length ? (
              <ul key="c" className="space-y-1" data-testid="program-competencies">
                {program.competencies.map(({ competency, targetLevel }) => (
                  <li key={competency.id}>
                    <span className="font-mono text-xs text-slate-500">{competency.code}</span> {competency.name}
                    <span className="text-slate-500"> · {interpolate(t.targetLevel, { level: targetLevel, name: levels[targetLevel] ?? "" })}</span>
                  </li>
                ))}
              </ul>
            ) : (
              t.noCompetencies
            ),
          ],
          [
            t.eligibleTypes,
            program.eligibleTypes.length ? (
              <span key="t" className="flex flex-wrap gap-1">
                {program.eligibleTypes.map((type) => <Badge key={type}>{m.positionType[type]}</Badge>)}
              </span>
            ) : (
              t.allPositionTypes
            ),
          ],
          [t.eligibleUnits, program.eligibleUnits.length ? program.eligibleUnits.map((u) => u.name).join(", ") : t.allUnits],
        ]}
      />
    </Card>
  );
}
