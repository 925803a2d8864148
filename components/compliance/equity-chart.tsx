"use client";
import { Bar, BarChart, CartesianGrid, Rectangle, ResponsiveContainer, Tooltip, XAxis, YAxis, type BarShapeProps } from "recharts";
import type { Locale } from "@/lib/i18n/format";
import { localeTag } from "@/lib/i18n/format";
import { numberFormat } from "@/lib/i18n/intl";

export type EquityDatum = { label: string; people: number };

const HEIGHT = 220;
// Zero trainings is the warning sign; the more trainings, the darker the brand colour.
const COLORS = ["#dc2626", "#acd9d3", "#1f8a7e", "#0f4842"];

/** ASN by number of trainings this year (0, 1, 2, 3+); the panel beside it lists the same counts. */
export function EquityChart({
  data,
  locale,
  label,
  caption,
  peopleLabel,
  axisLabel,
}: {
  data: EquityDatum[];
  locale: Locale;
  label: string;
  caption: string;
  peopleLabel: string;
  axisLabel: string;
}) {
  const number = numberFormat(localeTag(locale));
  return (
    <figure data-testid="equity-chart">
      <div role="img" aria-label={label} style={{ height: HEIGHT }}>
        <ResponsiveContainer width="100%" height={HEIGHT}>
          <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} accessibilityLayer={false}>
            <CartesianGrid vertical={false} strokeDasharray="3 3" />
            <XAxis dataKey="label" tick={{ fontSize: 12 }} interval={0} height={40} label={{ value: axisLabel, position: "insideBottom", fontSize: 12 }} />
            <YAxis allowDecimals={false} width={44} tick={{ fontSize: 12 }} tickFormatter={(v: number) => number.format(v)} />
            <Tooltip
              formatter={(value) => [number.format(Number(value)), peopleLabel]}
              labelFormatter={(value) => `${String(value)} · ${axisLabel}`}
              cursor={{ fill: "#f1f5f9" }}
            />
            <Bar dataKey="people" name={peopleLabel} isAnimationActive={false} shape={(props: BarShapeProps) => <Rectangle {...props} fill={COLORS[props.index] ?? COLORS[3]} />} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="mt-2 text-xs text-slate-500">{caption}</figcaption>
    </figure>
  );
}
