import { describe, expect, it } from "vitest";
import { indicatorChange, summariseIndicators } from "@/lib/results/rules";

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
