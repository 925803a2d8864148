import { z } from "zod";
import { boundedString, identifier } from "@/lib/validation";
import { SCORE_MAX, SCORE_MIN } from "./rules";

// Shared by the forms and the commands. Messages are catalog keys (lib/i18n/messages/learning.id.ts).
const E = "learning.errors";

/** A score field: empty means "no score"; otherwise an integer 0–100. */
const score = z.preprocess(
  (v) => (v === null || v === undefined || (typeof v === "string" && v.trim() === "") ? null : typeof v === "string" ? (v.length > 32 ? Number.NaN : Number(v.trim())) : v),
  z.number(`${E}.score`).int(`${E}.score`).min(SCORE_MIN, `${E}.score`).max(SCORE_MAX, `${E}.score`).nullable(),
);

export const scoreSchema = z.object({
  enrolmentId: identifier(),
  preScore: score,
  postScore: score,
});
export type ScoreInput = z.infer<typeof scoreSchema>;

/** Level 1–5, or empty to remove the rating. */
const level = z.preprocess(
  (v) => (v === null || v === undefined || v === "" ? null : typeof v === "string" ? (v.length > 32 ? Number.NaN : Number(v)) : v),
  z.number("common.invalid").int("common.invalid").min(1, "common.invalid").max(5, "common.invalid").nullable(),
);

export const ratingsSchema = z.object({
  enrolmentId: identifier(),
  observerName: z.preprocess((v) => (typeof v === "string" ? v.trim().replace(/\s+/g, " ") : v ?? ""), boundedString(120, "common.invalid")),
  ratings: z.array(z.object({ competencyId: identifier(), level })).max(50, "validation.tooMany"),
});
export type RatingsInput = z.infer<typeof ratingsSchema>;

export const importSchema = z.object({
  batchId: identifier(),
  file: z.instanceof(Blob, { message: "learning.import.noFile" }),
  /** The language of the row messages (the action passes the viewer's). */
  locale: z.enum(["id", "en"]).default("id"),
});
export type ImportInput = z.infer<typeof importSchema>;
