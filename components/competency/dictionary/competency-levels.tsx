import { interpolate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";

type Level = { level: number; descriptor: string; indicators: string[] };

/** A competency's five levels, read-only: the descriptor and the behaviour indicators of each. */
export function CompetencyLevels({ levels, m }: { levels: Level[]; m: Messages }) {
  const d = m.compStandards.dictionary;
  return (
    <ol className="divide-y divide-slate-100">
      {levels.map((l) => (
        <li key={l.level} className="px-4 py-3 sm:px-5" data-testid={`level-${l.level}`}>
          <h3 className="text-sm font-semibold text-slate-900">{interpolate(d.levelTitle, { level: l.level, name: m.competency.levels[l.level as 1] })}</h3>
          <p className="mt-1 max-w-prose text-sm text-slate-700">{l.descriptor}</p>
          <p className="mt-2 text-xs font-medium uppercase tracking-wide text-slate-500">{d.indicatorsTitle}</p>
          {l.indicators.length ? (
            <ul className="mt-1 list-disc space-y-0.5 pl-5 text-sm text-slate-700">
              {l.indicators.map((text, i) => <li key={i}>{text}</li>)}
            </ul>
          ) : (
            <p className="mt-1 text-sm text-slate-500">{d.noIndicators}</p>
          )}
        </li>
      ))}
    </ol>
  );
}
