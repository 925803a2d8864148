import { z } from "zod";
import { boundedString, calendarDate, identifier } from "@/lib/validation";
import { parseDecimal } from "./rules";

// Level 4 (results): the indicator forms and their commands. Messages are catalog keys
// (lib/i18n/messages/results.*), one per field, so a refusal names the field it is about.
const E = "results.errors";

/** A value as typed ("87,5", "87.5", "1.234"), or a number from code; at most two decimals. */
const decimal = (key: string) =>
  z.preprocess(
    (v) => (typeof v === "string" ? (v.trim() === "" ? undefined : v.length > 40 ? Number.NaN : (parseDecimal(v) ?? Number.NaN)) : v),
    z.number(`${E}.${key}`).refine(Number.isFinite, `${E}.${key}`).refine((n) => Math.round(n * 100) / 100 === n && Math.abs(n) < 1e12, `${E}.${key}`),
  );

/** A calendar date "YYYY-MM-DD" as UTC midnight. */
const date = (key: string) => calendarDate(`${E}.${key}`);

const label = (key: string, max: number) => z.preprocess((v) => (typeof v === "string" ? v.trim().replace(/\s+/g, " ") : v ?? ""), boundedString(max, `${E}.${key}`).min(1, `${E}.${key}`));

/** "true"/"false" from the direction select, or a boolean from code. */
const direction = z.preprocess((v) => (v === "true" ? true : v === "false" ? false : v), z.boolean(`${E}.higherIsBetter`));

const note = z.preprocess((v) => (typeof v === "string" ? v.trim() : v ?? ""), boundedString(1000, `${E}.note`)).transform((v) => v || null);

const indicatorFields = {
  unitId: z.uuid(`${E}.unitId`),
  name: label("name", 200),
  measure: label("measure", 40),
  higherIsBetter: direction,
  baselineValue: decimal("baselineValue"),
  baselineOn: date("baselineOn"),
  note,
};

export const addIndicatorSchema = z.object({ batchId: identifier(), ...indicatorFields });
export type AddIndicatorInput = z.infer<typeof addIndicatorSchema>;

export const editIndicatorSchema = z.object({ indicatorId: identifier(), ...indicatorFields });
export type EditIndicatorInput = z.infer<typeof editIndicatorSchema>;

export const recordResultSchema = z.object({
  indicatorId: identifier(),
  resultValue: decimal("resultValue"),
  resultOn: date("resultOn"),
});
export type RecordResultInput = z.infer<typeof recordResultSchema>;

export const deleteIndicatorSchema = z.object({ indicatorId: identifier() });
