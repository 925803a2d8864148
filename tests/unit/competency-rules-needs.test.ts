// Issue 14's rules of training-need priority, JPM bands and standard versions (lib/competency/rules.ts,
// decision 0028): worked example 3 with the issue's own figures, weighting on and off, ranking ties, and a standard
// version that changes on the day asked.
import { describe, expect, it } from "vitest";
import {
  DEFAULT_JPM_BANDS,
  DEFAULT_WEIGHTING,
  jpmBand,
  needWeight,
  rankNeeds,
  versionInForce,
  type NeedPerson,
} from "@/lib/competency/rules";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const person = (employeeId: string, code: string, gap: number, importance: NeedPerson["importance"], extra: Partial<NeedPerson> = {}): NeedPerson => ({
  employeeId, unitId: `unit-${employeeId}`, competencyId: `id-${code}`, code, targetLevel: 3, gap, importance, ...extra,
});
const WEIGHTED = { ...DEFAULT_WEIGHTING, byImportance: true };

describe("worked example 3: importance weighting on", () => {
  const rows = [
    person("a", "M.02", 1, "PENTING"), person("b", "M.02", 1, "PENTING"), person("c", "M.02", 1, "PENTING"),
    person("d", "M.05", 2, "MUTLAK", { targetLevel: 4 }),
  ];

  it("scores three ASN with an M.02 gap of 1 under Penting 6, one ASN with an M.05 gap of 2 under Mutlak 6, M.02 first", () => {
    const needs = rankNeeds(rows, WEIGHTED);
    expect(needs.map((n) => [n.code, n.targetLevel, n.people, n.priority])).toEqual([["M.02", 3, 3, 6], ["M.05", 4, 1, 6]]);
    expect(needs[0]!.unitIds).toEqual(["unit-a", "unit-b", "unit-c"]);
  });

  it("with weighting off, scores the same people 3 and 2", () => {
    expect(rankNeeds(rows, DEFAULT_WEIGHTING).map((n) => [n.code, n.priority])).toEqual([["M.02", 3], ["M.05", 2]]);
  });
});

describe("needWeight", () => {
  it("is 1 for every importance unless the agency weights by importance", () => {
    for (const importance of ["MUTLAK", "PENTING", "PERLU"] as const) expect(needWeight(importance, DEFAULT_WEIGHTING)).toBe(1);
    expect(needWeight("MUTLAK", WEIGHTED)).toBe(3);
    expect(needWeight("PENTING", WEIGHTED)).toBe(2);
    expect(needWeight("PERLU", WEIGHTED)).toBe(1);
    expect(needWeight("PERLU", { byImportance: true, MUTLAK: 5, PENTING: 4, PERLU: 2 })).toBe(2);
  });
});

describe("rankNeeds", () => {
  it("groups by competency and target level: one competency at two required levels is two needs", () => {
    const needs = rankNeeds([person("a", "M.04", 1, "PENTING", { targetLevel: 2 }), person("b", "M.04", 2, "PENTING", { targetLevel: 3 })], DEFAULT_WEIGHTING);
    expect(needs.map((n) => [n.code, n.targetLevel, n.priority])).toEqual([["M.04", 3, 2], ["M.04", 2, 1]]);
  });

  it("breaks ties by more people, then competency code, then level", () => {
    const rows = [
      person("a", "M.07", 2, "PERLU"), // priority 2, 1 person
      person("b", "M.03", 1, "PERLU", { targetLevel: 4 }), person("c", "M.03", 1, "PERLU", { targetLevel: 4 }), // 2, 2 people
      person("d", "M.01", 2, "PERLU"), // 2, 1 person, code before M.07
      person("e", "M.01", 2, "PERLU", { targetLevel: 2 }), // 2, 1 person, same code, lower level
    ];
    expect(rankNeeds(rows, DEFAULT_WEIGHTING).map((n) => `${n.code}@${n.targetLevel}`)).toEqual(["M.03@4", "M.01@2", "M.01@3", "M.07@3"]);
  });

  it("counts a unit once and leaves rows without a gap out", () => {
    const needs = rankNeeds([person("a", "M.08", 1, "PENTING", { unitId: "u" }), person("b", "M.08", 1, "PENTING", { unitId: "u" }), person("c", "M.08", 0, "PENTING")], DEFAULT_WEIGHTING);
    expect(needs).toEqual([{ competencyId: "id-M.08", code: "M.08", targetLevel: 3, people: 2, unitIds: ["u"], priority: 2 }]);
    expect(rankNeeds([person("c", "M.08", 0, "PENTING")], DEFAULT_WEIGHTING)).toEqual([]);
  });
});

describe("jpmBand", () => {
  it("puts the boundaries in the higher band, with the agency's names", () => {
    expect(jpmBand(90, DEFAULT_JPM_BANDS)).toEqual({ key: "HIGH", name: "Optimal" });
    expect(jpmBand(89.9, DEFAULT_JPM_BANDS)).toEqual({ key: "MID", name: "Cukup optimal" });
    expect(jpmBand(78, DEFAULT_JPM_BANDS)).toEqual({ key: "MID", name: "Cukup optimal" });
    expect(jpmBand(77.9, DEFAULT_JPM_BANDS)).toEqual({ key: "LOW", name: "Kurang optimal" });
    expect(jpmBand(0, DEFAULT_JPM_BANDS).key).toBe("LOW");
    expect(jpmBand(100, DEFAULT_JPM_BANDS).key).toBe("HIGH");
    expect(jpmBand(80, { highPct: 95, midPct: 80, highName: "Tinggi", midName: "Sedang", lowName: "Rendah" })).toEqual({ key: "MID", name: "Sedang" });
  });
});

describe("versionInForce", () => {
  const versions = [
    { id: "2025", effectiveFrom: day("2025-07-01") },
    { id: "2024", effectiveFrom: day("2024-01-01") },
    { id: "2027", effectiveFrom: day("2027-01-01") },
  ];

  it("applies the new version on its effective day and the old one the day before", () => {
    expect(versionInForce(versions, day("2025-06-30"))?.id).toBe("2024");
    expect(versionInForce(versions, day("2025-07-01"))?.id).toBe("2025");
    expect(versionInForce(versions, day("2026-12-31"))?.id).toBe("2025");
    expect(versionInForce(versions, day("2027-01-01"))?.id).toBe("2027");
  });

  it("has none before the first version", () => {
    expect(versionInForce(versions, day("2023-12-31"))).toBeNull();
    expect(versionInForce([], day("2025-01-01"))).toBeNull();
  });
});
