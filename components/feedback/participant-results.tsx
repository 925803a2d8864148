import { Card, CardHeader } from "@/components/ui/card";
import type { L1Result, L2Result, ParticipantResults } from "@/lib/feedback/results";
import { formatDecimal, formatGain, interpolate, type Locale } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";

type Props = { results: ParticipantResults; m: Messages; locale: Locale };

function L1Line({ l1, m, locale }: { l1: L1Result; m: Messages; locale: Locale }) {
  const t = m.feedbackHome.results;
  if (l1.kind === "submitted") {
    return <span className="font-medium text-slate-900">{l1.average === null ? m.common.none : interpolate(t.average, { value: formatDecimal(l1.average, locale, { decimals: 1 }) })}</span>;
  }
  const text = l1.kind === "anonymous" ? t.anonymous : l1.kind === "notSubmitted" ? t.notSubmitted : t.noQuestionnaire;
  return <span className="text-slate-500">{text}</span>;
}

function Scores({ l2, m, locale }: { l2: L2Result; m: Messages; locale: Locale }) {
  const t = m.feedbackHome.results;
  if (l2.pre === null && l2.post === null) return <span className="text-slate-500">{t.noScores}</span>;
  const tone = l2.gain === null ? "text-slate-700" : l2.gain > 0 ? "text-emerald-700" : l2.gain < 0 ? "text-red-700" : "text-slate-700";
  return (
    <span className="inline-flex flex-wrap gap-x-3 gap-y-0.5">
      <span>{t.pre} <span className="font-medium text-slate-900">{l2.pre ?? m.common.none}</span></span>
      <span>{t.post} <span className="font-medium text-slate-900">{l2.post ?? m.common.none}</span></span>
      <span data-testid="participant-l2-gain">{t.gain} <span className={`font-semibold ${tone}`}>{l2.gain === null ? m.common.none : formatGain(l2.gain, locale)}</span></span>
    </span>
  );
}

function Ratings({ l2, m }: { l2: L2Result; m: Messages }) {
  const t = m.feedbackHome.results;
  if (!l2.ratings.length) return <span className="text-slate-500">{t.noRatings}</span>;
  return (
    <ul className="flex flex-wrap gap-1.5" aria-label={t.observer}>
      {l2.ratings.map((r) => (
        <li key={r.competency} className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700">
          {r.competency} <span className="font-semibold text-slate-900">{r.level}</span>/5
        </li>
      ))}
    </ul>
  );
}

/** L1 and L2 in three short lines, for a row of a task list. */
export function ParticipantResultsCompact({ results, m, locale }: Props) {
  const t = m.feedbackHome.results;
  return (
    <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-xs text-slate-600" data-testid="participant-results">
      <dt className="text-slate-500">{t.l1}</dt>
      <dd data-testid="participant-l1"><L1Line l1={results.l1} m={m} locale={locale} /></dd>
      <dt className="text-slate-500">{t.l2}</dt>
      <dd className="space-y-1">
        <Scores l2={results.l2} m={m} locale={locale} />
        {results.l2.ratings.length ? <Ratings l2={results.l2} m={m} /> : null}
      </dd>
    </dl>
  );
}

/** L1 (with its aspects) and L2 (scores and observer ratings) as a card, above the feedback form. */
export function ParticipantResultsPanel({ results, m, locale }: Props) {
  const t = m.feedbackHome.results;
  const { l1, l2 } = results;
  return (
    <Card className="mb-6" data-testid="participant-results">
      <CardHeader title={t.title} subtitle={t.subtitle} />
      <div className="grid gap-4 p-4 text-sm sm:grid-cols-2 sm:p-5">
        <section>
          <h3 className="mb-2 text-sm font-semibold text-slate-700">{t.l1}</h3>
          <p data-testid="participant-l1"><L1Line l1={l1} m={m} locale={locale} /></p>
          {l1.kind === "submitted" && l1.aspects.length ? (
            <dl className="mt-2 divide-y divide-slate-100 text-sm">
              {l1.aspects.map((a) => (
                <div key={a.aspect} className="flex justify-between gap-3 py-1">
                  <dt className="text-slate-600">{m.reaction.aspect[a.aspect]}</dt>
                  <dd className="font-medium text-slate-900">{formatDecimal(a.average, locale, { decimals: 1 })}</dd>
                </div>
              ))}
            </dl>
          ) : null}
        </section>
        <section>
          <h3 className="mb-2 text-sm font-semibold text-slate-700">{t.l2}</h3>
          <p className="text-slate-600"><Scores l2={l2} m={m} locale={locale} /></p>
          <h4 className="mb-1 mt-3 text-xs font-medium uppercase tracking-wide text-slate-500">{t.observer}</h4>
          <Ratings l2={l2} m={m} />
        </section>
      </div>
    </Card>
  );
}
