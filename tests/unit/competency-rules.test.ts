import { describe, it, expect } from "vitest";
import { PositionType } from "@/lib/generated/prisma/enums";
import {
  DEFAULT_MANAGERIAL_LEVEL,
  LEVELS,
  MANAGERIAL_CODES,
  SOCIOCULTURAL_CODE,
  defaultStandard,
  defaultTechnicalLevel,
} from "@/lib/competency/rules";

const ALL_TYPES = Object.values(PositionType);

describe("DEFAULT_MANAGERIAL_LEVEL", () => {
  // DOMAIN.md, "Required managerial level by position type".
  it.each<[PositionType, number]>([
    ["JPT_UTAMA", 5],
    ["JPT_MADYA", 5],
    ["JPT_PRATAMA", 4],
    ["ADMINISTRATOR", 3],
    ["PENGAWAS", 2],
    ["PELAKSANA", 1],
  ])("%s requires managerial level %i", (type, level) => {
    expect(DEFAULT_MANAGERIAL_LEVEL[type]).toBe(level);
  });

  it("has a level for every PositionType and nothing else", () => {
    expect(Object.keys(DEFAULT_MANAGERIAL_LEVEL).sort()).toEqual([...ALL_TYPES].sort());
  });

  it.each(ALL_TYPES)("%s has a level on the 1–5 scale", (type) => {
    expect(LEVELS).toContain(DEFAULT_MANAGERIAL_LEVEL[type]);
  });

  it("does not decrease with seniority among structural positions", () => {
    const ladder: PositionType[] = ["PELAKSANA", "PENGAWAS", "ADMINISTRATOR", "JPT_PRATAMA", "JPT_MADYA", "JPT_UTAMA"];
    const levels = ladder.map((t) => DEFAULT_MANAGERIAL_LEVEL[t]);
    expect([...levels].sort((a, b) => a - b)).toEqual(levels);
  });

  it("does not decrease with grade among functional positions", () => {
    const ahli: PositionType[] = ["FUNGSIONAL_AHLI_PERTAMA", "FUNGSIONAL_AHLI_MUDA", "FUNGSIONAL_AHLI_MADYA", "FUNGSIONAL_AHLI_UTAMA"];
    const terampil: PositionType[] = ["FUNGSIONAL_PEMULA", "FUNGSIONAL_TERAMPIL", "FUNGSIONAL_MAHIR", "FUNGSIONAL_PENYELIA"];
    for (const ladder of [ahli, terampil]) {
      const levels = ladder.map((t) => DEFAULT_MANAGERIAL_LEVEL[t]);
      expect([...levels].sort((a, b) => a - b)).toEqual(levels);
    }
  });
});

describe("defaultTechnicalLevel", () => {
  it.each(ALL_TYPES)("%s: one above the managerial level, capped at 5", (type) => {
    expect(defaultTechnicalLevel(type)).toBe(Math.min(5, DEFAULT_MANAGERIAL_LEVEL[type] + 1));
  });

  it.each<[PositionType, number]>([
    ["JPT_UTAMA", 5],
    ["JPT_MADYA", 5],
    ["JPT_PRATAMA", 5],
    ["ADMINISTRATOR", 4],
    ["PENGAWAS", 3],
    ["PELAKSANA", 2],
  ])("%s → %i", (type, level) => {
    expect(defaultTechnicalLevel(type)).toBe(level);
  });
});

describe("defaultStandard", () => {
  it("lists the 8 managerial codes and SK.01, in order, at the type's level", () => {
    const lines = defaultStandard("ADMINISTRATOR", []);
    expect(lines.map((l) => l.code)).toEqual(["M.01", "M.02", "M.03", "M.04", "M.05", "M.06", "M.07", "M.08", "SK.01"]);
    expect(MANAGERIAL_CODES).toHaveLength(8);
    expect(SOCIOCULTURAL_CODE).toBe("SK.01");
    for (const line of lines) expect(line.requiredLevel).toBe(3);
  });

  it("makes Integritas (M.01) MUTLAK and the other managerial codes and SK.01 PENTING", () => {
    const lines = defaultStandard("PENGAWAS", []);
    expect(lines.find((l) => l.code === "M.01")?.importance).toBe("MUTLAK");
    for (const line of lines.filter((l) => l.code !== "M.01")) expect(line.importance).toBe("PENTING");
  });

  it("builds the full JPT Pratama standard with technical and government codes", () => {
    expect(defaultStandard("JPT_PRATAMA", ["T.KEU.01", "T.KEU.02", "T.EGOV.01"], ["P.01", "P.04"])).toEqual([
      { code: "M.01", requiredLevel: 4, importance: "MUTLAK" },
      { code: "M.02", requiredLevel: 4, importance: "PENTING" },
      { code: "M.03", requiredLevel: 4, importance: "PENTING" },
      { code: "M.04", requiredLevel: 4, importance: "PENTING" },
      { code: "M.05", requiredLevel: 4, importance: "PENTING" },
      { code: "M.06", requiredLevel: 4, importance: "PENTING" },
      { code: "M.07", requiredLevel: 4, importance: "PENTING" },
      { code: "M.08", requiredLevel: 4, importance: "PENTING" },
      { code: "SK.01", requiredLevel: 4, importance: "PENTING" },
      { code: "T.KEU.01", requiredLevel: 5, importance: "MUTLAK" },
      { code: "T.KEU.02", requiredLevel: 5, importance: "PERLU" },
      { code: "T.EGOV.01", requiredLevel: 5, importance: "PERLU" },
      { code: "P.01", requiredLevel: 4, importance: "PENTING" },
      { code: "P.04", requiredLevel: 4, importance: "PENTING" },
    ]);
  });

  it("puts the first technical code as MUTLAK and the rest as PERLU, at the technical level", () => {
    const lines = defaultStandard("PELAKSANA", ["T.A", "T.B", "T.C"]);
    const technical = lines.slice(9);
    expect(technical).toEqual([
      { code: "T.A", requiredLevel: 2, importance: "MUTLAK" },
      { code: "T.B", requiredLevel: 2, importance: "PERLU" },
      { code: "T.C", requiredLevel: 2, importance: "PERLU" },
    ]);
  });

  it("caps the technical level at 5 for JPT Utama (managerial 5)", () => {
    const lines = defaultStandard("JPT_UTAMA", ["T.A"]);
    expect(lines.find((l) => l.code === "T.A")?.requiredLevel).toBe(5);
  });

  it("adds no technical or government lines when none are given", () => {
    expect(defaultStandard("JPT_MADYA", [])).toHaveLength(9);
    expect(defaultStandard("JPT_MADYA", [], [])).toHaveLength(9);
  });

  it("appends government codes after the technical ones, at the managerial level, PENTING", () => {
    const lines = defaultStandard("ADMINISTRATOR", ["T.A"], ["P.01", "P.02"]);
    expect(lines.map((l) => l.code).slice(-3)).toEqual(["T.A", "P.01", "P.02"]);
    expect(lines.slice(-2)).toEqual([
      { code: "P.01", requiredLevel: 3, importance: "PENTING" },
      { code: "P.02", requiredLevel: 3, importance: "PENTING" },
    ]);
  });

  it("has exactly one MUTLAK technical line whenever technical codes are given", () => {
    for (const type of ALL_TYPES) {
      const lines = defaultStandard(type, ["T.A", "T.B"]);
      const mutlak = lines.filter((l) => l.importance === "MUTLAK").map((l) => l.code);
      expect(mutlak).toEqual(["M.01", "T.A"]);
    }
  });

  it.each(ALL_TYPES)("%s: every requiredLevel is an integer within 1..5 and codes are unique", (type) => {
    const lines = defaultStandard(type, ["T.A", "T.B", "T.C"], ["P.01", "P.02", "P.03"]);
    expect(lines).toHaveLength(15);
    for (const line of lines) {
      expect(Number.isInteger(line.requiredLevel)).toBe(true);
      expect(line.requiredLevel).toBeGreaterThanOrEqual(1);
      expect(line.requiredLevel).toBeLessThanOrEqual(5);
      expect(["MUTLAK", "PENTING", "PERLU"]).toContain(line.importance);
    }
    expect(new Set(lines.map((l) => l.code)).size).toBe(lines.length);
    // managerial and socio-cultural lines follow the type's level
    for (const line of lines.slice(0, 9)) expect(line.requiredLevel).toBe(DEFAULT_MANAGERIAL_LEVEL[type]);
  });

  it("returns a fresh array each call", () => {
    const a = defaultStandard("PENGAWAS", ["T.A"]);
    a.push({ code: "X", requiredLevel: 1, importance: "PERLU" });
    expect(defaultStandard("PENGAWAS", ["T.A"])).toHaveLength(10);
  });
});
