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

// ── Values as typed ──────────────────────────────────────────────────────────────────────────────────────────
// Stored as Decimal(14,2): at most two decimals and twelve whole digits.

export const MAX_DECIMALS = 2;
const MAX_ABS = 1e12;

/**
 * A number as an Indonesian or English user types it: "87,5" and "87.5" are both 87.5; "1.234,5" and
 * "1,234.5" are 1234.5 (with both marks, the last one is the decimal mark); "1.234", "1.234.567" and
 * "1,234,567" are grouped thousands, but "87,555" is refused (Indonesian: three decimals). Null when it is not such a number, has more than two decimals or is too large.
 */
export function parseDecimal(raw: string): number | null {
  const text = raw.trim().replace(/\s/g, "").replace(/^−/, "-");
  if (!/^-?[\d.,]+$/.test(text)) return null;
  const lastDot = text.lastIndexOf(".");
  const lastComma = text.lastIndexOf(",");
  let normal: string;
  if (lastDot >= 0 && lastComma >= 0) {
    const [group, decimal] = lastComma > lastDot ? [".", ","] : [",", "."];
    const [whole, fraction, ...rest] = text.split(decimal);
    if (rest.length || !fraction || !/^-?\d{1,3}([.,]\d{3})*$/.test(whole!) || whole!.includes(decimal)) return null;
    normal = `${whole!.split(group).join("")}.${fraction}`;
  } else {
    const mark = lastComma >= 0 ? "," : ".";
    const parts = text.split(mark);
    // Grouping repeats ("1.234.567"). A lone dot before exactly three digits is Indonesian grouping ("1.234" is
    // 1234); a lone comma there stays a decimal mark (three decimals: refused), never a silent 1000×.
    if (parts.length > 2 || (mark === "." && parts[1]?.length === 3)) {
      if (!/^-?\d{1,3}$/.test(parts[0]!) || parts.slice(1).some((p) => !/^\d{3}$/.test(p))) return null;
      normal = parts.join("");
    } else normal = parts.join(".");
  }
  if (!/^-?\d+(\.\d+)?$/.test(normal)) return null;
  const fraction = normal.split(".")[1] ?? "";
  if (fraction.length > MAX_DECIMALS) return null;
  const value = Number(normal);
  return Number.isFinite(value) && Math.abs(value) < MAX_ABS ? value + 0 : null; // + 0 turns -0 into 0
}

// ── Dates ────────────────────────────────────────────────────────────────────────────────────────────────────
// Dates are calendar dates at UTC midnight (lib/time.ts). The baseline is measured before or during the
// batch; the result after the batch has ended, never before the baseline, and never in the future.

export type BaselineDateProblem = "future" | "afterBatch" | "afterResult";
export type ResultDateProblem = "future" | "notAfterBatch" | "beforeBaseline";

export function baselineDateProblem(
  p: { baselineOn: Date; batchEnd: Date; resultOn: Date | null; today: Date },
): BaselineDateProblem | null {
  if (p.baselineOn > p.today) return "future";
  if (p.baselineOn > p.batchEnd) return "afterBatch";
  if (p.resultOn && p.baselineOn > p.resultOn) return "afterResult";
  return null;
}

export function resultDateProblem(
  p: { resultOn: Date; batchEnd: Date; baselineOn: Date; today: Date },
): ResultDateProblem | null {
  if (p.resultOn > p.today) return "future";
  if (p.resultOn <= p.batchEnd) return "notAfterBatch";
  if (p.resultOn < p.baselineOn) return "beforeBaseline";
  return null;
}

/** Whether a result can be recorded at all yet: the batch's last day is over. */
export function resultsOpen(batchEnd: Date, today: Date): boolean {
  return today > batchEnd;
}

/** A stored decimal (Prisma's Decimal prints exactly) or a number. */
type DecimalLike = number | { toString(): string };

/** An indicator row's values as numbers, with its change: what every reader of indicators shows. */
export function measuredIndicator(row: { baselineValue: DecimalLike; resultValue: DecimalLike | null; higherIsBetter: boolean }) {
  const values = { baselineValue: Number(row.baselineValue.toString()), resultValue: row.resultValue === null ? null : Number(row.resultValue.toString()), higherIsBetter: row.higherIsBetter };
  return { ...values, change: indicatorChange(values) };
}
export type MeasuredIndicator = ReturnType<typeof measuredIndicator>;
