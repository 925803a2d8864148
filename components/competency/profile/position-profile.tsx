import { Badge, Card, CardHeader, EmptyState } from "@/components/ui/card";
import Link from "@/components/ui/link";
import type { PositionProfile } from "@/lib/competency/profile";
import { formatDate, formatDecimal, interpolate, type Locale } from "@/lib/i18n/format";
import type { ProfileLabels } from "./labels";
import { LevelChart } from "./level-chart";
import { ProfileTable } from "./profile-table";

const BAND_TONE = { HIGH: "green", MID: "amber", LOW: "red" } as const;

/** The JPM figure with its band, or why there is none; "incomplete" says how many lines are not assessed. */
export function JpmSummary({ p, t, locale }: { p: PositionProfile; t: ProfileLabels; locale: Locale }) {
  const { jpm, band } = p;
  return (
    <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1 border-b border-slate-100 px-4 py-3 sm:px-5" data-testid="jpm">
      <span className="text-sm text-slate-600">{t.jpm.label}</span>
      {jpm.percent === null ? <span className="text-sm text-slate-700">{t.jpm.none}</span> : (
        <>
          <strong className="text-2xl text-slate-900" data-testid="jpm-percent">{formatDecimal(jpm.percent, locale, { decimals: 1 })} %</strong>
          {band ? <Badge tone={BAND_TONE[band.key]}>{band.name}</Badge> : null}
          <span className="text-xs text-slate-500">{interpolate(t.jpm.of, { met: jpm.metSum, required: jpm.requiredSum })}</span>
        </>
      )}
      <span className={`w-full text-sm ${jpm.complete ? "text-emerald-700" : "font-medium text-amber-800"}`} data-testid="jpm-completeness">
        {jpm.complete ? t.jpm.complete : interpolate(t.jpm.incomplete, { count: jpm.notAssessed })}
      </span>
    </div>
  );
}

/** One ASN against one position's standard: JPM, chart, table, missing mandatory training, recommended programs. */
export function PositionProfileCard({ p, title, t, locale, testId, action }: { p: PositionProfile; title: string; t: ProfileLabels; locale: Locale; testId: string; action?: React.ReactNode }) {
  const gapped = p.lines.some((l) => l.gap);
  return (
    <div className="space-y-4" data-testid={testId}>
      <Card>
        <CardHeader title={title} subtitle={p.position.unitName} action={action} />
        {p.version ? (
          <p className="border-b border-slate-100 px-4 py-2 text-xs text-slate-500 sm:px-5">
            {interpolate(t.standard.basis, { basis: p.version.legalBasis, date: formatDate(p.version.effectiveFrom, locale) })}
          </p>
        ) : null}
        {p.lines.length ? (
          <>
            <JpmSummary p={p} t={t} locale={locale} />
            <LevelChart lines={p.lines} t={t} />
            <ProfileTable lines={p.lines} t={t} locale={locale} />
          </>
        ) : <EmptyState title={t.standard.none} />}
      </Card>
      <div className="grid gap-4 lg:grid-cols-2">
        <Card data-testid={`${testId}-mandatory`}>
          <CardHeader title={t.mandatory.title} />
          {p.missingTrainings.length ? (
            <ul className="divide-y divide-slate-100 text-sm">
              {p.missingTrainings.map((r) => (
                <li key={r.id} className="flex flex-wrap items-center gap-2 px-4 py-2.5 sm:px-5">
                  <Badge tone="red">{t.competency.importanceLabel[r.importance]}</Badge>
                  <span className="break-words">{interpolate(t.mandatory.item, { program: r.programTitle ?? r.description })}</span>
                </li>
              ))}
            </ul>
          ) : <p className="px-4 py-3 text-sm text-slate-600 sm:px-5">{p.trainingRequirements ? t.mandatory.none : t.mandatory.noRequirement}</p>}
        </Card>
        <Card data-testid={`${testId}-recommended`}>
          <CardHeader title={t.recommended.title} />
          {!gapped ? <p className="px-4 py-3 text-sm text-slate-600 sm:px-5">{t.recommended.noGap}</p>
            : !p.recommendations.length ? <p className="px-4 py-3 text-sm text-slate-600 sm:px-5">{t.recommended.none}</p> : (
              <ul className="divide-y divide-slate-100 text-sm">
                {p.recommendations.slice(0, 8).map((r) => (
                  <li key={`${r.programId}-${r.competencyId}`} className="space-y-0.5 px-4 py-2.5 sm:px-5">
                    <Link href={`/pelatihan/${r.programId}`} className="break-words font-medium text-brand-700 hover:underline">{r.title}</Link>
                    <p className="text-xs text-slate-500">{interpolate(t.recommended.covers, { code: r.code, level: r.requiredLevel, target: r.targetLevel })}</p>
                    {r.openBatches.length ? r.openBatches.map((b) => (
                      <p key={b.id} className="text-xs text-emerald-800">
                        {interpolate(t.recommended.openBatch, { number: b.number, date: formatDate(b.startDate, locale), close: formatDate(b.registrationClosesAt, locale) })}
                      </p>
                    )) : <p className="text-xs text-slate-500">{t.recommended.noOpen}</p>}
                  </li>
                ))}
              </ul>
            )}
        </Card>
      </div>
    </div>
  );
}
