"use client";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatDecimal, type Locale } from "@/lib/i18n/format";

export type LearningDatum = { name: string; pre: number | null; post: number | null };

const HEIGHT = 240;

/** Average pre-test and post-test per batch, side by side (0–100); the table beside it has the figures. */
export function LearningChart({ data, labels, locale, label, caption }: { data: LearningDatum[]; labels: { pre: string; post: string }; locale: Locale; label: string; caption: string }) {
  const number = (value: unknown) => formatDecimal(Number(value), locale, { decimals: 1 });
  return (
    <figure className="px-2 py-2 sm:px-4 print:break-inside-avoid" data-testid="eval-learning-chart">
      <div role="img" aria-label={label} style={{ height: HEIGHT }}>
        <ResponsiveContainer width="100%" height={HEIGHT}>
          <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} accessibilityLayer={false}>
            <CartesianGrid vertical={false} strokeDasharray="3 3" />
            <XAxis dataKey="name" tick={{ fontSize: 12 }} interval={0} />
            <YAxis domain={[0, 100]} width={36} tick={{ fontSize: 12 }} />
            <Tooltip formatter={number} cursor={{ fill: "#f1f5f9" }} />
            <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={(item) => (item.dataKey === "pre" ? 0 : 1)} formatter={(value) => <span style={{ color: "#334155" }}>{String(value)}</span>} />
            <Bar dataKey="pre" name={labels.pre} fill="#acd9d3" isAnimationActive={false} />
            <Bar dataKey="post" name={labels.post} fill="#135a53" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="mt-1 px-2 text-xs text-slate-500">{caption}</figcaption>
    </figure>
  );
}
