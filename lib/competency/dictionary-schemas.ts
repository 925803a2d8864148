import { z } from "zod";
import { boundedString, identifier, text } from "@/lib/validation";
import { CODE_PATTERN, EDITABLE_KINDS, indicatorLines, isReservedCode, MAX_INDICATORS, normaliseCode } from "./standards-rules";

// A competency of the agency's own as the dictionary form sends it: kind, code, name, definition and, per level
// 1–5, a descriptor ("descriptor1") and behaviour indicators one per line ("indicators1"). Shared by the form and
// the commands; messages are catalog keys naming the field.

const E = "compStandards.errors";
const LEVEL_NUMBERS = [1, 2, 3, 4, 5] as const;

const descriptor = text(2000, { required: `${E}.descriptorRequired`, tooLong: `${E}.descriptorTooLong` });
const indicators = z.preprocess(
  (v) => (typeof v === "string" ? indicatorLines(v) : v === undefined || v === null ? [] : v),
  z.array(boundedString(500, `${E}.indicatorsTooMany`), `${E}.indicatorsTooMany`).max(MAX_INDICATORS, `${E}.indicatorsTooMany`),
);

const code = z
  .string(`${E}.codeRequired`)
  .max(40, `${E}.codeFormat`)
  .transform(normaliseCode)
  .pipe(
    z.string()
      .min(1, { message: `${E}.codeRequired`, abort: true })
      .regex(CODE_PATTERN, { message: `${E}.codeFormat`, abort: true })
      .refine((c) => !isReservedCode(c), `${E}.codeReserved`),
  );

const fields = {
  kind: z.enum(EDITABLE_KINDS, `${E}.kindInvalid`),
  code,
  name: text(200, { required: `${E}.nameRequired`, tooLong: `${E}.nameTooLong` }),
  description: text(5000, { required: `${E}.descriptionRequired`, tooLong: `${E}.descriptionTooLong` }),
  ...Object.fromEntries(LEVEL_NUMBERS.flatMap((l) => [[`descriptor${l}`, descriptor], [`indicators${l}`, indicators]])) as Record<
    `descriptor${1 | 2 | 3 | 4 | 5}` | `indicators${1 | 2 | 3 | 4 | 5}`,
    typeof descriptor | typeof indicators
  >,
};

type Flat = { kind: (typeof EDITABLE_KINDS)[number]; code: string; name: string; description: string } & Record<string, unknown>;

/** The flat form fields gathered into five levels. */
function withLevels<T extends Flat>(value: T) {
  const levels = LEVEL_NUMBERS.map((level) => ({ level, descriptor: value[`descriptor${level}`] as string, indicators: value[`indicators${level}`] as string[] }));
  return { kind: value.kind, code: value.code, name: value.name, description: value.description, levels };
}

export const createCompetencySchema = z.object(fields).transform(withLevels);
export const updateCompetencySchema = z
  .object({ competencyId: identifier(), ...fields })
  .transform((v) => ({ competencyId: v.competencyId, ...withLevels(v as unknown as Flat) }));
export const removeCompetencySchema = z.object({ competencyId: identifier() });

export type CompetencyInput = z.infer<typeof createCompetencySchema>;
