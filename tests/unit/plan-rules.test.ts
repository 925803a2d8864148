// lib/plan/rules.ts: exact Rupiah totals at every level against hand-computed numbers, the safe-integer guard, the
// version moves, the version diff, cost per JP, need coverage and projected reach.
import { describe, expect, it } from "vitest";
import {
  addFigures, budgetItemTotal, canMoveVersion, canStartRevision, costPerJp, diffVersions, fundsNeed, isEditable, lineTotal, needCoverage,
  plannedFigures, planTotals, projectedReach, quarterOf, sumRupiah, variance, versionKind, type LineSnapshot,
} from "@/lib/plan/rules";

const item = (volume: number, unitPrice: number, fundSource: "APBD" | "PAD" | "DAK" | "APBN" | "OTHER" = "APBD") => ({ volume, unitPrice, fundSource });

// Three lines, by hand:
//   A (Dinas X, KL03): 90 OH × 143.000 = 12.870.000 (APBD) + 24 OJ × 900.000 = 21.600.000 (APBD) + 60 OK × 450.000 = 27.000.000 (PAD) → 61.470.000
//   B (Dinas Y, KL03): 30 OH × 143.000 = 4.290.000 (APBD) + 1 paket × 7.500.000 = 7.500.000 (DAK) → 11.790.000
//   C (lintas OPD, NKL03): 200 akun × 35.000 = 7.000.000 (APBN) → 7.000.000
// Plan 80.260.000; APBD 12.870.000 + 21.600.000 + 4.290.000 = 38.760.000; PAD 27.000.000; DAK 7.500.000; APBN 7.000.000.
const LINES = [
  { unitId: "X", routeCode: "KL03" as const, budget: [item(90, 143_000), item(24, 900_000), item(60, 450_000, "PAD")] },
  { unitId: "Y", routeCode: "KL03" as const, budget: [item(30, 143_000), item(1, 7_500_000, "DAK")] },
  { unitId: null, routeCode: "NKL03" as const, budget: [item(200, 35_000, "APBN")] },
];

describe("plan totals", () => {
  it("are exact at line, OPD, fund source, route code and plan level, and every breakdown sums to the plan", () => {
    expect(budgetItemTotal(item(90, 143_000))).toBe(12_870_000);
    expect(LINES.map(lineTotal)).toEqual([61_470_000, 11_790_000, 7_000_000]);
    const totals = planTotals(LINES);
    expect(totals.total).toBe(80_260_000);
    expect(totals.byFundSource).toEqual({ APBD: 38_760_000, PAD: 27_000_000, DAK: 7_500_000, APBN: 7_000_000, OTHER: 0 });
    expect(Object.fromEntries(totals.byUnit)).toEqual({ X: 61_470_000, Y: 11_790_000, null: 7_000_000 });
    expect(totals.byUnit.get(null)).toBe(7_000_000);
    expect(Object.fromEntries(totals.byRouteCode)).toEqual({ KL03: 73_260_000, NKL03: 7_000_000 });
    for (const breakdown of [Object.values(totals.byFundSource), [...totals.byUnit.values()], [...totals.byRouteCode.values()]]) {
      expect(sumRupiah(breakdown)).toBe(totals.total);
    }
  });

  it("an empty plan totals zero; a line without budget items is zero", () => {
    expect(planTotals([]).total).toBe(0);
    expect(lineTotal({ budget: [] })).toBe(0);
  });

  it("refuses amounts a number cannot hold exactly instead of rounding", () => {
    expect(() => sumRupiah([Number.MAX_SAFE_INTEGER, 1])).toThrow(RangeError);
    expect(() => sumRupiah([1.5])).toThrow(RangeError);
    expect(budgetItemTotal({ volume: 2 ** 26, unitPrice: 2 ** 26 })).toBe(2 ** 52);
    expect(() => budgetItemTotal({ volume: 2 ** 27, unitPrice: 2 ** 27 })).toThrow(RangeError); // 2^54 > MAX_SAFE_INTEGER
    expect(() => budgetItemTotal({ volume: 1_000_000, unitPrice: 2_000_000_000_000 })).toThrow(RangeError);
    expect(sumRupiah([Number.MAX_SAFE_INTEGER - 1, 1])).toBe(Number.MAX_SAFE_INTEGER);
  });
});

describe("version moves", () => {
  it("allow exactly DRAFT→SUBMITTED, SUBMITTED→DRAFT and SUBMITTED→APPROVED", () => {
    const all = ["DRAFT", "SUBMITTED", "APPROVED"] as const;
    const allowed = all.flatMap((a) => all.filter((b) => canMoveVersion(a, b)).map((b) => `${a}→${b}`));
    expect(allowed).toEqual(["DRAFT→SUBMITTED", "SUBMITTED→DRAFT", "SUBMITTED→APPROVED"]);
    expect(all.filter(isEditable)).toEqual(["DRAFT"]);
  });

  it("start a revision only when every version is approved", () => {
    expect(canStartRevision([])).toBe(false);
    expect(canStartRevision([{ status: "APPROVED" }, { status: "APPROVED" }])).toBe(true);
    expect(canStartRevision([{ status: "APPROVED" }, { status: "DRAFT" }])).toBe(false);
    expect(canStartRevision([{ status: "SUBMITTED" }])).toBe(false);
  });

  it("name the original and the revisions, and put a month in its quarter", () => {
    expect(versionKind(0)).toEqual({ kind: "ORIGINAL" });
    expect(versionKind(2)).toEqual({ kind: "REVISION", n: 2 });
    expect([1, 3, 4, 6, 7, 9, 10, 12].map(quarterOf)).toEqual([1, 1, 2, 2, 3, 3, 4, 4]);
  });
});

const snapshot = (itemId: string, prices: number[], fields: Record<string, string | number | null> = { targetPeople: 30, routeCode: "KL03" }): LineSnapshot => ({
  itemId, title: `Baris ${itemId}`, fields,
  budget: prices.map((unitPrice, i) => ({ position: i + 1, item: `Rincian ${i + 1}`, volume: 10, unit: "OH", unitPrice, fundSource: "APBD" as const, accountCode: "" })),
});

describe("diffVersions", () => {
  it("one changed budget item is exactly one change, with its before → after and the line's totals", () => {
    const before = [snapshot("a", [100_000, 200_000]), snapshot("b", [50_000])];
    const after = [snapshot("a", [100_000, 180_000]), snapshot("b", [50_000])];
    const diff = diffVersions(before, after);
    expect(diff).toHaveLength(1);
    expect(diff[0]).toEqual({
      itemId: "a", title: "Baris a", kind: "CHANGED", changes: [],
      budget: [{ position: 2, kind: "CHANGED", item: "Rincian 2", changes: [{ field: "unitPrice", before: 200_000, after: 180_000 }, { field: "total", before: 2_000_000, after: 1_800_000 }], totalBefore: 2_000_000, totalAfter: 1_800_000 }],
      totalBefore: 3_000_000, totalAfter: 2_800_000,
    });
  });

  it("identical versions have no difference; added and removed lines and items are named", () => {
    expect(diffVersions([snapshot("a", [1])], [snapshot("a", [1])])).toEqual([]);
    const diff = diffVersions([snapshot("a", [1]), snapshot("gone", [5])], [snapshot("a", [1, 7], { targetPeople: 40, routeCode: "KL03" }), snapshot("new", [3])]);
    expect(diff.map((d) => [d.itemId, d.kind])).toEqual([["a", "CHANGED"], ["new", "ADDED"], ["gone", "REMOVED"]]);
    expect(diff[0]!.changes).toEqual([{ field: "targetPeople", before: 30, after: 40 }]);
    expect(diff[0]!.budget.map((b) => [b.position, b.kind, b.totalBefore, b.totalAfter])).toEqual([[2, "ADDED", 0, 70]]);
    expect(diff[2]).toMatchObject({ totalBefore: 50, totalAfter: 0 });
  });
});

describe("plan against actual", () => {
  it("planned figures, sums and variance", () => {
    const planned = plannedFigures({ targetPeople: 30, jpPerParticipant: 24, budget: [item(90, 143_000)] });
    expect(planned).toEqual({ participants: 30, jpMinutes: 30 * 24 * 45, rupiah: 12_870_000 });
    expect(addFigures([planned, { participants: 5, jpMinutes: 450, rupiah: 1 }])).toEqual({ participants: 35, jpMinutes: 32_850, rupiah: 12_870_001 });
    expect(variance(planned, { participants: 28, jpMinutes: 30_000, rupiah: 12_000_000 })).toEqual({ participants: -2, jpMinutes: -2_400, rupiah: -870_000 });
  });

  it("cost per JP is whole Rupiah rounded half up, and null when nothing was delivered", () => {
    expect(costPerJp(1_000, 135)).toBe(333); // 1000 / 3 JP = 333,33…
    expect(costPerJp(1_000, 90)).toBe(500);
    expect(costPerJp(5, 90)).toBe(3); // 2,5 → 3
    expect(costPerJp(7, 90)).toBe(4); // 3,5 → 4
    expect(costPerJp(12_870_000, 0)).toBeNull();
  });
});

describe("coverage", () => {
  const line = (over: Partial<Parameters<typeof fundsNeed>[0]>) => ({ competencyId: null, targetLevel: null, needCompetencyId: null, needTargetLevel: null, rupiah: 1_000, ...over });

  it("a need is covered by a funded line made from it or developing its competency to at least its level", () => {
    const needs = [{ competencyId: "m1", targetLevel: 3 }, { competencyId: "m2", targetLevel: 2 }, { competencyId: "t1", targetLevel: 4 }, { competencyId: "t2", targetLevel: 1 }];
    const lines = [
      line({ needCompetencyId: "m1", needTargetLevel: 3 }),
      line({ competencyId: "m2", targetLevel: 3 }),
      line({ competencyId: "t1", targetLevel: 3 }), // below the needed level
      line({ competencyId: "t2", targetLevel: 1, rupiah: 0 }), // not funded
    ];
    expect(needCoverage(needs, lines, 10)).toEqual({ covered: 2, considered: 4 });
    expect(needCoverage(needs, lines, 1)).toEqual({ covered: 1, considered: 1 });
    expect(needCoverage([], lines, 10)).toEqual({ covered: 0, considered: 0 });
  });

  it("projected reach gives each line's seats to the people closest to their target", () => {
    const people = [
      { employeeId: "a", creditedMinutes: 900, targetMinutes: 900 }, // reached already
      { employeeId: "b", creditedMinutes: 450, targetMinutes: 900 }, // 10 JP short
      { employeeId: "c", creditedMinutes: 0, targetMinutes: 900 }, // 20 JP short
      { employeeId: "d", creditedMinutes: 810, targetMinutes: 900 }, // 2 JP short
    ];
    // One line of 2 seats × 10 JP: d and b (the closest) reach; c stays below.
    expect(projectedReach(people, [{ people: 2, jpPerParticipant: 10 }])).toEqual({ reachToday: 1, reachPlanned: 3, people: 4 });
    expect(projectedReach(people, [])).toEqual({ reachToday: 1, reachPlanned: 1, people: 4 });
    // Two lines: 20 JP for one seat first (goes to d, the closest), then 10 JP for one (b).
    expect(projectedReach(people, [{ people: 1, jpPerParticipant: 10 }, { people: 1, jpPerParticipant: 20 }])).toEqual({ reachToday: 1, reachPlanned: 3, people: 4 });
  });
});
