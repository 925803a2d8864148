import { distributionLabel, DistributionBar } from "@/components/reaction/distribution-bar";
import { Card, CardHeader, EmptyState } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { formatDecimal, interpolate, type Locale } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import type { BatchReactionReport } from "@/lib/reaction/report";
import { ASPECTS, type Figures } from "@/lib/reaction/rules";
import { distributionDatum } from "./distribution";
import { DistributionChart } from "./distribution-chart";

type Row = { key: string; name: string; figures: Figures };

function FiguresTable({ label, heading, rows, m, locale }: { label: string; heading: string; rows: Row[]; m: Messages; locale: Locale }) {
  const t = m.reaction.report;
  return (
    <Table label={label}>
      <thead>
        <tr><Th>{heading}</Th><Th>{t.average}</Th><Th>{t.ratings}</Th><Th className="w-2/5">{t.distribution}</Th></tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((r) => (
          <tr key={r.key} data-testid="eval-l1-row">
            <Td className="font-medium">{r.name}</Td>
            <Td className="tabular-nums">{formatDecimal(r.figures.average, locale)}</Td>
            <Td className="tabular-nums">{r.figures.count}</Td>
            <Td><DistributionBar distribution={r.figures.distribution} label={distributionLabel(t.distributionLabel, r.name, r.figures.distribution)} /></Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}


/** Level 1 of the report: per aspect (table and stacked chart), per trainer, and the comments. */
export function ReactionSection({ report, scope, m, locale }: { report: BatchReactionReport; scope: "batch" | "program"; m: Messages; locale: Locale }) {
  const t = m.evaluation.reaction;
  const r = m.reaction.report;
  const aspects = ASPECTS.map((a) => ({ key: a, name: m.reaction.aspect[a], figures: report.byAspect[a] }));
  const withheld = report.withheld ? (
    <p className="mx-4 mt-3 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 sm:mx-5" data-testid="eval-l1-withheld">
      {scope === "batch" ? interpolate(t.withheldBatch, { count: report.responded, min: report.minResponses }) : interpolate(t.withheldProgram, { min: report.minResponses })}
    </p>
  ) : null;
  return (
    <Card data-testid="eval-l1">
      <CardHeader title={t.title} subtitle={report.invited ? interpolate(r.responseRate, { responded: report.responded, invited: report.invited }) : undefined} />
      {withheld}
      {!report.overall.count ? (
        <EmptyState title={report.withheld ? r.noResponses : t.empty} />
      ) : (
        <div className="space-y-5 pb-4">
          <div className="space-y-2 pt-3">
            <h3 className="px-4 text-sm font-semibold text-slate-900 sm:px-5">{r.byAspect}</h3>
            <DistributionChart
              data={aspects.map((a) => distributionDatum(a.name, a.figures))}
              legend={[1, 2, 3, 4, 5].map((n) => interpolate(r.legend, { rating: n }))}
              locale={locale}
              label={t.chartLabel}
              caption={t.chartCaption}
            />
            <FiguresTable label={r.byAspect} heading={r.aspect} rows={aspects} m={m} locale={locale} />
          </div>
          {report.trainers.length ? (
            <div className="space-y-2">
              <h3 className="px-4 text-sm font-semibold text-slate-900 sm:px-5">{r.byTrainer}</h3>
              <FiguresTable label={r.byTrainer} heading={r.trainer} rows={report.trainers.map((x) => ({ key: x.id, name: x.name, figures: x.figures }))} m={m} locale={locale} />
            </div>
          ) : null}
          <div className="space-y-2 px-4 sm:px-5">
            <h3 className="text-sm font-semibold text-slate-900">{r.comments}</h3>
            {report.anonymous ? <p className="text-xs text-slate-500">{t.anonymousComments}</p> : null}
            {report.comments.length ? (
              <ul className="divide-y divide-slate-100 rounded-md border border-slate-200" data-testid="eval-l1-comments">
                {report.comments.map((c, i) => (
                  <li key={i} className="space-y-1 px-3 py-2 text-sm print:break-inside-avoid">
                    <p className="text-xs text-slate-500">
                      {m.reaction.aspect[c.aspect]} · {c.question}
                      {c.trainerName ? ` · ${interpolate(r.aboutTrainer, { name: c.trainerName })}` : ""}
                    </p>
                    <p className="text-slate-900">{c.comment}</p>
                    {c.respondent ? <p className="text-xs text-slate-600">— {c.respondent}</p> : null}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-sm text-slate-500">{r.noComments}</p>
            )}
          </div>
        </div>
      )}
    </Card>
  );
}
