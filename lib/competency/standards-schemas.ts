import { z } from "zod";
import { calendarDate, identifier, text } from "@/lib/validation";

// Position standards as their forms send them: a new version, a line (competency, level, importance), a
// requirement (education, training with an optional catalog program, experience). Messages name the field.

const E = "compStandards.errors";
const importance = z.enum(["MUTLAK", "PENTING", "PERLU"], `${E}.importanceRequired`);
const optionalId = z.preprocess((v) => (v === "" || v === null ? undefined : v), identifier().optional());

export const createVersionSchema = z.object({
  positionId: identifier(),
  legalBasis: text(300, { required: `${E}.legalBasisRequired`, tooLong: `${E}.legalBasisTooLong` }),
  effectiveFrom: calendarDate(`${E}.effectiveFromInvalid`),
  from: z.enum(["COPY", "DEFAULT"], `${E}.fromInvalid`),
  keepTechnical: z.preprocess((v) => v === true || v === "true" || v === "on", z.boolean()),
});

export const saveLineSchema = z.object({
  versionId: identifier(),
  /** Absent: a new line; present: that line's level and importance change. */
  lineId: optionalId,
  competencyId: identifier(`${E}.competencyRequired`),
  requiredLevel: z.coerce.number(`${E}.levelRange`).int(`${E}.levelRange`).min(1, `${E}.levelRange`).max(5, `${E}.levelRange`),
  importance,
});
export const removeLineSchema = z.object({ lineId: identifier() });

export const saveRequirementSchema = z.object({
  versionId: identifier(),
  requirementId: optionalId,
  kind: z.enum(["EDUCATION", "TRAINING", "EXPERIENCE"], `${E}.requirementKindRequired`),
  description: text(500, { required: `${E}.requirementRequired`, tooLong: `${E}.requirementTooLong` }),
  importance,
  programId: optionalId,
}).refine((v) => v.kind === "TRAINING" || !v.programId, { path: ["programId"], message: `${E}.programOnlyTraining` });
export const removeRequirementSchema = z.object({ requirementId: identifier() });
