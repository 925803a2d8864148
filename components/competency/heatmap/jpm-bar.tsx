import { cn } from "@/components/ui/cn";
import type { JpmBands } from "@/lib/competency/rules";

export const BAND_CLASSES = { HIGH: "bg-emerald-500", MID: "bg-amber-400", LOW: "bg-red-500", INCOMPLETE: "bg-slate-300" } as const;

/**
 * The JPM distribution of a position's holders: a bar split by band (and incomplete), with every count written
 * beside it (the colour is never the only signal).
 */
export function JpmBar({ counts, bands, incompleteLabel }: { counts: { high: number; mid: number; low: number; incomplete: number }; bands: JpmBands; incompleteLabel: string }) {
  const parts = [
    { key: "HIGH" as const, n: counts.high, label: bands.highName },
    { key: "MID" as const, n: counts.mid, label: bands.midName },
    { key: "LOW" as const, n: counts.low, label: bands.lowName },
    { key: "INCOMPLETE" as const, n: counts.incomplete, label: incompleteLabel },
  ];
  const total = parts.reduce((s, p) => s + p.n, 0);
  return (
    <div className="min-w-44" data-testid="jpm-bar">
      <div className="flex h-2.5 w-full overflow-hidden rounded-full bg-slate-100" aria-hidden>
        {parts.map((p) => (p.n ? <span key={p.key} className={BAND_CLASSES[p.key]} style={{ width: `${(100 * p.n) / Math.max(1, total)}%` }} /> : null))}
      </div>
      <ul className="mt-1 flex flex-wrap gap-x-3 gap-y-0.5 text-xs text-slate-700">
        {parts.map((p) => (
          <li key={p.key} className={cn("flex items-center gap-1", !p.n && "text-slate-500")}>
            <span className={cn("inline-block size-2 rounded-full", BAND_CLASSES[p.key])} aria-hidden />
            {p.label}: <span className="font-semibold">{p.n}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
