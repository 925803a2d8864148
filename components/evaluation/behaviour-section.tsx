import { Badge, Card, CardHeader, EmptyState } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import type { FeedbackRow } from "@/lib/evaluation/load";
import { interpolate, type Locale } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { figures } from "@/lib/reaction/rules";
import { distributionDatum } from "./distribution";
import { DistributionChart } from "./distribution-chart";

/** The submitted application ratings per batch, and all together when there are several batches. */
function ratingBars(rows: FeedbackRow[], showBatch: boolean, t: Messages["evaluation"]["behaviour"]) {
  const rated = rows.filter((r) => r.status === "SUBMITTED" && r.rating !== null);
  if (!rated.length) return [];
  const all = distributionDatum(t.allRows, figures(rated.map((r) => r.rating!)));
  if (!showBatch) return [{ ...all, name: t.rating }];
  const numbers = [...new Set(rated.map((r) => r.batchNumber))].sort((a, b) => a - b);
  const perBatch = numbers.map((n) => distributionDatum(interpolate(t.batchRow, { number: n }), figures(rated.filter((r) => r.batchNumber === n).map((r) => r.rating!))));
  return numbers.length > 1 ? [...perBatch, all] : perBatch;
}

/** Level 3: each participant's supervisor feedback. Named: level 3 is not anonymous. */
export function BehaviourSection({ rows, months, showBatch, m, locale }: { rows: FeedbackRow[]; months: number; showBatch: boolean; m: Messages; locale: Locale }) {
  const t = m.evaluation.behaviour;
  const bars = ratingBars(rows, showBatch, t);
  const berakhlak = m.feedback.berakhlak as Record<string, string | undefined>;
  return (
    <Card data-testid="eval-l3">
      <CardHeader title={t.title} subtitle={interpolate(t.subtitle, { months })} />
      {!rows.length ? (
        <EmptyState title={interpolate(t.empty, { months })} />
      ) : (
        <>
        {bars.length ? (
          <DistributionChart data={bars} legend={[...m.feedback.form.ratingLabels]} locale={locale} label={t.chartLabel} caption={t.chartCaption} />
        ) : null}
        <Table label={t.title}>
          <thead>
            <tr>
              {showBatch ? <Th>{m.evaluation.batchTable.batch}</Th> : null}
              <Th>{t.participant}</Th><Th>{t.supervisor}</Th><Th>{t.rating}</Th><Th>{t.applying}</Th><Th>{t.behaviours}</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((r) => (
              <tr key={r.taskId} data-testid="eval-l3-row">
                {showBatch ? <Td className="tabular-nums">{r.batchNumber}</Td> : null}
                <Td className="font-medium">{r.participant}</Td>
                <Td>{r.supervisor ?? <span className="text-slate-500">{t.noSupervisor}</span>}</Td>
                <Td>{r.status === "SUBMITTED" && r.rating !== null ? m.feedback.form.ratingLabels[r.rating - 1] : <span className="text-slate-500">{t.notYet}</span>}</Td>
                <Td>{r.status === "SUBMITTED" ? <Badge tone={r.applying ? "green" : "amber"}>{r.applying ? t.yes : t.no}</Badge> : "—"}</Td>
                <Td className="text-xs text-slate-700">{r.behaviours.map((b) => berakhlak[b] ?? b).join(", ") || "—"}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
        </>
      )}
    </Card>
  );
}
