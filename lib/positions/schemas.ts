import { z } from "zod";
import { identifier, text } from "@/lib/validation";
import { FUNCTIONAL, FUNCTIONAL_LEVELS, joinPositionType, POSITION_GROUPS, type FunctionalLevel, type PositionGroup } from "./rules";

// A position as the form sends it: a name, a group and (for a functional position) its level, a unit. Shared by
// the form (client) and the commands (server); messages are catalog keys naming the field.

const fields = {
  name: text(200, { required: "org.positions.form.nameRequired", tooLong: "org.positions.form.nameTooLong" }),
  group: z.enum(POSITION_GROUPS as unknown as [PositionGroup, ...PositionGroup[]], "org.positions.form.groupRequired"),
  level: z.preprocess((v) => (v === undefined || v === null ? "" : v), z.union([z.literal(""), z.enum(FUNCTIONAL_LEVELS as unknown as [FunctionalLevel, ...FunctionalLevel[]])], "org.positions.form.levelRequired")),
  unitId: identifier("org.positions.form.unitRequired"),
};

/** The group and level joined into the stored type; a functional position without its level is refused on the level field. */
function withType<T extends { group: PositionGroup; level: FunctionalLevel | "" }>(value: T, ctx: z.RefinementCtx) {
  const type = joinPositionType(value.group, value.level || null);
  if (!type) {
    ctx.addIssue({ code: "custom", path: ["level"], message: "org.positions.form.levelRequired" });
    return z.NEVER;
  }
  return { ...value, type };
}

export const createPositionSchema = z.object(fields).transform(withType);
export const updatePositionSchema = z.object({ positionId: identifier(), ...fields }).transform(withType);

export { FUNCTIONAL };
