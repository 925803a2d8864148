// Level 4 (results): how a unit's performance indicator moved between the measurement before a batch and the
// one after it. Pure: no I/O, no Prisma. Unit-tested in tests/unit/results-rules.test.ts.

export type IndicatorValues = { baselineValue: number; resultValue: number | null; higherIsBetter: boolean };

export type Direction = "IMPROVED" | "UNCHANGED" | "WORSENED";

export type IndicatorChange = {
  /** result − baseline, in the indicator's own measure. */
  delta: number;
  /** The change relative to the baseline (0.25 = 25%); null when the baseline is 0. */
  relative: number | null;
  direction: Direction;
};

/** The change, or null while no result has been measured. */
export function indicatorChange({ baselineValue, resultValue, higherIsBetter }: IndicatorValues): IndicatorChange | null {
  if (resultValue === null) return null;
  const delta = Math.round((resultValue - baselineValue) * 100) / 100;
  const relative = baselineValue === 0 ? null : delta / Math.abs(baselineValue);
  const better = higherIsBetter ? delta > 0 : delta < 0;
  return { delta, relative, direction: delta === 0 ? "UNCHANGED" : better ? "IMPROVED" : "WORSENED" };
}

export type ResultsSummary = { indicators: number; measured: number; improved: number; unchanged: number; worsened: number };

export function summariseIndicators(rows: readonly IndicatorValues[]): ResultsSummary {
  const changes = rows.flatMap((r) => {
    const c = indicatorChange(r);
    return c ? [c.direction] : [];
  });
  return {
    indicators: rows.length,
    measured: changes.length,
    improved: changes.filter((d) => d === "IMPROVED").length,
    unchanged: changes.filter((d) => d === "UNCHANGED").length,
    worsened: changes.filter((d) => d === "WORSENED").length,
  };
}
