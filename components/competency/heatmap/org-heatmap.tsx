import Link from "@/components/ui/link";
import { cn } from "@/components/ui/cn";
import { HeatmapFrame } from "./frame";
import type { Heatmap, HeatmapCell, HeatmapRow } from "@/lib/competency/gaps";
import { formatNumber, interpolate, type Locale } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { formatAverage } from "./format";
import { cellClass } from "./shade";

/**
 * The organisation heatmap: rows OPD (or units), columns competency codes (the name on hover and in the legend),
 * each cell the ASN with a gap, the average gap and the not-assessed count, coloured by the share with a gap.
 * It scrolls sideways inside its own box with the first column kept in view, never the page.
 */
export function OrgHeatmap({ heatmap, cellHref, m, locale }: { heatmap: Heatmap; cellHref: (row: HeatmapRow, competencyId: string) => string; m: Messages; locale: Locale }) {
  const t = m.compGaps.heatmap;
  const average = (c: HeatmapCell) => formatAverage(c.averageGap, locale);
  const body = (c: HeatmapCell) => (
    <>
      <span className="block text-base font-semibold leading-5">{formatNumber(c.withGap, locale)}</span>
      <span className="block whitespace-nowrap text-[11px] leading-4">{interpolate(t.averageShort, { value: average(c) })}</span>
      <span className={cn("block whitespace-nowrap text-[11px] leading-4", c.notAssessed ? "font-medium" : "font-normal")}>{interpolate(t.notAssessedShort, { count: formatNumber(c.notAssessed, locale) })}</span>
    </>
  );
  const label = (unit: string, code: string, c: HeatmapCell) =>
    interpolate(t.cellLabel, { unit, code, gap: c.withGap, assessed: c.assessed, notAssessed: c.notAssessed, average: average(c) });
  const rowName = (row: HeatmapRow) => (row.unitOnly ? interpolate(t.directStaff, { unit: row.name }) : row.name);
  return (
    <HeatmapFrame label={t.tableLabel} testId="org-heatmap" rowHeader={t.rowHeader} rowHeaderClass="sm:min-w-56" columns={heatmap.columns}>
      {heatmap.rows.map((row) => (
        <tr key={row.unitId}>
          <th scope="row" className="sticky left-0 z-10 min-w-36 max-w-44 border-b border-r border-slate-200 bg-white px-3 py-2 text-left align-middle text-xs font-medium leading-4 text-slate-800 sm:min-w-56 sm:max-w-72 sm:text-sm">
            <span className="line-clamp-3 break-words" title={rowName(row)}>{rowName(row)}</span>
          </th>
          {heatmap.columns.map((c) => {
            const cell = row.cells[c.id];
            if (!cell) return <td key={c.id} className="border-b border-slate-100 px-1 py-1 text-center text-slate-300">·</td>;
            return (
              <td key={c.id} className="border-b border-slate-100 p-0.5">
                <Link
                  href={cellHref(row, c.id)}
                  aria-label={label(rowName(row), c.code, cell)}
                  title={label(rowName(row), `${c.code} ${c.name}`, cell)}
                  className={cn("block min-w-16 rounded px-1.5 py-1 text-center hover:ring-2 hover:ring-brand-600 focus-visible:ring-2", cellClass(cell.withGap, cell.assessed))}
                  data-testid="heatmap-cell"
                >
                  {body(cell)}
                </Link>
              </td>
            );
          })}
        </tr>
      ))}
      <tr>
        <th scope="row" className="sticky left-0 z-10 border-r border-slate-200 bg-slate-50 px-3 py-2 text-left text-xs font-semibold uppercase text-slate-700">{t.total}</th>
        {heatmap.columns.map((c) => {
          const cell = heatmap.total[c.id]!;
          return (
            <td key={c.id} className="bg-slate-50 p-0.5">
              <div aria-label={label(t.total, c.code, cell)} className={cn("min-w-16 rounded px-1.5 py-1 text-center", cellClass(cell.withGap, cell.assessed))}>
                {body(cell)}
              </div>
            </td>
          );
        })}
      </tr>
    </HeatmapFrame>
  );
}
