import { describe, expect, it } from "vitest";
import { closedEarly, estimateBudget, isUndecided, lastDay, mergedPeople, windowBounds, windowState } from "@/lib/plan/proposals-rules";

const d = (s: string) => new Date(`${s}T00:00:00Z`);

describe("the proposal window", () => {
  const window = windowBounds(d("2027-01-10"), d("2027-01-20"));

  it("stores the last day exclusive, and gives it back", () => {
    expect(window.proposalsCloseAt).toEqual(d("2027-01-21"));
    expect(lastDay(window)).toEqual(d("2027-01-20"));
    expect(lastDay({ proposalsOpenAt: null, proposalsCloseAt: null })).toBeNull();
  });

  it("is upcoming before its first day, open from the first to the last day inclusive, closed after", () => {
    expect(windowState({ proposalsOpenAt: null, proposalsCloseAt: null }, d("2027-01-15"))).toBe("none");
    expect(windowState(window, d("2027-01-09"))).toBe("upcoming");
    expect(windowState(window, d("2027-01-10"))).toBe("open");
    expect(windowState(window, d("2027-01-20"))).toBe("open");
    expect(windowState(window, d("2027-01-21"))).toBe("closed");
  });

  it("closes early before today, and a window not yet begun never opens", () => {
    const early = closedEarly(window, d("2027-01-15"));
    expect(early).toEqual({ proposalsOpenAt: d("2027-01-10"), proposalsCloseAt: d("2027-01-15") });
    expect(windowState(early, d("2027-01-15"))).toBe("closed");
    const never = closedEarly(window, d("2027-01-05"));
    expect(never).toEqual({ proposalsOpenAt: d("2027-01-05"), proposalsCloseAt: d("2027-01-05") });
    expect(windowState(never, d("2027-01-05"))).toBe("closed");
  });
});

describe("decisions", () => {
  it("only a proposal still PROPOSED is undecided", () => {
    expect(["PROPOSED", "ACCEPTED", "MERGED", "DECLINED"].filter(isUndecided)).toEqual(["PROPOSED"]);
  });

  it("a merge adds the proposal's people to the line's", () => {
    expect(mergedPeople(12, 7)).toBe(19);
  });

  it("an accepted estimate is one item of volume 1 at the estimate, none without one", () => {
    expect(estimateBudget(143_248_000, "Perkiraan")).toEqual([{ item: "Perkiraan", volume: 1, unit: "paket", unitPrice: 143_248_000, fundSource: "APBD", accountCode: "" }]);
    expect(estimateBudget(null, "Perkiraan")).toEqual([]);
    expect(estimateBudget(0, "Perkiraan")).toEqual([]);
  });
});
