import { describe, expect, it } from "vitest";
import type { Importance } from "@/lib/generated/prisma/enums";
import { coversNeed, programPrefill, programPrefillQuery, rankNeedGroups, type NeedGroup, type NeedWeighting } from "@/lib/competency/needs-rules";

const OFF: NeedWeighting = { byImportance: false, MUTLAK: 3, PENTING: 2, PERLU: 1 };
const ON: NeedWeighting = { ...OFF, byImportance: true };
const g = (code: string, targetLevel: number, importance: Importance, unitId: string, gapSum: number, people: number): NeedGroup =>
  ({ competencyId: `c-${code}`, code, targetLevel, importance, unitId, gapSum, people });

describe("ranking training needs from aggregated gaps", () => {
  it("worked example 3: weighting on, three M.02 gaps of 1 (Penting) tie one M.05 gap of 2 (Mutlak) at 6; more people first", () => {
    const ranked = rankNeedGroups([g("M.05", 3, "MUTLAK", "u1", 2, 1), g("M.02", 3, "PENTING", "u1", 2, 2), g("M.02", 3, "PENTING", "u2", 1, 1)], ON);
    expect(ranked.map((n) => [n.code, n.priority, n.people, n.unitIds])).toEqual([
      ["M.02", 6, 3, ["u1", "u2"]],
      ["M.05", 6, 1, ["u1"]],
    ]);
  });

  it("weighting off: the sum of gaps; one need per (competency, target level) across importances", () => {
    const ranked = rankNeedGroups([g("M.02", 3, "PENTING", "u1", 2, 2), g("M.02", 3, "MUTLAK", "u2", 1, 1), g("M.02", 2, "PERLU", "u1", 3, 1)], OFF);
    // Equal priority 3: level 3 concerns three people, level 2 one.
    expect(ranked.map((n) => [n.code, n.targetLevel, n.priority, n.people, n.gapSum])).toEqual([
      ["M.02", 3, 3, 3, 3],
      ["M.02", 2, 3, 1, 3],
    ]);
    // With weighting on, the two importances of M.02 level 3 count apart: 2×2 + 1×3 = 7.
    expect(rankNeedGroups([g("M.02", 3, "PENTING", "u1", 2, 2), g("M.02", 3, "MUTLAK", "u2", 1, 1)], ON)[0]?.priority).toBe(7);
  });

  it("equal priority and people: the code, then the level", () => {
    const ranked = rankNeedGroups([g("M.05", 2, "PERLU", "u", 1, 1), g("M.04", 3, "PERLU", "u", 1, 1), g("M.04", 2, "PERLU", "u", 1, 1)], OFF);
    expect(ranked.map((n) => `${n.code}/${n.targetLevel}`)).toEqual(["M.04/2", "M.04/3", "M.05/2"]);
  });

  it("ignores groups without a gap", () => {
    expect(rankNeedGroups([g("M.01", 3, "MUTLAK", "u", 0, 4)], ON)).toEqual([]);
  });

  it("a program covers a need at or above the needed level, for that competency only", () => {
    const need = { competencyId: "c-M.02", targetLevel: 3 };
    expect(coversNeed({ programId: "p", competencyId: "c-M.02", targetLevel: 3 }, need)).toBe(true);
    expect(coversNeed({ programId: "p", competencyId: "c-M.02", targetLevel: 4 }, need)).toBe(true);
    expect(coversNeed({ programId: "p", competencyId: "c-M.02", targetLevel: 2 }, need)).toBe(false);
    expect(coversNeed({ programId: "p", competencyId: "c-M.04", targetLevel: 5 }, need)).toBe(false);
  });

  it("prefills the new-program form from a need, and ignores a foreign competency or a bad level", () => {
    const query = new URLSearchParams(programPrefillQuery({ competencyId: "k1", code: "M.02", name: "Kerja Sama", targetLevel: 3 }));
    const raw = Object.fromEntries(query);
    expect(programPrefill(raw, ["k1"])).toEqual({ title: "Pelatihan Kerja Sama (M.02) level 3", competencies: [{ competencyId: "k1", targetLevel: 3 }] });
    expect(programPrefill(raw, ["k2"])).toBeUndefined();
    expect(programPrefill({ ...raw, level: "7" }, ["k1"])).toBeUndefined();
  });
});
