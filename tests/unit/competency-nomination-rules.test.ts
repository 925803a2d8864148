import { describe, expect, it } from "vitest";
import { needReason, needTier, rankCandidates, type CandidateFacts } from "@/lib/competency/nomination-rules";

const c = (name: string, p: Partial<CandidateFacts> = {}): CandidateFacts => ({
  employeeId: `id-${name}`, name, gaps: [], notAssessed: [], trainingsThisYear: 0, shortfallMinutes: 0, ...p,
});

describe("nomination by need", () => {
  it("ranks a known gap first (largest first), then unknown, then no gap", () => {
    const ranked = rankCandidates([
      c("Nol", { gaps: [{ code: "M.02", gap: 0 }] }),
      c("Satu", { gaps: [{ code: "M.02", gap: 1 }] }),
      c("Entah", { notAssessed: ["M.04"] }),
      c("Tiga", { gaps: [{ code: "M.02", gap: 2 }, { code: "M.04", gap: 1 }] }),
    ]);
    expect(ranked.map((r) => [r.name, r.tier, r.gapSum])).toEqual([
      ["Tiga", "GAP", 3],
      ["Satu", "GAP", 1],
      ["Entah", "UNKNOWN", 0],
      ["Nol", "NONE", 0],
    ]);
  });

  it("a known gap outranks an unknown one even with more competencies not assessed", () => {
    const ranked = rankCandidates([c("Entah", { notAssessed: ["M.02", "M.04"] }), c("Satu", { gaps: [{ code: "M.02", gap: 1 }], notAssessed: ["M.04"] })]);
    expect(ranked.map((r) => r.name)).toEqual(["Satu", "Entah"]);
  });

  it("on an equal gap: fewest trainings this year, then furthest below the JP target, then the name", () => {
    const gap = [{ code: "M.02", gap: 1 }];
    const ranked = rankCandidates([
      c("Budi", { gaps: gap, trainingsThisYear: 1, shortfallMinutes: 900 }),
      c("Ani", { gaps: gap, trainingsThisYear: 0, shortfallMinutes: 0 }),
      c("Dewi", { gaps: gap, trainingsThisYear: 1, shortfallMinutes: 90 }),
      c("Citra", { gaps: gap, trainingsThisYear: 1, shortfallMinutes: 90 }),
    ]);
    expect(ranked.map((r) => r.name)).toEqual(["Ani", "Budi", "Citra", "Dewi"]);
  });

  it("trainings and JP order the people whose gaps are unknown or zero as well", () => {
    const ranked = rankCandidates([c("A", { trainingsThisYear: 2 }), c("B", { trainingsThisYear: 0, shortfallMinutes: 45 }), c("C", { trainingsThisYear: 0, shortfallMinutes: 630 })]);
    expect(ranked.map((r) => r.name)).toEqual(["C", "B", "A"]);
  });

  it("gives the reasons in the ranking's terms", () => {
    const [gap, unknown, none] = rankCandidates([
      c("X", { gaps: [{ code: "M.04", gap: 1 }, { code: "M.02", gap: 1 }, { code: "M.05", gap: 0 }] }),
      c("Y", { notAssessed: ["M.05", "M.01"] }),
      c("Z"),
    ]);
    expect(needReason(gap!)).toEqual({ kind: "gap", gap: 2, codes: ["M.02", "M.04"] });
    expect(needReason(unknown!)).toEqual({ kind: "unknown", codes: ["M.01", "M.05"] });
    expect(needReason(none!)).toEqual({ kind: "noGap" });
    expect(needTier({ gaps: [], notAssessed: [] })).toBe("NONE");
  });
});
