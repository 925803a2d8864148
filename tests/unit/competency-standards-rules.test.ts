// Pure rules of the competency dictionary and versioned position standards (lib/competency/standards-rules.ts),
// the dictionary form's schema, and the standards import's row parser.
import { describe, expect, it } from "vitest";
import { createCompetencySchema } from "@/lib/competency/dictionary-schemas";
import { createVersionSchema, saveLineSchema, saveRequirementSchema } from "@/lib/competency/standards-schemas";
import {
  indicatorLines, isInUse, isReservedCode, normaliseCode, pickVersionInForce, startingLines, versionStatus,
} from "@/lib/competency/standards-rules";
import { competencyStandardsImport, importanceOf, levelOf } from "@/lib/import/kinds/competency-standards";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const v = (id: string, from: string) => ({ id, effectiveFrom: day(from) });

describe("the version in force", () => {
  const versions = [v("a", "2024-01-01"), v("c", "2026-07-01"), v("b", "2025-03-15")];
  it("is the latest that has started, whatever the order", () => {
    expect(pickVersionInForce(versions, day("2025-12-31"))?.id).toBe("b");
    expect(pickVersionInForce(versions, day("2030-01-01"))?.id).toBe("c");
  });
  it("changes on the effective day itself, not the day after", () => {
    expect(pickVersionInForce(versions, day("2025-03-14"))?.id).toBe("a");
    expect(pickVersionInForce(versions, day("2025-03-15"))?.id).toBe("b");
  });
  it("is none before the first version", () => {
    expect(pickVersionInForce(versions, day("2023-12-31"))).toBeNull();
    expect(pickVersionInForce([], day("2025-01-01"))).toBeNull();
  });
  it("says which versions are upcoming and which superseded", () => {
    const on = day("2025-12-31");
    expect(versions.map((x) => versionStatus(x, "b", on))).toEqual(["SUPERSEDED", "UPCOMING", "IN_FORCE"]);
  });
});

describe("what a new version starts with", () => {
  const base = [
    { code: "M.01", kind: "MANAGERIAL" as const, requiredLevel: 4, importance: "MUTLAK" as const },
    { code: "T.07", kind: "TECHNICAL" as const, requiredLevel: 2, importance: "PERLU" as const },
    { code: "T.02", kind: "TECHNICAL" as const, requiredLevel: 5, importance: "PENTING" as const },
  ];
  it("a copy keeps every line as it was", () => {
    expect(startingLines("COPY", "ADMINISTRATOR", base, false)).toEqual([
      { code: "M.01", requiredLevel: 4, importance: "MUTLAK" },
      { code: "T.07", requiredLevel: 2, importance: "PERLU" },
      { code: "T.02", requiredLevel: 5, importance: "PENTING" },
    ]);
  });
  it("the default has all managerial competencies and SK.01 at the type's level, and the technical codes kept in their order", () => {
    const lines = startingLines("DEFAULT", "ADMINISTRATOR", base, true);
    expect(lines.map((l) => l.code)).toEqual(["M.01", "M.02", "M.03", "M.04", "M.05", "M.06", "M.07", "M.08", "SK.01", "T.07", "T.02"]);
    expect(lines.find((l) => l.code === "M.01")).toEqual({ code: "M.01", requiredLevel: 3, importance: "MUTLAK" });
    expect(lines.find((l) => l.code === "T.07")).toEqual({ code: "T.07", requiredLevel: 4, importance: "MUTLAK" });
    expect(lines.find((l) => l.code === "T.02")).toEqual({ code: "T.02", requiredLevel: 4, importance: "PERLU" });
  });
  it("the default without the technical lines has none", () => {
    expect(startingLines("DEFAULT", "PELAKSANA", base, false).some((l) => l.code.startsWith("T."))).toBe(false);
  });
});

describe("dictionary entries", () => {
  it("reads indicators one per line, dropping empty lines", () => {
    expect(indicatorLines("  Menyusun rencana \r\n\n Memantau hasil\n  ")).toEqual(["Menyusun rencana", "Memantau hasil"]);
  });
  it("normalises codes and reserves the national ones", () => {
    expect(normaliseCode(" t.01 ")).toBe("T.01");
    expect(isReservedCode("M.09")).toBe(true);
    expect(isReservedCode("SK.02")).toBe(true);
    expect(isReservedCode("T.01")).toBe(false);
  });
  it("a competency is in use while a standard, a program or a result names it", () => {
    expect(isInUse({ standards: 0, programs: 0, results: 0 })).toBe(false);
    expect(isInUse({ standards: 0, programs: 0, results: 1 })).toBe(true);
  });

  const form = (overrides: Record<string, string> = {}) => ({
    kind: "TECHNICAL", code: "t.09", name: "Pengelolaan Arsip", description: "Mengelola arsip dinamis.",
    ...Object.fromEntries([1, 2, 3, 4, 5].flatMap((l) => [[`descriptor${l}`, `Deskripsi ${l}`], [`indicators${l}`, `Indikator ${l}a\nIndikator ${l}b`]])),
    ...overrides,
  });
  it("the form's fields become five levels with their indicators", () => {
    const parsed = createCompetencySchema.parse(form());
    expect(parsed.code).toBe("T.09");
    expect(parsed.levels).toHaveLength(5);
    expect(parsed.levels[2]).toEqual({ level: 3, descriptor: "Deskripsi 3", indicators: ["Indikator 3a", "Indikator 3b"] });
  });
  it("an empty code is one error (required), not also a format error", () => {
    const result = createCompetencySchema.safeParse(form({ code: "  " }));
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["code", "compStandards.errors.codeRequired"]]);
  });
  it("refuses, naming the field: a managerial kind, a reserved code, an empty level descriptor", () => {
    const result = createCompetencySchema.safeParse(form({ kind: "MANAGERIAL", code: "M.01", descriptor4: "  " }));
    expect(result.success).toBe(false);
    const byField = Object.fromEntries(result.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(byField).toEqual({
      kind: "compStandards.errors.kindInvalid",
      code: "compStandards.errors.codeReserved",
      descriptor4: "compStandards.errors.descriptorRequired",
    });
  });
});

describe("standards forms", () => {
  const id = "0190a8b2-7c1d-7e2f-8a3b-4c5d6e7f8a9b";
  it("a line's level is 1–5", () => {
    expect(saveLineSchema.safeParse({ versionId: id, competencyId: id, requiredLevel: "6", importance: "MUTLAK" }).error?.issues[0]?.message).toBe("compStandards.errors.levelRange");
    expect(saveLineSchema.parse({ versionId: id, lineId: "", competencyId: id, requiredLevel: "5", importance: "PERLU" })).toMatchObject({ requiredLevel: 5, lineId: undefined });
  });
  it("a new version needs its legal basis and a real date", () => {
    const result = createVersionSchema.safeParse({ positionId: id, legalBasis: "", effectiveFrom: "2026-02-30", from: "COPY" });
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["legalBasis", "compStandards.errors.legalBasisRequired"],
      ["effectiveFrom", "compStandards.errors.effectiveFromInvalid"],
    ]);
  });
  it("only a training requirement links a program", () => {
    const result = saveRequirementSchema.safeParse({ versionId: id, kind: "EDUCATION", description: "S1", importance: "MUTLAK", programId: id });
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["programId", "compStandards.errors.programOnlyTraining"]]);
  });
});

describe("standards import rows", () => {
  const cells = (values: Record<string, string>) => ({ line: 2, cell: (field: string) => values[field] ?? "" });
  it("reads levels and importance as people write them", () => {
    expect([levelOf("3"), levelOf("4 - Mumpuni"), levelOf("Level 2"), levelOf("6"), levelOf("")]).toEqual([3, 4, 2, null, null]);
    expect([importanceOf("Mutlak"), importanceOf(" PENTING "), importanceOf("perlu"), importanceOf("wajib")]).toEqual(["MUTLAK", "PENTING", "PERLU", null]);
  });
  it("a row names a position by ID or by name and unit code, and every problem names its field", () => {
    const good = competencyStandardsImport.parseRow(cells({ positionName: "Analis Kebijakan", unitCode: "DKK", competencyCode: "m.01", level: "3", importance: "Mutlak", legalBasis: "Perwal No. 5 Tahun 2026", effectiveFrom: "01-07-2026" }) as never);
    expect(good).toEqual({ ok: true, value: { positionId: null, positionName: "Analis Kebijakan", unitCode: "DKK", competencyCode: "M.01", level: 3, importance: "MUTLAK", legalBasis: "Perwal No. 5 Tahun 2026", effectiveFrom: "2026-07-01" } });
    const bad = competencyStandardsImport.parseRow(cells({ positionName: "Analis", competencyCode: "M.01", level: "7", importance: "wajib", legalBasis: "", effectiveFrom: "kemarin" }) as never);
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.problems.map((p) => p.field)).toEqual(["unitCode", "level", "importance", "legalBasis", "effectiveFrom"]);
  });
});
