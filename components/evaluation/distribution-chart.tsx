"use client";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { shortLabel } from "@/components/compliance/format";
import { formatPercent, type Locale } from "@/lib/i18n/format";

export type DistributionDatum = { name: string; r1: number; r2: number; r3: number; r4: number; r5: number };

// The colours of the rating bars in components/reaction/distribution-bar.tsx: red (1) to green (5).
const COLOURS = ["#ef4444", "#fb923c", "#fcd34d", "#84cc16", "#059669"] as const;
const KEYS = ["r1", "r2", "r3", "r4", "r5"] as const;
const ROW_HEIGHT = 34;

/**
 * A horizontal stacked bar per aspect: the shares of ratings 1–5 (summing to 100%). A picture of the table
 * beside it, so assistive technology gets the table, not the bars.
 */
export function DistributionChart({ data, legend, locale, label, caption }: { data: DistributionDatum[]; legend: string[]; locale: Locale; label: string; caption: string }) {
  const height = Math.max(140, data.length * ROW_HEIGHT + 70);
  const percent = (value: unknown) => formatPercent(Number(value), locale);
  return (
    <figure className="px-2 py-2 sm:px-4 print:break-inside-avoid" data-testid="eval-distribution-chart">
      <div role="img" aria-label={label} style={{ height }}>
        <ResponsiveContainer width="100%" height={height}>
          <BarChart data={data} layout="vertical" margin={{ top: 0, right: 16, bottom: 0, left: 0 }} accessibilityLayer={false} barCategoryGap={6}>
            <CartesianGrid horizontal={false} strokeDasharray="3 3" />
            <XAxis type="number" domain={[0, 1]} ticks={[0, 0.25, 0.5, 0.75, 1]} tickFormatter={percent} tick={{ fontSize: 12 }} />
            <YAxis type="category" dataKey="name" width={118} interval={0} tick={{ fontSize: 12 }} tickFormatter={(name: string) => shortLabel(name, 28)} />
            <Tooltip formatter={percent} cursor={{ fill: "#f1f5f9" }} />
            <Legend wrapperStyle={{ fontSize: 12 }} formatter={(value) => <span style={{ color: "#334155" }}>{String(value)}</span>} />
            {KEYS.map((key, i) => (
              <Bar key={key} dataKey={key} name={legend[i]} stackId="rating" fill={COLOURS[i]} isAnimationActive={false} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="mt-1 px-2 text-xs text-slate-500">{caption}</figcaption>
    </figure>
  );
}
