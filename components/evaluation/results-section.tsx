import { Badge, Card, CardHeader, EmptyState } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import type { IndicatorRow } from "@/lib/evaluation/load";
import { formatValue } from "@/components/results/format";
import { formatDate, formatPercent, type Locale } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";

const TONES = { IMPROVED: "green", UNCHANGED: "slate", WORSENED: "red" } as const;

/** Level 4: each unit indicator before and after, and how it changed. */
export function ResultsSection({ rows, showBatch, m, locale }: { rows: IndicatorRow[]; showBatch: boolean; m: Messages; locale: Locale }) {
  const t = m.evaluation.results;
  return (
    <Card data-testid="eval-l4">
      <CardHeader title={t.title} />
      {!rows.length ? (
        <EmptyState title={t.empty} />
      ) : (
        <Table label={t.title}>
          <thead>
            <tr>
              {showBatch ? <Th>{m.evaluation.batchTable.batch}</Th> : null}
              <Th>{t.unit}</Th><Th>{t.indicator}</Th><Th className="text-right">{t.before}</Th><Th className="text-right">{t.after}</Th><Th>{t.change}</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((r) => (
              <tr key={r.id} data-testid="eval-l4-row">
                {showBatch ? <Td className="tabular-nums">{r.batchNumber}</Td> : null}
                <Td>{r.unitName}</Td>
                <Td className="font-medium">
                  {r.name}
                  {!r.higherIsBetter ? <span className="block text-xs font-normal text-slate-500">{t.lowerIsBetter}</span> : null}
                </Td>
                <Td className="text-right tabular-nums">
                  {formatValue(r.baselineValue, r.measure, locale)}
                  <span className="block text-xs text-slate-500">{formatDate(r.baselineOn, locale)}</span>
                </Td>
                <Td className="text-right tabular-nums">
                  {r.resultValue === null ? "—" : formatValue(r.resultValue, r.measure, locale)}
                  {r.resultOn ? <span className="block text-xs text-slate-500">{formatDate(r.resultOn, locale)}</span> : null}
                </Td>
                <Td>
                  {r.change ? (
                    <span className="flex flex-wrap items-center gap-2">
                      <span className="tabular-nums">
                        {formatValue(r.change.delta, r.measure, locale, true)}
                        {r.change.relative !== null ? ` (${formatPercent(r.change.relative, locale)})` : ""}
                      </span>
                      <Badge tone={TONES[r.change.direction]}>{t.direction[r.change.direction]}</Badge>
                    </span>
                  ) : (
                    <span className="text-slate-500">{t.notMeasured}</span>
                  )}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </Card>
  );
}
