import Link from "@/components/ui/link";
import { cn } from "@/components/ui/cn";
import { Card, CardHeader, EmptyState } from "@/components/ui/card";
import { Table, Th } from "@/components/ui/table";
import type { Viewer } from "@/lib/auth/load-viewer";
import { hasPermission } from "@/lib/auth/permissions";
import { formatDate, interpolate, type Locale } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { batchIndicators, type IndicatorRow as Row } from "@/lib/results/queries";
import { formatRelative, formatValue, inputValue, isoDate } from "./format";
import { IndicatorForm } from "./indicator-form";
import { IndicatorRow, type IndicatorRowView } from "./indicator-row";

type Props = { viewer: Viewer; batchId: string; m: Messages; locale: Locale; className?: string };

/**
 * Level 4 on the admin batch page: the unit indicators measured before and after the batch, their change, and
 * the forms to add one and record its result. A program that does not track results gets a one-line hint.
 */
export async function BatchResults({ viewer, batchId, m, locale, className }: Props) {
  if (!hasPermission(viewer.roles, "record:results")) return null;
  const results = await batchIndicators(viewer, batchId);
  if (!results) return null;
  const t = m.results;
  if (!results.tracksResults) {
    if (results.cancelled) return null;
    return (
      <Card className={className} data-testid="batch-results-off">
        <p className="px-4 py-3 text-sm text-slate-600 sm:px-5">
          {t.notTracked}{" "}
          <Link href={`/admin/pelatihan/${results.programId}#pengaturan-evaluasi`} className="font-medium text-brand-700 hover:underline">{t.notTrackedLink}</Link>
        </p>
      </Card>
    );
  }
  const editable = !results.cancelled;
  const s = results.summary;
  const rows = results.rows.map((row) => view(row, t, locale));

  return (
    <Card className={cn("min-w-0", className)} data-testid="batch-results">
      <CardHeader title={t.title} subtitle={t.subtitle} />
      {results.cancelled ? <p className="border-b border-slate-100 px-4 py-3 text-sm text-amber-800 sm:px-5">{t.cancelled}</p> : null}
      {rows.length === 0 ? (
        <EmptyState title={t.emptyTitle}><p className="mx-auto max-w-2xl">{t.emptyBody}</p></EmptyState>
      ) : (
        <>
          <div className="space-y-1 border-b border-slate-100 px-4 py-3 text-sm text-slate-700 sm:px-5">
            <p data-testid="results-summary">{interpolate(t.summary, { ...s })}</p>
            {!results.resultsOpen && editable ? <p className="text-slate-500">{interpolate(t.resultsNotOpen, { date: formatDate(results.batchEnd, locale) })}</p> : null}
          </div>
          <Table label={t.table}>
            <thead>
              <tr>
                <Th className="hidden md:table-cell">{t.colUnit}</Th>
                <Th>{t.colIndicator}</Th>
                <Th className="hidden sm:table-cell">{t.colBefore}</Th>
                <Th className="hidden sm:table-cell">{t.colAfter}</Th>
                <Th className="hidden sm:table-cell">{t.colChange}</Th>
                <Th>{editable ? t.colActions : null}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((row) => (
                <IndicatorRow key={row.id} row={row} units={results.units} editable={editable} resultsOpen={results.resultsOpen} t={t} saving={m.common.saving} />
              ))}
            </tbody>
          </Table>
        </>
      )}
      {editable ? (
        <div className="border-t border-slate-100 px-4 py-4 sm:px-5">
          <h3 className="mb-3 text-sm font-semibold text-slate-900">{t.form.addTitle}</h3>
          <IndicatorForm target={{ batchId: results.batchId }} units={results.units} t={t} saving={m.common.saving} idPrefix="indicator-new" />
        </div>
      ) : null}
    </Card>
  );
}

function view(row: Row, t: Messages["results"], locale: Locale): IndicatorRowView {
  const change = row.change;
  return {
    id: row.id,
    unitName: row.unitName,
    name: row.name,
    measureLine: `${row.measure} · ${row.higherIsBetter ? t.higherBetter : t.lowerBetter}`,
    baseline: formatValue(row.baselineValue, row.measure, locale),
    baselineOn: formatDate(row.baselineOn, locale),
    result: row.resultValue === null ? null : formatValue(row.resultValue, row.measure, locale),
    resultOn: row.resultOn ? formatDate(row.resultOn, locale) : null,
    change: change && {
      delta: formatValue(change.delta, row.measure, locale, true),
      relative: change.relative === null ? null : formatRelative(change.relative, locale),
      direction: change.direction,
      sign: change.delta > 0 ? 1 : change.delta < 0 ? -1 : 0,
    },
    note: row.note,
    fields: {
      unitId: row.unitId, name: row.name, measure: row.measure, higherIsBetter: row.higherIsBetter ? "true" : "false",
      baselineValue: inputValue(row.baselineValue, locale), baselineOn: isoDate(row.baselineOn), note: row.note ?? "",
    },
    resultFields: { value: inputValue(row.resultValue, locale), on: isoDate(row.resultOn) },
  };
}
