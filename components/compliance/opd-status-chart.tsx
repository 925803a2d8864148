"use client";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { Locale } from "@/lib/i18n/format";
import { formatShare, shortLabel } from "./format";

export type OpdShareDatum = { name: string; compliant: number; onTrack: number; atRisk: number; nonCompliant: number };
export type OpdShareSeries = { key: Exclude<keyof OpdShareDatum, "name">; label: string; color: string };

const ROW_HEIGHT = 34;

/**
 * A horizontal stacked bar per OPD: the shares of its obligated ASN by status (summing to 100%).
 * The chart is a picture of the table beside it, so assistive technology gets the table, not the bars.
 */
export function OpdStatusChart({
  data,
  series,
  locale,
  label,
  caption,
}: {
  data: OpdShareDatum[];
  series: OpdShareSeries[];
  locale: Locale;
  label: string;
  caption: string;
}) {
  const height = Math.max(160, data.length * ROW_HEIGHT + 80);
  const percent = (value: unknown) => formatShare(Number(value), locale);
  return (
    <figure className="px-2 py-4 sm:px-4" data-testid="opd-status-chart">
      <div role="img" aria-label={label} style={{ height }}>
        <ResponsiveContainer width="100%" height={height}>
          <BarChart data={data} layout="vertical" margin={{ top: 0, right: 16, bottom: 0, left: 0 }} accessibilityLayer={false} barCategoryGap={6}>
            <CartesianGrid horizontal={false} strokeDasharray="3 3" />
            <XAxis type="number" domain={[0, 1]} ticks={[0, 0.25, 0.5, 0.75, 1]} tickFormatter={percent} tick={{ fontSize: 12 }} />
            <YAxis
              type="category"
              dataKey="name"
              width={150}
              interval={0}
              tick={{ fontSize: 12 }}
              tickFormatter={(name: string) => shortLabel(name, 22)}
            />
            <Tooltip formatter={percent} cursor={{ fill: "#f1f5f9" }} />
            {/* Legend words in slate, not in the (light) series colours, so they stay readable. */}
            <Legend wrapperStyle={{ fontSize: 12 }} formatter={(value) => <span style={{ color: "#334155" }}>{String(value)}</span>} />
            {series.map((s) => (
              <Bar key={s.key} dataKey={s.key} name={s.label} stackId="status" fill={s.color} isAnimationActive={false} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="mt-2 px-2 text-xs text-slate-500">{caption}</figcaption>
    </figure>
  );
}
