import { describe, expect, it } from "vitest";
import { baselineDateProblem, indicatorChange, measuredIndicator, parseDecimal, resultDateProblem, resultsOpen, summariseIndicators } from "@/lib/results/rules";

describe("indicatorChange", () => {
  it("is null until a result is measured", () => {
    expect(indicatorChange({ baselineValue: 70, resultValue: null, higherIsBetter: true })).toBeNull();
  });

  it("calls a rise an improvement when higher is better", () => {
    expect(indicatorChange({ baselineValue: 80, resultValue: 92, higherIsBetter: true })).toEqual({ delta: 12, relative: 0.15, direction: "IMPROVED" });
  });

  it("calls a fall an improvement when lower is better (e.g. days to process a permit)", () => {
    expect(indicatorChange({ baselineValue: 14, resultValue: 10.5, higherIsBetter: false })).toEqual({ delta: -3.5, relative: -0.25, direction: "IMPROVED" });
    expect(indicatorChange({ baselineValue: 14, resultValue: 15, higherIsBetter: false })?.direction).toBe("WORSENED");
  });

  it("keeps cents exact and has no relative change from a zero baseline", () => {
    expect(indicatorChange({ baselineValue: 0.1, resultValue: 0.3, higherIsBetter: true })?.delta).toBe(0.2);
    expect(indicatorChange({ baselineValue: 0, resultValue: 5, higherIsBetter: true })).toEqual({ delta: 5, relative: null, direction: "IMPROVED" });
    expect(indicatorChange({ baselineValue: 7, resultValue: 7, higherIsBetter: true })?.direction).toBe("UNCHANGED");
  });
});

describe("summariseIndicators", () => {
  it("counts measured indicators by direction", () => {
    expect(
      summariseIndicators([
        { baselineValue: 10, resultValue: 12, higherIsBetter: true },
        { baselineValue: 10, resultValue: 8, higherIsBetter: true },
        { baselineValue: 10, resultValue: 8, higherIsBetter: false },
        { baselineValue: 10, resultValue: 10, higherIsBetter: false },
        { baselineValue: 10, resultValue: null, higherIsBetter: true },
      ]),
    ).toEqual({ indicators: 5, measured: 4, improved: 2, unchanged: 1, worsened: 1 });
  });
});

describe("parseDecimal", () => {
  it("reads the Indonesian decimal comma and the decimal point alike", () => {
    expect(parseDecimal("87,5")).toBe(87.5);
    expect(parseDecimal("87.5")).toBe(87.5);
    expect(parseDecimal(" 12,25 ")).toBe(12.25);
    expect(parseDecimal("0")).toBe(0);
    expect(parseDecimal("-3,5")).toBe(-3.5);
    expect(parseDecimal("−3,5")).toBe(-3.5);
  });

  it("reads grouped thousands in either convention", () => {
    expect(parseDecimal("1.234")).toBe(1234);
    expect(parseDecimal("1.234.567")).toBe(1234567);
    expect(parseDecimal("1.234,5")).toBe(1234.5);
    expect(parseDecimal("1,234.5")).toBe(1234.5);
    expect(parseDecimal("1 234,5")).toBe(1234.5);
    expect(parseDecimal("1,234,567")).toBe(1234567);
  });

  it("refuses what is not a number, more than two decimals, and values too large for the column", () => {
    for (const bad of ["", " ", "abc", "87,5%", "1,2,3", "1.23.4", "12,345,6", "87,", ",5", "1.2345", "87,555", "1,234", "1e3", "--1", "1.234,5.6", "1000000000000"]) {
      expect(parseDecimal(bad), bad).toBeNull();
    }
    expect(parseDecimal("999999999999,99")).toBe(999999999999.99);
  });
});

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("baselineDateProblem", () => {
  const base = { batchEnd: d("2026-03-10"), resultOn: null, today: d("2026-06-01") };

  it("accepts a baseline before or during the batch, long ago or not", () => {
    expect(baselineDateProblem({ ...base, baselineOn: d("2025-12-31") })).toBeNull();
    expect(baselineDateProblem({ ...base, baselineOn: d("2026-03-10") })).toBeNull();
  });

  it("refuses a baseline in the future, after the batch, or after the result", () => {
    expect(baselineDateProblem({ ...base, batchEnd: d("2026-09-01"), baselineOn: d("2026-06-02") })).toBe("future");
    expect(baselineDateProblem({ ...base, baselineOn: d("2026-03-11") })).toBe("afterBatch");
    expect(baselineDateProblem({ ...base, resultOn: d("2026-01-15"), baselineOn: d("2026-02-01") })).toBe("afterResult");
  });
});

describe("resultDateProblem and resultsOpen", () => {
  const base = { batchEnd: d("2026-03-10"), baselineOn: d("2026-02-01"), today: d("2026-06-01") };

  it("accepts a result after the batch's last day, up to today", () => {
    expect(resultDateProblem({ ...base, resultOn: d("2026-03-11") })).toBeNull();
    expect(resultDateProblem({ ...base, resultOn: d("2026-06-01") })).toBeNull();
  });

  it("refuses a result in the future, on or before the batch's last day, or before the baseline", () => {
    expect(resultDateProblem({ ...base, resultOn: d("2026-06-02") })).toBe("future");
    expect(resultDateProblem({ ...base, resultOn: d("2026-03-10") })).toBe("notAfterBatch");
    expect(resultDateProblem({ ...base, resultOn: d("2026-01-01") })).toBe("notAfterBatch");
    // A baseline can only be after the batch through old data; the rule still holds.
    expect(resultDateProblem({ ...base, baselineOn: d("2026-04-01"), resultOn: d("2026-03-20") })).toBe("beforeBaseline");
  });

  it("opens results the day after the batch ends", () => {
    expect(resultsOpen(d("2026-03-10"), d("2026-03-10"))).toBe(false);
    expect(resultsOpen(d("2026-03-10"), d("2026-03-11"))).toBe(true);
  });
});

describe("measuredIndicator", () => {
  it("reads stored decimals exactly and adds the change", () => {
    const decimal = (s: string) => ({ toString: () => s });
    expect(measuredIndicator({ baselineValue: decimal("78.50"), resultValue: decimal("86.25"), higherIsBetter: true })).toEqual({
      baselineValue: 78.5, resultValue: 86.25, higherIsBetter: true, change: { delta: 7.75, relative: 7.75 / 78.5, direction: "IMPROVED" },
    });
    expect(measuredIndicator({ baselineValue: 4.5, resultValue: null, higherIsBetter: false })).toEqual({ baselineValue: 4.5, resultValue: null, higherIsBetter: false, change: null });
  });
});
