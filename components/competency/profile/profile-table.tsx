import { Badge } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import type { ProfileLine } from "@/lib/competency/profile-rules";
import { formatDate, interpolate, type Locale } from "@/lib/i18n/format";
import type { ProfileLabels } from "./labels";
import { ResultLine } from "./result-line";

const IMPORTANCE_TONE = { MUTLAK: "red", PENTING: "amber", PERLU: "slate" } as const;

/** The standard line by line: required, current (with the result behind it), gap or surplus; other results and evidence on demand. */
export function ProfileTable({ lines, t, locale }: { lines: ProfileLine[]; t: ProfileLabels; locale: Locale }) {
  return (
    <Table label={t.table.caption}>
      <thead>
        <tr>
          <Th>{t.table.competency}</Th>
          <Th>{t.table.required}</Th>
          <Th>{t.table.current}</Th>
          <Th>{t.table.gap}</Th>
          <Th className="min-w-64">{t.table.source}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100" data-testid="profile-rows">
        {lines.map((line) => (
          <tr key={line.competencyId} data-testid={`line-${line.code}`}>
            <Td className="min-w-48">
              <span className="font-mono text-xs text-slate-500">{line.code}</span>{" "}
              <Badge tone={IMPORTANCE_TONE[line.importance]}>{t.competency.importanceLabel[line.importance]}</Badge>
              <p className="break-words">{line.name}</p>
            </Td>
            <Td className="whitespace-nowrap"><span data-testid="required">{line.requiredLevel}</span></Td>
            <Td className="whitespace-nowrap">
              {line.current ? <span data-testid="current" className="font-semibold">{line.current.level}</span>
                : <span data-testid="current" className="rounded border border-dashed border-slate-400 px-1.5 py-0.5 text-xs text-slate-600">{t.table.notAssessed}</span>}
            </Td>
            <Td className="whitespace-nowrap"><span data-testid="gap">
              {line.gap === null ? <span className="text-slate-400">—</span>
                : line.gap > 0 ? <Badge tone="amber">{interpolate(t.table.gapOf, { n: line.gap })}</Badge>
                : line.surplus ? <Badge tone="green">{interpolate(t.table.surplusOf, { n: line.surplus })}</Badge>
                : <Badge tone="green">{t.table.met}</Badge>}
            </span></Td>
            <Td>
              {line.current ? (
                <p className="text-slate-700">
                  {t.sources[line.current.source]} · {formatDate(line.current.assessedOn, locale)}
                  <span className="block text-xs text-slate-500">{interpolate(t.table.validUntil, { date: formatDate(new Date(line.current.validUntil.getTime() - 86_400_000), locale) })}</span>
                </p>
              ) : null}
              {line.others.length ? (
                <details className="mt-1">
                  <summary className="cursor-pointer text-xs font-medium text-brand-700">{interpolate(t.table.others, { count: line.others.length })}</summary>
                  <ul className="divide-y divide-slate-100 text-sm">{line.others.map((r) => <ResultLine key={r.id} r={r} t={t} locale={locale} />)}</ul>
                </details>
              ) : null}
              {line.evidence.length ? (
                <details className="mt-1" data-testid="evidence">
                  <summary className="cursor-pointer text-xs font-medium text-brand-700">{interpolate(t.table.evidence, { count: line.evidence.length })}</summary>
                  <ul className="space-y-1 py-1 text-xs text-slate-700">
                    {line.evidence.map((e, i) => (
                      <li key={`${e.programId}-${i}`} className="break-words">
                        {interpolate(t.evidence.line, { program: e.programTitle, level: e.targetLevel, date: formatDate(e.date, locale) })}
                        {e.certificateNumber ? ` · ${interpolate(t.evidence.certificate, { number: e.certificateNumber })}` : ""}
                      </li>
                    ))}
                    <li className="text-slate-500">{t.evidence.note}</li>
                  </ul>
                </details>
              ) : null}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
