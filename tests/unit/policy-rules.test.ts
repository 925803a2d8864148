import { describe, it, expect } from "vitest";
import { DEFAULT_POLICY, policyOrDefault, type Policy } from "@/lib/policy/rules";

describe("DEFAULT_POLICY", () => {
  it("targets 20 JP a year (PP 11/2017 as amended, art. 203)", () => {
    expect(DEFAULT_POLICY.targetJp).toBe(20);
  });

  it("pro-rates the target for ASN who joined, left or were inactive mid-year", () => {
    expect(DEFAULT_POLICY.proRate).toBe(true);
  });

  it("counts every route code (an empty list means all)", () => {
    expect(DEFAULT_POLICY.countedRouteCodes).toEqual([]);
  });

  it("requires 80% attendance to complete", () => {
    expect(DEFAULT_POLICY.completionThresholdPct).toBe(80);
  });

  it("sets no PPPK ceiling", () => {
    expect(DEFAULT_POLICY.pppkCeilingJp).toBeNull();
  });

  it("counts LEARNING sessions only", () => {
    expect(DEFAULT_POLICY.jpSessionKinds).toEqual(["LEARNING"]);
  });

  it("has exactly these six settings", () => {
    expect(DEFAULT_POLICY).toEqual({
      targetJp: 20,
      proRate: true,
      countedRouteCodes: [],
      completionThresholdPct: 80,
      pppkCeilingJp: null,
      jpSessionKinds: ["LEARNING"],
    });
  });
});

describe("policyOrDefault", () => {
  it.each([
    ["null", null],
    ["undefined", undefined],
  ])("returns the defaults for %s (a year without a saved policy)", (_label, saved) => {
    expect(policyOrDefault(saved)).toEqual(DEFAULT_POLICY);
  });

  it("returns the defaults for an empty object", () => {
    expect(policyOrDefault({})).toEqual(DEFAULT_POLICY);
  });

  it("returns a complete saved policy unchanged", () => {
    const saved: Policy = {
      targetJp: 40,
      proRate: false,
      countedRouteCodes: ["KL01", "KL03", "NKL03"],
      completionThresholdPct: 90,
      pppkCeilingJp: 24,
      jpSessionKinds: ["LEARNING", "OUTBOUND"],
    };
    expect(policyOrDefault(saved)).toEqual(saved);
  });

  it.each<[string, Partial<Policy>, Partial<Policy>]>([
    ["DKI's 40 JP target", { targetJp: 40 }, { targetJp: 40 }],
    ["pro-rating switched off", { proRate: false }, { proRate: false }],
    ["a restricted route list", { countedRouteCodes: ["KL02"] }, { countedRouteCodes: ["KL02"] }],
    ["a 75% threshold", { completionThresholdPct: 75 }, { completionThresholdPct: 75 }],
    ["a PPPK ceiling of 24 JP (PP 49/2018)", { pppkCeilingJp: 24 }, { pppkCeilingJp: 24 }],
    ["outbound also counted", { jpSessionKinds: ["LEARNING", "OUTBOUND"] }, { jpSessionKinds: ["LEARNING", "OUTBOUND"] }],
  ])("overrides only %s and keeps every other default", (_label, saved, changed) => {
    expect(policyOrDefault(saved)).toEqual({ ...DEFAULT_POLICY, ...changed });
  });

  it("keeps a saved 0 and false rather than treating them as missing", () => {
    const policy = policyOrDefault({ targetJp: 0, proRate: false, completionThresholdPct: 0 });
    expect(policy.targetJp).toBe(0);
    expect(policy.proRate).toBe(false);
    expect(policy.completionThresholdPct).toBe(0);
  });

  it("keeps a saved null PPPK ceiling (no ceiling)", () => {
    expect(policyOrDefault({ targetJp: 40, pppkCeilingJp: null }).pppkCeilingJp).toBeNull();
  });

  it("falls back to LEARNING when the saved session kinds are empty", () => {
    const policy = policyOrDefault({ targetJp: 40, jpSessionKinds: [] });
    expect(policy.jpSessionKinds).toEqual(["LEARNING"]);
    expect(policy.targetJp).toBe(40);
  });

  it("falls back to LEARNING when the saved session kinds are missing", () => {
    expect(policyOrDefault({ targetJp: 40 }).jpSessionKinds).toEqual(["LEARNING"]);
  });

  it("keeps defaults for keys present but undefined (a Partial may carry them explicitly)", () => {
    const policy = policyOrDefault({ targetJp: undefined, proRate: undefined, completionThresholdPct: 85 });
    expect(policy.targetJp).toBe(20);
    expect(policy.proRate).toBe(true);
    expect(policy.completionThresholdPct).toBe(85);
  });

  it("does not let a saved policy change the defaults", () => {
    policyOrDefault({ targetJp: 40, jpSessionKinds: ["OUTBOUND"] });
    expect(DEFAULT_POLICY.targetJp).toBe(20);
    expect(DEFAULT_POLICY.jpSessionKinds).toEqual(["LEARNING"]);
  });
});
