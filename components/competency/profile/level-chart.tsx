import { interpolate } from "@/lib/i18n/format";
import type { ProfileLine } from "@/lib/competency/profile-rules";
import type { ProfileLabels } from "./labels";

const LEVELS = [1, 2, 3, 4, 5];

/**
 * One row per competency on the 1–5 scale: a bar to the current level (amber below the standard, green at or above),
 * a dark tick at the required level, and both numbers written out. "Belum dinilai" is a hatched empty track with the
 * words, never a bar of 0.
 */
export function LevelChart({ lines, t }: { lines: ProfileLine[]; t: ProfileLabels }) {
  return (
    <figure className="space-y-2 p-4 sm:p-5" data-testid="level-chart">
      <figcaption className="text-sm font-medium text-slate-800">{t.chart.title}</figcaption>
      <div className="grid grid-cols-[4.5rem_1fr] items-center gap-x-3 gap-y-2 text-xs sm:grid-cols-[5rem_1fr_12rem]">
        <span aria-hidden />
        <div className="grid grid-cols-5 text-right text-[11px] text-slate-500" aria-hidden>
          {LEVELS.map((l) => <span key={l}>{l}</span>)}
        </div>
        <span className="hidden sm:block" aria-hidden />
        {lines.map((line) => {
          const level = line.current?.level ?? null;
          const below = level !== null && level < line.requiredLevel;
          const words = level === null
            ? `${t.chart.required} ${line.requiredLevel} · ${t.table.notAssessed}`
            : `${t.chart.required} ${line.requiredLevel} · ${t.chart.current} ${level}`;
          return (
            <div key={line.competencyId} className="contents" data-testid={`chart-${line.code}`}>
              <span className="font-mono text-slate-700" title={line.name}>{line.code}</span>
              <div className="relative h-5 rounded bg-slate-100" role="img" aria-label={`${line.code} ${line.name}: ${words}`}>
                {level === null ? (
                  <div className="absolute inset-0 flex items-center justify-center rounded border border-dashed border-slate-400 bg-[repeating-linear-gradient(45deg,transparent,transparent_4px,rgb(226_232_240)_4px,rgb(226_232_240)_8px)] text-[11px] font-medium text-slate-600">
                    {t.table.notAssessed}
                  </div>
                ) : (
                  <div className={`absolute inset-y-0 left-0 rounded ${below ? "bg-amber-400" : "bg-emerald-500"}`} style={{ width: `${(level / 5) * 100}%` }} />
                )}
                <div className="absolute -inset-y-1 w-0.5 bg-slate-900" style={{ left: `calc(${(line.requiredLevel / 5) * 100}% - 1px)` }} />
              </div>
              <span className="col-span-2 -mt-1 text-slate-600 sm:col-span-1 sm:mt-0">{words}</span>
            </div>
          );
        })}
      </div>
      <p className="flex flex-wrap items-center gap-x-4 gap-y-1 pt-1 text-[11px] text-slate-600">
        <span className="inline-flex items-center gap-1"><span className="inline-block h-2.5 w-4 rounded bg-emerald-500" />{t.chart.meets}</span>
        <span className="inline-flex items-center gap-1"><span className="inline-block h-2.5 w-4 rounded bg-amber-400" />{t.chart.below}</span>
        <span className="inline-flex items-center gap-1"><span className="inline-block h-3 w-0.5 bg-slate-900" />{t.chart.required}</span>
        <span>{interpolate(t.chart.legend, {})}</span>
      </p>
    </figure>
  );
}
