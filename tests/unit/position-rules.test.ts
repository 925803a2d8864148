import { describe, expect, it } from "vitest";
import { POSITION_TYPES } from "@/lib/people/enums";
import { FUNCTIONAL_LEVELS, isFunctional, joinPositionType, splitPositionType } from "@/lib/positions/rules";
import { createPositionSchema, updatePositionSchema } from "@/lib/positions/schemas";

const UNIT = "aaaaaaaa-0000-4000-8000-000000000001";

describe("position types as group and level", () => {
  it("splits a functional type into Fungsional and its level, a structural one into itself", () => {
    expect(splitPositionType("FUNGSIONAL_AHLI_MUDA")).toEqual({ group: "FUNGSIONAL", level: "AHLI_MUDA" });
    expect(splitPositionType("FUNGSIONAL_PEMULA")).toEqual({ group: "FUNGSIONAL", level: "PEMULA" });
    expect(splitPositionType("PENGAWAS")).toEqual({ group: "PENGAWAS", level: null });
  });

  it("joins back to every enum value, and split ∘ join is the identity over the whole enum", () => {
    for (const type of POSITION_TYPES) {
      const { group, level } = splitPositionType(type);
      expect(joinPositionType(group, level)).toBe(type);
    }
    expect(FUNCTIONAL_LEVELS).toHaveLength(POSITION_TYPES.filter(isFunctional).length);
  });

  it("a functional group without its level has no type; a structural one ignores a level", () => {
    expect(joinPositionType("FUNGSIONAL", null)).toBeNull();
    expect(joinPositionType("ADMINISTRATOR", "AHLI_MUDA")).toBe("ADMINISTRATOR");
  });
});

describe("the position form's schema", () => {
  it("turns group and level into the stored type", () => {
    const parsed = createPositionSchema.parse({ name: " Pranata Komputer Ahli Muda ", group: "FUNGSIONAL", level: "AHLI_MUDA", unitId: UNIT });
    expect(parsed).toMatchObject({ name: "Pranata Komputer Ahli Muda", type: "FUNGSIONAL_AHLI_MUDA", unitId: UNIT });
    expect(createPositionSchema.parse({ name: "Kepala Bidang", group: "ADMINISTRATOR", level: "", unitId: UNIT }).type).toBe("ADMINISTRATOR");
  });

  it("refuses a functional position without its level, on the level field, naming it", () => {
    const result = createPositionSchema.safeParse({ name: "Analis", group: "FUNGSIONAL", level: "", unitId: UNIT });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => [i.path.join("."), i.message])).toEqual([["level", "org.positions.form.levelRequired"]]);
  });

  it("names each missing field", () => {
    const result = updatePositionSchema.safeParse({ positionId: UNIT, name: "", group: "KETUA", unitId: "x" });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries(result.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(messages).toMatchObject({ name: "org.positions.form.nameRequired", group: "org.positions.form.groupRequired", unitId: "org.positions.form.unitRequired" });
  });
});
