import { Badge, Card, CardHeader, EmptyState } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { hasPermission } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/load-viewer";
import { interpolate, type Locale, localeTag } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { batchReactionReport, type BatchReactionReport } from "@/lib/reaction/report";
import { ASPECTS, type Figures } from "@/lib/reaction/rules";
import { distributionLabel, DistributionBar, DistributionLegend } from "./distribution-bar";
import { numberFormat } from "@/lib/i18n/intl";

type Props = { viewer: Viewer; batchId: string; m: Messages; locale: Locale; className?: string };

const averageOf = (f: Figures, locale: Locale) =>
  f.average === null ? "—" : numberFormat(localeTag(locale), { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(f.average);

function FiguresTable({ label, heading, rows, t, locale }: { label: string; heading: string; rows: { key: string; name: string; figures: Figures }[]; t: Messages["reaction"]["report"]; locale: Locale }) {
  return (
    <Table label={label}>
      <thead>
        <tr><Th>{heading}</Th><Th>{t.average}</Th><Th>{t.ratings}</Th><Th className="w-1/2">{t.distribution}</Th></tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((r) => (
          <tr key={r.key} data-testid="reaction-figures-row">
            <Td className="font-medium">{r.name}</Td>
            <Td className="tabular-nums">{averageOf(r.figures, locale)}</Td>
            <Td className="tabular-nums">{r.figures.count}</Td>
            <Td><DistributionBar distribution={r.figures.distribution} label={distributionLabel(t.distributionLabel, r.name, r.figures.distribution)} /></Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

function Results({ report, m, locale }: { report: BatchReactionReport; m: Messages; locale: Locale }) {
  const t = m.reaction.report;
  return (
    <div className="space-y-5 pb-4">
      <p className="px-4 pt-4 text-sm text-slate-700 sm:px-5">
        {t.overall}: <span className="text-2xl font-semibold tabular-nums text-slate-900" data-testid="reaction-overall">{averageOf(report.overall, locale)}</span>
      </p>
      <div className="space-y-2">
        <h3 className="px-4 text-sm font-semibold text-slate-900 sm:px-5">{t.byAspect}</h3>
        <div className="px-4 sm:px-5"><DistributionLegend template={t.legend} /></div>
        <FiguresTable label={t.byAspect} heading={t.aspect} t={t} locale={locale} rows={ASPECTS.map((a) => ({ key: a, name: m.reaction.aspect[a], figures: report.byAspect[a] }))} />
      </div>
      {report.trainers.length ? (
        <div className="space-y-2">
          <h3 className="px-4 text-sm font-semibold text-slate-900 sm:px-5">{t.byTrainer}</h3>
          <FiguresTable label={t.byTrainer} heading={t.trainer} t={t} locale={locale} rows={report.trainers.map((x) => ({ key: x.id, name: x.name, figures: x.figures }))} />
        </div>
      ) : null}
      <div className="space-y-2 px-4 sm:px-5">
        <h3 className="text-sm font-semibold text-slate-900">{t.comments}</h3>
        {report.comments.length ? (
          <ul className="divide-y divide-slate-100 rounded-md border border-slate-200" data-testid="reaction-comments">
            {report.comments.map((c, i) => (
              <li key={i} className="space-y-1 px-3 py-2 text-sm">
                <p className="text-xs text-slate-500">
                  {m.reaction.aspect[c.aspect]} · {c.question}
                  {c.trainerName ? ` · ${interpolate(t.aboutTrainer, { name: c.trainerName })}` : ""}
                </p>
                <p className="text-slate-900">{c.comment}</p>
                {c.respondent ? <p className="text-xs text-slate-600">— {c.respondent}</p> : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-slate-500">{t.noComments}</p>
        )}
      </div>
    </div>
  );
}

/** The batch's level-1 results for the admin batch page: response rate, figures, distributions and comments. */
export async function BatchReactionSummary({ viewer, batchId, m, locale, className }: Props) {
  if (!hasPermission(viewer.roles, "read:evaluation")) return null;
  const report = await batchReactionReport(viewer, batchId);
  if (!report) return null;
  const t = m.reaction.report;
  return (
    <Card className={className} data-testid="batch-reaction-summary">
      <CardHeader
        title={t.title}
        subtitle={report.invited ? interpolate(t.responseRate, { responded: report.responded, invited: report.invited }) : undefined}
        action={report.anonymous ? <Badge tone="brand">{m.reaction.sets.anonymous}</Badge> : undefined}
      />
      {!report.invited ? (
        <EmptyState title={t.noInvites} />
      ) : (
        <>
          {report.anonymous ? <p className="px-4 pt-3 text-xs text-slate-500 sm:px-5">{t.anonymous}</p> : null}
          {report.withheld ? (
            <p className="mx-4 mt-3 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 sm:mx-5" data-testid="reaction-withheld">
              {interpolate(t.withheld, { min: report.minResponses, count: report.responded })}
            </p>
          ) : null}
          {report.overall.count ? <Results report={report} m={m} locale={locale} /> : report.withheld ? <div className="pb-4" /> : <EmptyState title={t.noResponses} />}
        </>
      )}
    </Card>
  );
}
