import { Card, CardHeader, DetailList, EmptyState } from "@/components/ui/card";
import { Table, Th } from "@/components/ui/table";
import type { Viewer } from "@/lib/auth/load-viewer";
import { formatDecimal, formatGain, formatPercent, interpolate, type Locale } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { batchLearning } from "@/lib/learning/queries";
import { LearningImportForm } from "./import-form";
import { RatingsRow } from "./ratings-row";
import { ScoreRow } from "./score-row";

type Props = { viewer: Viewer; batchId: string; m: Messages; locale: Locale; className?: string };

/** Level 2 on the admin batch page (RUNNING or DONE batches): summary, XLSX import, the grid, observer ratings. */
export async function BatchLearning({ viewer, batchId, m, locale, className }: Props) {
  const learning = await batchLearning(viewer, batchId);
  if (!learning) return null;
  const t = m.learning;
  const s = learning.summary;

  return (
    <Card className={className} data-testid="batch-learning">
      <CardHeader title={t.title} subtitle={t.subtitle} />
      {learning.rows.length === 0 ? (
        <EmptyState title={t.empty} />
      ) : (
        <>
          <div className="border-b border-slate-100 px-4 py-4 sm:px-5" data-testid="learning-summary">
            <h3 className="mb-2 text-sm font-semibold text-slate-900">{t.summary.title}</h3>
            <DetailList
              items={[
                [t.summary.count, String(s.count)],
                [t.summary.averagePre, formatDecimal(s.averagePre, locale, { decimals: 1 })],
                [t.summary.averagePost, formatDecimal(s.averagePost, locale, { decimals: 1 })],
                [t.summary.averageGain, formatGain(s.averageGain, locale, 1)],
                [t.summary.shareImproved, <>{formatPercent(s.shareImproved, locale)} <span className="text-slate-500">({interpolate(t.summary.paired, { count: s.paired })})</span></>],
              ]}
            />
          </div>
          <LearningImportForm batchId={learning.batchId} t={t.import} />
          <Table label={t.table}>
            <thead>
              <tr><Th>{t.nip}</Th><Th>{t.name}</Th><Th>{t.pre}</Th><Th>{t.post}</Th><Th>{t.gain}</Th><Th>{t.actions}</Th></tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {learning.rows.map((row) => <ScoreRow key={row.enrolmentId} row={row} t={t} saving={m.common.saving} />)}
            </tbody>
          </Table>
          <div className="space-y-2 border-t border-slate-100 pt-4">
            <h3 className="px-4 text-sm font-semibold text-slate-900 sm:px-5">{t.ratings.title}</h3>
            {learning.competencies.length === 0 ? (
              <p className="px-4 pb-4 text-sm text-slate-600 sm:px-5">{t.ratings.none}</p>
            ) : (
              <Table label={t.ratings.title}>
                <thead>
                  <tr>
                    <Th>{t.name}</Th>
                    {learning.competencies.map((c) => <Th key={c.id}><abbr title={c.name}>{c.code}</abbr></Th>)}
                    <Th>{t.ratings.observer}</Th>
                    <Th>{t.actions}</Th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {learning.rows.map((row) => <RatingsRow key={row.enrolmentId} row={row} competencies={learning.competencies} t={t} saving={m.common.saving} />)}
                </tbody>
              </Table>
            )}
          </div>
        </>
      )}
    </Card>
  );
}
