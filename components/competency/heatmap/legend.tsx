import { cn } from "@/components/ui/cn";
import type { HeatmapColumn } from "@/lib/competency/gaps";
import type { Messages } from "@/lib/i18n/messages/id";
import { NONE_ASSESSED_CLASS, STEP_CLASSES } from "./shade";

/** What a cell's colour and numbers mean, and the names behind the competency codes. */
export function HeatmapLegend({ columns, m }: { columns: HeatmapColumn[]; m: Messages }) {
  const t = m.compGaps.legend;
  return (
    <div className="space-y-3 border-t border-slate-100 px-4 py-4 text-sm text-slate-600 sm:px-5" data-testid="heatmap-legend">
      <h3 className="font-semibold text-slate-900">{t.title}</h3>
      <p>{t.cell}</p>
      <p>{t.shareOf}</p>
      <ul className="flex flex-wrap gap-2">
        {STEP_CLASSES.map((cls, i) => (
          <li key={cls} className={cn("rounded px-2 py-1 text-xs font-medium", cls)}>{t.shares[i]}</li>
        ))}
        <li className={cn("rounded px-2 py-1 text-xs font-medium", NONE_ASSESSED_CLASS)}>{t.noneAssessed}</li>
      </ul>
      {columns.length ? (
        <>
          <h4 className="font-medium text-slate-800">{t.codes}</h4>
          <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-2 lg:grid-cols-3">
            {columns.map((c) => (
              <div key={c.id} className="flex gap-2">
                <dt className="w-14 shrink-0 font-mono text-xs leading-5 text-slate-900">{c.code}</dt>
                <dd className="min-w-0 break-words">{c.name}</dd>
              </div>
            ))}
          </dl>
        </>
      ) : null}
    </div>
  );
}
