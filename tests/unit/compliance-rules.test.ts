// Issue 4's worked examples (policy 20 JP, year 2025) and the active-month rule at its edges.
import { describe, expect, it } from "vitest";
import { activeMonths, asOfParam, complianceStatus, creditedMinutes, explainCompliance, plannedLearning, progressPercent, yearChoices, yearParam, shortfallMinutes, targetMinutes, type CountableEntry } from "@/lib/compliance/rules";
import { formatJp, ledgerYear } from "@/lib/ledger/rules";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const fullYear = { serviceStartDate: d("2010-03-01"), serviceEndDate: null };
const entry = (minutes: number, extra: Partial<CountableEntry> = {}): CountableEntry => ({ minutes, year: 2025, routeCode: "KL10", source: "BATCH", verified: true, ...extra });

describe("worked examples", () => {
  it("1. full year: 510 internal + 180 verified external; 450 still submitted does not count → NON_COMPLIANT in January", () => {
    const credited = creditedMinutes([entry(510), entry(180, { source: "EXTERNAL" }), entry(450, { source: "EXTERNAL", verified: false })], 2025);
    expect(credited).toBe(690);
    expect(formatJp(credited)).toBe("15,33 JP");
    const months = activeMonths(2025, fullYear);
    const target = targetMinutes(20, months, true);
    expect(target).toBe(900);
    expect(complianceStatus({ year: 2025, evaluatedOn: d("2026-01-05"), months, credited, target, plannedMinutes: 0 })).toBe("NON_COMPLIANT");
  });

  it("2. late start on 2025-07-20: Aug–Dec active, target 375 min (8,33 JP), 390 credited → COMPLIANT", () => {
    const months = activeMonths(2025, { serviceStartDate: d("2025-07-20"), serviceEndDate: null });
    expect(months).toBe(5);
    const target = targetMinutes(20, months, true);
    expect(target).toBe(375);
    expect(formatJp(target)).toBe("8,33 JP");
    expect(complianceStatus({ year: 2025, evaluatedOn: d("2025-12-31"), months, credited: 390, target, plannedMinutes: 0 })).toBe("COMPLIANT");
  });

  it("3. study assignment Feb–May leaves 8 active months: target 600, exactly 600 credited → COMPLIANT", () => {
    const months = activeMonths(2025, fullYear, [{ startDate: d("2025-02-01"), endDate: d("2025-05-31") }]);
    expect(months).toBe(8);
    const target = targetMinutes(20, months, true);
    expect(target).toBe(600);
    expect(complianceStatus({ year: 2025, evaluatedOn: d("2026-02-01"), months, credited: 600, target, plannedMinutes: 0 })).toBe("COMPLIANT");
  });

  it("4. an entry, its correction and a new entry: 300 credited", () => {
    expect(creditedMinutes([entry(360), entry(-360, { source: "CORRECTION" }), entry(300)], 2025)).toBe(300);
  });

  it("5. during the year: 600 credited plus a confirmed 360-minute batch in November is ON_TRACK; without it AT_RISK", () => {
    const base = { year: 2025, evaluatedOn: d("2025-10-01"), months: 12, credited: 600, target: 900 };
    expect(complianceStatus({ ...base, plannedMinutes: 360 })).toBe("ON_TRACK");
    expect(complianceStatus({ ...base, plannedMinutes: 0 })).toBe("AT_RISK");
    expect(shortfallMinutes(600, 900)).toBe(300);
  });

  it("6. a batch from 2025-12-29 to 2026-01-02 credits 2026, not 2025", () => {
    expect(ledgerYear(d("2026-01-02"))).toBe(2026);
    const credit = entry(510, { year: ledgerYear(d("2026-01-02")) });
    expect(creditedMinutes([credit], 2025)).toBe(0);
    expect(creditedMinutes([credit], 2026)).toBe(510);
  });

  it("7. under a 40 JP policy, example 1's target is 1800 minutes", () => {
    expect(targetMinutes(40, 12, true)).toBe(1800);
  });
});

describe("active months at the edges", () => {
  it.each([
    ["starting on the 15th counts that month", { serviceStartDate: d("2025-07-15"), serviceEndDate: null }, 6],
    ["starting on the 16th does not", { serviceStartDate: d("2025-07-16"), serviceEndDate: null }, 5],
    ["retiring on the 10th: that month does not count", { serviceStartDate: d("2000-01-01"), serviceEndDate: d("2025-06-10") }, 5],
    ["leaving on the 15th: that month still counts", { serviceStartDate: d("2000-01-01"), serviceEndDate: d("2025-06-15") }, 6],
    ["joining after the year", { serviceStartDate: d("2026-01-01"), serviceEndDate: null }, 0],
    ["gone before the year", { serviceStartDate: d("2000-01-01"), serviceEndDate: d("2024-12-31") }, 0],
  ])("%s", (_label, service, expected) => {
    expect(activeMonths(2025, service)).toBe(expected);
  });

  it("a leave covering the 15th removes that month; one ending on the 14th does not", () => {
    expect(activeMonths(2025, fullYear, [{ startDate: d("2025-03-01"), endDate: d("2025-03-15") }])).toBe(11);
    expect(activeMonths(2025, fullYear, [{ startDate: d("2025-03-01"), endDate: d("2025-03-14") }])).toBe(12);
  });

  it("0 active months is EXEMPT, whatever was credited", () => {
    expect(complianceStatus({ year: 2025, evaluatedOn: d("2026-01-05"), months: 0, credited: 0, target: 0, plannedMinutes: 0 })).toBe("EXEMPT");
  });
});

describe("targets and counting", () => {
  it("without pro-rating the target is the full JP whatever the months", () => {
    expect(targetMinutes(20, 5, false)).toBe(900);
  });

  it("rounds up to a whole minute: 20 JP over 7 months is ceil(525) and 1 month ceil(75)", () => {
    expect(targetMinutes(20, 7, true)).toBe(525);
    expect(targetMinutes(20, 1, true)).toBe(75);
    expect(targetMinutes(24, 1, true)).toBe(90);
    expect(targetMinutes(25, 1, true)).toBe(94); // 93,75 → 94
  });

  it("counts only the policy's route codes when it names some", () => {
    const entries = [entry(120, { routeCode: "KL10" }), entry(90, { routeCode: "NKL09" })];
    expect(creditedMinutes(entries, 2025, ["KL10"])).toBe(120);
    expect(creditedMinutes(entries, 2025)).toBe(210);
  });

  it("COMPLIANT beats the calendar: reaching the target is compliant even after the year", () => {
    expect(complianceStatus({ year: 2025, evaluatedOn: d("2026-03-01"), months: 12, credited: 900, target: 900, plannedMinutes: 0 })).toBe("COMPLIANT");
  });
});

describe("explainCompliance", () => {
  const base = { credited: 690, target: 900, plannedMinutes: 0, plannedBatches: 0 };
  it("ON_TRACK names the shortfall and the confirmed batches that cover it", () => {
    expect(explainCompliance({ ...base, status: "ON_TRACK", plannedMinutes: 360, plannedBatches: 1 })).toEqual({ kind: "COVERED", shortfallMinutes: 210, plannedBatches: 1 });
  });
  it("AT_RISK says what is still missing after the planned batches", () => {
    expect(explainCompliance({ ...base, status: "AT_RISK", plannedMinutes: 60, plannedBatches: 1 })).toEqual({ kind: "SHORT", shortfallMinutes: 210, plannedBatches: 1, remainingMinutes: 150 });
  });
  it("COMPLIANT reports the surplus, NON_COMPLIANT the shortfall, EXEMPT nothing", () => {
    expect(explainCompliance({ ...base, credited: 1000, status: "COMPLIANT" })).toEqual({ kind: "MET", surplusMinutes: 100 });
    expect(explainCompliance({ ...base, status: "NON_COMPLIANT" })).toEqual({ kind: "MISSED", shortfallMinutes: 210 });
    expect(explainCompliance({ ...base, status: "EXEMPT" })).toEqual({ kind: "EXEMPT" });
  });
});

describe("progressPercent", () => {
  it.each([[0, 900, 0], [450, 900, 50], [899, 900, 99], [900, 900, 100], [2000, 900, 100], [-30, 900, 0], [0, 0, 100]])("%i of %i → %i%%", (credited, target, pct) => {
    expect(progressPercent(credited, target)).toBe(pct);
  });
});

describe("yearChoices and yearParam", () => {
  it("offers this year and the four before, plus older years on record, newest first", () => {
    expect(yearChoices(2026, [2019, 2026, 2030])).toEqual([2026, 2025, 2024, 2023, 2022, 2019]);
  });
  it.each([[undefined, 2026], ["2024", 2024], ["abcd", 2026], ["1999", 2026], ["2027", 2027], ["2028", 2026], ["20245", 2026]])("%s → %i", (raw, year) => {
    expect(yearParam(raw, 2026)).toBe(year);
  });
});

describe("figures as of a date", () => {
  const entry = (minutes: number, date: string): CountableEntry => ({ minutes, year: 2025, routeCode: "KL03", source: "BATCH", verified: true, date: d(date) });

  it("credits only the entries dated on or before D", () => {
    const entries = [entry(300, "2025-05-05"), entry(600, "2025-10-01"), entry(240, "2025-10-02")];
    expect(creditedMinutes(entries, 2025, [], d("2025-09-30"))).toBe(300);
    expect(creditedMinutes(entries, 2025, [], d("2025-10-01"))).toBe(900);
    expect(creditedMinutes(entries, 2025)).toBe(1140);
  });

  it("plans the confirmed batches of Y not yet credited on D, and nothing after 31 December", () => {
    const batches = [
      { endDate: d("2025-11-20"), status: "DONE" as const, minutes: 600 },
      { endDate: d("2025-06-20"), status: "DONE" as const, minutes: 120 },
      { endDate: d("2025-12-10"), status: "OPEN" as const, minutes: 360 },
      { endDate: d("2025-09-10"), status: "RUNNING" as const, minutes: 60 },
      { endDate: d("2025-12-01"), status: "CANCELLED" as const, minutes: 240 },
      { endDate: d("2025-12-01"), status: "DRAFT" as const, minutes: 240 },
      { endDate: d("2026-01-10"), status: "OPEN" as const, minutes: 480 },
    ];
    expect(plannedLearning(batches, 2025, d("2025-10-01"))).toEqual({ minutes: 1020, batches: 3 });
    expect(plannedLearning(batches, 2025, d("2025-12-31"))).toEqual({ minutes: 420, batches: 2 });
    expect(plannedLearning(batches, 2025, d("2026-01-01"))).toEqual({ minutes: 0, batches: 0 });
  });

  it.each([
    [undefined, undefined],
    ["", undefined],
    ["2025-10-01", "2025-10-01"],
    ["2025-01-01", "2025-01-01"],
    ["2025-12-31", "2025-12-31"],
    ["2025-02-29", null],
    ["2025-13-01", null],
    ["2024-12-31", null],
    ["2026-01-01", null],
    ["01-10-2025", null],
    ["2025-10-1", null],
    ["0000-00-00", null],
  ])("per=%s of 2025 (today 2026-12-05) → %s", (raw, expected) => {
    const date = asOfParam(raw, 2025, d("2026-12-05"));
    expect(date === null || date === undefined ? date : date.toISOString().slice(0, 10)).toBe(expected);
  });

  it("refuses a date after today in the current year", () => {
    expect(asOfParam("2026-12-06", 2026, d("2026-12-05"))).toBeNull();
    expect(asOfParam("2026-12-05", 2026, d("2026-12-05"))?.toISOString()).toBe("2026-12-05T00:00:00.000Z");
  });
});
