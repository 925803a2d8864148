import type { ScopeFigures } from "@/lib/evaluation/load";
import { APPLYING_MIN_RATING } from "@/lib/evaluation/rules";
import { formatDecimal, formatGain, formatPercent, interpolate, type Locale } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";

// The report's headline figures, one tile per level, with stable test ids for the figures other code reads.

function Tile({ level, children }: { level: string; children: React.ReactNode }) {
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm print:break-inside-avoid print:p-3 print:shadow-none">
      <h2 className="text-xs font-semibold uppercase tracking-wide text-brand-700">{level}</h2>
      <div className="mt-2 space-y-3">{children}</div>
    </section>
  );
}

function Figure({ label, value, testId, note }: { label: string; value: string; testId: string; note?: React.ReactNode }) {
  return (
    <div>
      <p className="text-sm text-slate-600">{label}</p>
      <p className="text-2xl font-semibold tabular-nums text-slate-900 print:text-xl" data-testid={testId}>{value}</p>
      {note ? <p className="text-xs text-slate-500">{note}</p> : null}
    </div>
  );
}

export function SummaryTiles({ figures: f, showResults, m, locale }: { figures: ScopeFigures; showResults: boolean; m: Messages; locale: Locale }) {
  const t = m.evaluation.tiles;
  const { reaction: r, learning: l, behaviour: b, plans: p, results } = f;
  return (
    <div role="group" aria-label={t.label} className={`grid gap-4 sm:grid-cols-2 ${showResults ? "xl:grid-cols-5" : "xl:grid-cols-4"} print:grid-cols-2 print:gap-2`}>
      <Tile level={t.l1}>
        <Figure label={t.l1Overall} value={formatDecimal(r.overall.average, locale)} testId="eval-l1-overall" />
        <p className="text-sm text-slate-700" data-testid="eval-l1-responses">{interpolate(t.l1Responses, { responded: r.responded, invited: r.invited })}</p>
      </Tile>
      <Tile level={t.l2}>
        <Figure
          label={t.l2Gain}
          value={formatGain(l.averageGain, locale, 1)}
          testId="eval-l2-gain"
          note={l.averagePre === null && l.averagePost === null
            ? t.none
            : interpolate(t.l2PrePost, { pre: formatDecimal(l.averagePre, locale, { decimals: 1 }), post: formatDecimal(l.averagePost, locale, { decimals: 1 }) })}
        />
        {l.shareImproved !== null ? <p className="text-sm text-slate-700">{interpolate(t.l2Improved, { share: formatPercent(l.shareImproved, locale) })}</p> : null}
      </Tile>
      <Tile level={t.l3}>
        <Figure label={t.l3ResponseRate} value={formatPercent(b.responseRate, locale)} testId="eval-l3-response-rate" note={interpolate(t.l3Responses, { submitted: b.submitted, tasks: b.tasks })} />
        <div className="grid grid-cols-2 gap-3">
          <Figure label={t.l3Average} value={formatDecimal(b.average, locale)} testId="eval-l3-average" />
          <Figure label={t.l3Applying} value={formatPercent(b.shareApplying, locale)} testId="eval-l3-share-applying" note={interpolate(t.l3ApplyingHint, { min: APPLYING_MIN_RATING })} />
        </div>
      </Tile>
      <Tile level={t.plans}>
        <div className="grid grid-cols-2 gap-3">
          <Figure label={t.plansOpen} value={String(p.open)} testId="eval-plans-open" note={p.overdue ? <span className="font-medium text-red-700" data-testid="eval-plans-overdue">{interpolate(t.plansOverdue, { count: p.overdue })}</span> : undefined} />
          <Figure label={t.plansDone} value={String(p.done)} testId="eval-plans-done" />
        </div>
      </Tile>
      {showResults ? (
        <Tile level={t.l4}>
          <Figure label={t.l4Improved} value={String(results.improved)} testId="eval-l4-improved" note={interpolate(t.l4Measured, { improved: results.improved, measured: results.measured })} />
        </Tile>
      ) : null}
    </div>
  );
}
