import { z } from "zod";
import { boundedString, identifier } from "@/lib/validation";

// Shared by the rating and withdrawal forms and their commands (lib/competency/assessments.ts). Messages are
// catalog keys (lib/i18n/messages/comp-assess.id.ts).
const E = "compAssess.errors";

/** A form posts one field per competency, "level.<competencyId>" = "1".."5" or "" (not rated); code sends `ratings`. */
function collectRatings(raw: unknown): unknown {
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return raw;
  const fields = raw as Record<string, unknown>;
  if (fields.ratings !== undefined) return fields;
  const ratings = Object.entries(fields)
    .filter(([key, value]) => key.startsWith("level.") && value !== "" && value !== null && value !== undefined)
    .map(([key, value]) => ({ competencyId: key.slice("level.".length), level: value }));
  return { ...fields, ratings };
}

const rating = z.object({
  competencyId: identifier(),
  level: z.coerce.number(`${E}.level`).int(`${E}.level`).min(1, `${E}.level`).max(5, `${E}.level`),
});

const ratingFields = {
  ratings: z.array(rating).min(1, `${E}.noRating`).max(60, `${E}.noRating`)
    .refine((list) => new Set(list.map((r) => r.competencyId)).size === list.length, `${E}.twice`),
  /** A reference for the rating (a performance review's number, a short note); optional. */
  documentNumber: z.preprocess((v) => (typeof v === "string" ? v.trim().replace(/\s+/g, " ") : v ?? ""), boundedString(100, `${E}.documentTooLong`)),
};

/** A supervisor's rating of one staff member: one level per competency of the staff member's standard, dated today. */
export const rateStaffSchema = z.preprocess(collectRatings, z.object({ employeeId: identifier(), ...ratingFields }));
export type RateStaffInput = z.infer<typeof rateStaffSchema>;

/** An ASN's self-rating: the same, about themself. */
export const rateSelfSchema = z.preprocess(collectRatings, z.object(ratingFields));
export type RateSelfInput = z.infer<typeof rateSelfSchema>;

/** An admin withdraws a recorded result, with a reason. */
export const withdrawAssessmentSchema = z.object({
  assessmentId: identifier(),
  reason: boundedString(500, `${E}.reasonTooLong`, `${E}.reasonRequired`).min(5, `${E}.reasonRequired`),
});
export type WithdrawAssessmentInput = z.infer<typeof withdrawAssessmentSchema>;
