import Link from "@/components/ui/link";
import { Card, CardHeader } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import type { ReportBatch, ScopeFigures } from "@/lib/evaluation/load";
import { formatDateRange, formatDecimal, formatGain, formatPercent, interpolate, type Locale } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";

function Cells({ f, showResults, locale, withheld }: { f: ScopeFigures; showResults: boolean; locale: Locale; withheld: string }) {
  return (
    <>
      <Td className="text-right tabular-nums">
        {formatDecimal(f.reaction.overall.average, locale)}
        {f.reaction.withheld ? <span className="block text-xs text-amber-800">{withheld}</span> : null}
      </Td>
      <Td className="text-right tabular-nums">{f.reaction.responded}/{f.reaction.invited}</Td>
      <Td className="text-right tabular-nums">{formatGain(f.learning.averageGain, locale, 1)}</Td>
      <Td className="text-right tabular-nums">{formatPercent(f.behaviour.responseRate, locale)}</Td>
      <Td className="text-right tabular-nums">{formatPercent(f.behaviour.shareApplying, locale)}</Td>
      <Td className="text-right tabular-nums">{f.plans.done}/{f.plans.total}</Td>
      {showResults ? <Td className="text-right tabular-nums">{f.results.improved}/{f.results.measured}</Td> : null}
    </>
  );
}

/** The program report's row per DONE batch, each linking to its batch report, and the total. */
export function BatchTable({ batches, perBatch, totals, showResults, m, locale }: {
  batches: ReportBatch[]; perBatch: Map<string, ScopeFigures>; totals: ScopeFigures; showResults: boolean; m: Messages; locale: Locale;
}) {
  const t = m.evaluation.batchTable;
  return (
    <Card data-testid="eval-batches">
      <CardHeader title={t.title} />
      <Table label={t.title}>
        <thead>
          <tr>
            <Th>{t.batch}</Th><Th>{t.dates}</Th><Th className="text-right">{t.l1}</Th><Th className="text-right">{t.l1Responses}</Th><Th className="text-right">{t.l2Gain}</Th>
            <Th className="text-right">{t.l3Rate}</Th><Th className="text-right">{t.l3Applying}</Th><Th className="text-right">{t.plans}</Th>
            {showResults ? <Th className="text-right">{t.l4}</Th> : null}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {batches.map((b) => (
            <tr key={b.id} data-testid="eval-batch-row">
              <Td className="whitespace-nowrap font-medium">
                <Link href={`/admin/angkatan/${b.id}/evaluasi`} className="text-brand-700 hover:underline">{interpolate(t.label, { number: b.number })}</Link>
              </Td>
              <Td className="whitespace-nowrap text-xs print:whitespace-normal">{formatDateRange(b.startDate, b.endDate, locale)}</Td>
              <Cells f={perBatch.get(b.id)!} showResults={showResults} locale={locale} withheld={t.withheld} />
            </tr>
          ))}
          <tr className="bg-slate-50 font-semibold" data-testid="eval-batch-total">
            <Td>{t.total}</Td>
            <Td />
            <Cells f={totals} showResults={showResults} locale={locale} withheld={t.withheld} />
          </tr>
        </tbody>
      </Table>
    </Card>
  );
}
