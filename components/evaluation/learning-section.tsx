import { Card, CardHeader, EmptyState } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import type { LearningRow, ReportBatch, ScopeFigures } from "@/lib/evaluation/load";
import { formatDecimal, formatGain, formatPercent, interpolate, type Locale } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { formatNip } from "@/lib/people/nip";
import { LearningChart } from "./learning-chart";

type Props = { m: Messages; locale: Locale };

const hasScores = (rows: readonly LearningRow[]) => rows.some((r) => r.preScore !== null || r.postScore !== null);

/** Level 2 of a batch: each participant's pre-test, post-test and gain. */
export function BatchLearningSection({ rows, m, locale }: Props & { rows: LearningRow[] }) {
  const t = m.evaluation.learning;
  const l = m.learning;
  return (
    <Card data-testid="eval-l2">
      <CardHeader title={t.title} />
      {!hasScores(rows) ? (
        <EmptyState title={t.empty} />
      ) : (
        <Table label={t.participants}>
          <thead>
            <tr><Th>{l.name}</Th><Th className="text-right">{l.pre}</Th><Th className="text-right">{l.post}</Th><Th className="text-right">{l.gain}</Th></tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((r) => (
              <tr key={r.enrolmentId} data-testid="eval-l2-row">
                <Td>
                  <span className="font-medium">{r.name}</span>
                  <span className="block text-xs tabular-nums text-slate-500">{formatNip(r.nip)}</span>
                </Td>
                <Td className="text-right tabular-nums">{r.preScore ?? "—"}</Td>
                <Td className="text-right tabular-nums">{r.postScore ?? "—"}</Td>
                <Td className={`text-right tabular-nums ${r.gain !== null && r.gain < 0 ? "text-red-700" : ""}`}>{formatGain(r.gain, locale)}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </Card>
  );
}

/** Level 2 of a program: each batch's averages, as a table and a chart. */
export function ProgramLearningSection({ batches, perBatch, m, locale }: Props & { batches: ReportBatch[]; perBatch: Map<string, ScopeFigures> }) {
  const t = m.evaluation.learning;
  const rows = batches.map((b) => ({ batch: b, name: interpolate(m.evaluation.batchTable.label, { number: b.number }), s: perBatch.get(b.id)!.learning }));
  const scored = rows.some((r) => r.s.averagePre !== null || r.s.averagePost !== null);
  return (
    <Card data-testid="eval-l2">
      <CardHeader title={t.title} />
      {!scored ? (
        <EmptyState title={t.empty} />
      ) : (
        <>
          <LearningChart
            data={rows.map((r) => ({ name: r.name, pre: r.s.averagePre, post: r.s.averagePost }))}
            labels={{ pre: t.averagePre, post: t.averagePost }}
            locale={locale}
            label={t.chartLabel}
            caption={t.chartCaption}
          />
          <Table label={t.perBatch}>
            <thead>
              <tr>
                <Th>{m.evaluation.batchTable.batch}</Th><Th className="text-right">{t.participantsCount}</Th><Th className="text-right">{t.averagePre}</Th>
                <Th className="text-right">{t.averagePost}</Th><Th className="text-right">{t.averageGain}</Th><Th className="text-right">{t.shareImproved}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((r) => (
                <tr key={r.batch.id} data-testid="eval-l2-batch-row">
                  <Td className="whitespace-nowrap font-medium">{r.name}</Td>
                  <Td className="text-right tabular-nums">{r.s.count}</Td>
                  <Td className="text-right tabular-nums">{formatDecimal(r.s.averagePre, locale, { decimals: 1 })}</Td>
                  <Td className="text-right tabular-nums">{formatDecimal(r.s.averagePost, locale, { decimals: 1 })}</Td>
                  <Td className="text-right tabular-nums">{formatGain(r.s.averageGain, locale, 1)}</Td>
                  <Td className="text-right tabular-nums">{formatPercent(r.s.shareImproved, locale)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </>
      )}
    </Card>
  );
}
