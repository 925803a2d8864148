import { interpolate } from "@/lib/i18n/format";
import type { Distribution } from "@/lib/reaction/rules";

// Plain CSS bars: the share of each rating 1–5, coloured from red (1) to green (5). The figures are in the
// accessible name, so a screen reader hears them without the picture.

const COLOURS = ["bg-red-500", "bg-orange-400", "bg-amber-300", "bg-lime-500", "bg-emerald-600"] as const;

export function DistributionBar({ distribution, label }: { distribution: Distribution; label: string }) {
  const total = distribution.reduce((a, b) => a + b, 0);
  return (
    <div role="img" aria-label={label} className="flex h-3 w-full min-w-32 overflow-hidden rounded-full bg-slate-100" data-testid="distribution-bar">
      {total
        ? distribution.map((n, i) => (n ? <div key={i} className={COLOURS[i]} style={{ width: `${(n / total) * 100}%` }} title={`${i + 1}: ${n}`} /> : null))
        : null}
    </div>
  );
}

export function DistributionLegend({ template }: { template: string }) {
  return (
    <ul className="flex flex-wrap gap-3 text-xs text-slate-600" aria-hidden="true">
      {COLOURS.map((colour, i) => (
        <li key={colour} className="flex items-center gap-1">
          <span className={`inline-block size-3 rounded-sm ${colour}`} />
          {interpolate(template, { rating: i + 1 })}
        </li>
      ))}
    </ul>
  );
}

/** The accessible name of a bar: "Sebaran nilai Materi: nilai 1 0, nilai 2 1, …". */
export function distributionLabel(template: string, subject: string, d: Distribution): string {
  return interpolate(template, { aspect: subject, r1: d[0], r2: d[1], r3: d[2], r4: d[3], r5: d[4] });
}
