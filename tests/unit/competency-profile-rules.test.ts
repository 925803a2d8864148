import { describe, expect, it } from "vitest";
import { missingTrainings, profileAgainst, profileDate, recommendedPrograms, resultStatus, type ProfileResult, type StandardLineInput } from "@/lib/competency/profile-rules";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const validity = { ASSESSMENT_CENTRE: 3, UJI_KOMPETENSI: 3, MULTI_RATER: 1, SUPERVISOR: 1, SELF: 1 };
const bands = { highPct: 90, midPct: 78, highName: "Optimal", midName: "Cukup optimal", lowName: "Kurang optimal" };
const line = (code: string, requiredLevel = 3): StandardLineInput => ({ competencyId: code, code, name: code, kind: "MANAGERIAL", requiredLevel, importance: "PENTING" });
let n = 0;
const result = (code: string, level: number, on: string, source: ProfileResult["source"], withdrawn = false): ProfileResult => ({
  id: `r${n++}`, competencyId: code, code, level, assessedOn: day(on), source, recordedAt: day(on), withdrawnAt: withdrawn ? day(on) : null,
  assessorName: "x", documentNumber: null, withdrawnReason: withdrawn ? "salah" : null,
});

describe("profileAgainst (worked example 1)", () => {
  const results = [
    result("M.01", 3, "2024-05-02", "ASSESSMENT_CENTRE"), result("M.02", 2, "2024-05-02", "ASSESSMENT_CENTRE"),
    result("M.04", 2, "2024-05-02", "ASSESSMENT_CENTRE"), result("M.04", 3, "2025-11-01", "SUPERVISOR"),
  ];
  const standard = [line("M.01"), line("M.02"), line("M.04"), line("SK.01")];

  it("gives the levels, gaps, the other results and an incomplete 77,8 % in the low band", () => {
    const p = profileAgainst(standard, results, [], day("2026-01-10"), validity, bands);
    expect(p.lines.map((l) => [l.code, l.current?.level ?? null, l.gap])).toEqual([["M.01", 3, 0], ["M.02", 2, 1], ["M.04", 2, 1], ["SK.01", null, null]]);
    expect(p.lines[2]!.others.map((r) => [r.source, r.status])).toEqual([["SUPERVISOR", "VALID"]]);
    expect(p.jpm).toMatchObject({ percent: 77.8, notAssessed: 1, complete: false });
    expect(p.band).toEqual({ key: "LOW", name: "Kurang optimal" });
  });

  it("has no JPM and no band when nothing is assessed", () => {
    const p = profileAgainst(standard, [], [], day("2026-01-10"), validity, bands);
    expect(p.jpm.percent).toBeNull();
    expect(p.band).toBeNull();
    expect(p.lines.every((l) => l.current === null && l.gap === null)).toBe(true);
  });
});

describe("resultStatus", () => {
  it("tells withdrawn, counted, later, valid and expired results apart", () => {
    const on = day("2026-01-10");
    expect(resultStatus(result("M.01", 3, "2024-05-02", "ASSESSMENT_CENTRE", true), on, validity, null)).toBe("WITHDRAWN");
    const counted = result("M.01", 3, "2024-05-02", "ASSESSMENT_CENTRE");
    expect(resultStatus(counted, on, validity, counted.id)).toBe("CURRENT");
    expect(resultStatus(result("M.01", 3, "2026-02-01", "SELF"), on, validity, null)).toBe("FUTURE");
    expect(resultStatus(result("M.01", 3, "2025-01-10", "SUPERVISOR"), on, validity, null)).toBe("EXPIRED"); // a year on: no longer valid
    expect(resultStatus(result("M.01", 3, "2025-01-11", "SUPERVISOR"), on, validity, null)).toBe("VALID");
  });
});

describe("missingTrainings and recommendedPrograms", () => {
  it("lists requirements naming a program not completed; descriptions alone are not checked", () => {
    const reqs = [
      { id: "a", description: "PKA", importance: "MUTLAK" as const, programId: "pka", programTitle: "PKA" },
      { id: "b", description: "Diklat teknis", importance: "PERLU" as const, programId: null, programTitle: null },
      { id: "c", description: "PKP", importance: "MUTLAK" as const, programId: "pkp", programTitle: "PKP" },
    ];
    expect(missingTrainings(reqs, new Set(["pkp"])).map((r) => r.id)).toEqual(["a"]);
  });

  it("recommends programs at or above the required level of a gap, open batches first", () => {
    const lines = [{ competencyId: "M.02", code: "M.02", requiredLevel: 3, gap: 1 }, { competencyId: "M.01", code: "M.01", requiredLevel: 3, gap: 0 }];
    const batch = { id: "b1", number: 1, startDate: day("2026-02-01"), registrationClosesAt: day("2026-01-20") };
    const programs = [
      { programId: "low", title: "Dasar", competencyId: "M.02", targetLevel: 2, openBatches: [batch] },
      { programId: "closed", title: "A Lanjut", competencyId: "M.02", targetLevel: 4, openBatches: [] },
      { programId: "open", title: "B Lanjut", competencyId: "M.02", targetLevel: 3, openBatches: [batch] },
      { programId: "met", title: "Integritas", competencyId: "M.01", targetLevel: 4, openBatches: [batch] },
    ];
    expect(recommendedPrograms(lines, programs).map((r) => r.programId)).toEqual(["open", "closed"]);
  });
});

describe("profileDate", () => {
  it("takes a real YYYY-MM-DD and falls back to today otherwise", () => {
    const today = day("2026-12-05");
    expect(profileDate("2026-01-10", today)).toEqual(day("2026-01-10"));
    expect(profileDate("2026-02-30", today)).toEqual(today);
    expect(profileDate("kemarin", today)).toEqual(today);
    expect(profileDate(undefined, today)).toEqual(today);
  });
});
