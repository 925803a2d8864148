// The pure helpers of plan against actual (lib/plan/actual-rules.ts) and the Rupiah amount an admin types.
import { describe, expect, it } from "vitest";
import { planYearParam, remainingSeats, reportVersionOf, share, sumBy, sumByFundSource, type LineAgainstActual } from "@/lib/plan/actual-rules";
import { rupiahAmount } from "@/lib/plan/actual-schemas";

const line = (over: Partial<LineAgainstActual>): LineAgainstActual => ({
  itemId: "i", opdId: "opd-a", routeCode: "KL10", budget: [],
  planned: { participants: 10, jpMinutes: 1800, rupiah: 1_000_000 },
  actual: { participants: 4, jpMinutes: 900, rupiah: 450_000 },
  actualByFundSource: {},
  ...over,
});

describe("reportVersionOf", () => {
  it("reads the latest approved version, even while a revision is open", () => {
    const v = reportVersionOf([{ number: 0, status: "APPROVED" as const }, { number: 1, status: "APPROVED" as const }, { number: 2, status: "DRAFT" as const }]);
    expect(v).toEqual({ number: 1, status: "APPROVED" });
  });
  it("falls back to the open version when none is approved, and to nothing without versions", () => {
    expect(reportVersionOf([{ number: 0, status: "SUBMITTED" as const }])).toEqual({ number: 0, status: "SUBMITTED" });
    expect(reportVersionOf([])).toBeNull();
  });
});

describe("sumBy", () => {
  it("sums lines per key in order of appearance, with variance and cost per JP", () => {
    const rows = sumBy([line({ itemId: "1" }), line({ itemId: "2", opdId: null }), line({ itemId: "3" })], (l) => l.opdId);
    expect(rows.map((r) => r.key)).toEqual(["opd-a", null]);
    expect(rows[0]!.planned).toEqual({ participants: 20, jpMinutes: 3600, rupiah: 2_000_000 });
    expect(rows[0]!.actual).toEqual({ participants: 8, jpMinutes: 1800, rupiah: 900_000 });
    expect(rows[0]!.variance).toEqual({ participants: -12, jpMinutes: -1800, rupiah: -1_100_000 });
    expect(rows[0]!.costPerJp).toBe(22_500); // 900.000 ÷ 40 JP
    expect(rows[1]!.costPerJp).toBe(22_500);
  });
  it("has no cost per JP when nothing was delivered", () => {
    expect(sumBy([line({ actual: { participants: 0, jpMinutes: 0, rupiah: 100 } })], () => "x")[0]!.costPerJp).toBeNull();
  });
});

describe("sumByFundSource", () => {
  it("plans from the budget items' source and realises from the rows' source, leaving out empty sources", () => {
    const rows = sumByFundSource([
      line({ budget: [{ volume: 10, unitPrice: 143_000, fundSource: "APBD" }, { volume: 1, unitPrice: 500_000, fundSource: "PAD" }], actualByFundSource: { APBD: 1_000_000, DAK: 50_000 } }),
      line({ budget: [{ volume: 2, unitPrice: 100_000, fundSource: "APBD" }], actualByFundSource: { PAD: 300_000 } }),
    ]);
    expect(rows).toEqual([
      { fundSource: "APBD", planned: 1_630_000, actual: 1_000_000, variance: -630_000 },
      { fundSource: "PAD", planned: 500_000, actual: 300_000, variance: -200_000 },
      { fundSource: "DAK", planned: 0, actual: 50_000, variance: 50_000 },
    ]);
  });
});

describe("remainingSeats, share and planYearParam", () => {
  it("counts the seats still to deliver, never below zero", () => {
    expect(remainingSeats(line({}))).toBe(6);
    expect(remainingSeats(line({ actual: { participants: 12, jpMinutes: 0, rupiah: 0 } }))).toBe(0);
  });
  it("has no share of nothing", () => {
    expect(share(3, 4)).toBe(0.75);
    expect(share(0, 0)).toBeNull();
  });
  it("reads a four-digit year in the plan's range only", () => {
    expect(planYearParam("2026")).toBe(2026);
    for (const raw of ["1999", "2101", "26", "2026a", "abcd", ""]) expect(planYearParam(raw)).toBeNull();
  });
});

describe("rupiahAmount", () => {
  it("reads whole Rupiah as typed, with dots, spaces, a sign or Rp", () => {
    for (const [raw, value] of [["Rp1.500.000", 1_500_000], ["1 500 000", 1_500_000], ["-250.000", -250_000], ["- Rp 250.000", -250_000], [143000, 143_000]] as const) {
      expect(rupiahAmount.parse(raw)).toBe(value);
    }
  });
  it("refuses zero, cents, letters and amounts an Int column cannot hold", () => {
    for (const raw of ["0", "1500,50", "12a", "", "3.000.000.000", 1.5]) expect(rupiahAmount.safeParse(raw).success).toBe(false);
  });
});
