import { z } from "zod";
import { nipField } from "@/lib/people/schemas";
import { boundedString, calendarDate, identifier } from "@/lib/validation";
import { BERAKHLAK } from "./rules";

// The supervisor's level-3 feedback. Messages are catalog keys (lib/i18n/messages/feedback.*).

const text = (min: number, message: string) => boundedString(4000, message, message).min(min, message);
const list = (v: unknown) => (v === undefined || v === null || v === "" ? [] : Array.isArray(v) ? v : [v]);
/** One column of the plan rows: at most 50 rows of bounded text. */
const planColumn = z.preprocess(list, z.array(boundedString(1000, "validation.tooLong")).max(50, "validation.tooMany"));

/** The follow-up plan rows come as parallel lists (planAction, planOwner, planDue); empty rows are dropped. */
const plans = z
  .object({ planAction: planColumn, planOwner: planColumn, planDue: planColumn })
  .transform((p) =>
    p.planAction
      .map((action, i) => ({ action: action.trim(), owner: (p.planOwner[i] ?? "").trim(), dueDate: (p.planDue[i] ?? "").trim() }))
      .filter((row) => row.action || row.owner || row.dueDate),
  )
  .pipe(
    z
      .array(
        z.object({
          action: z.string().min(3, "feedback.errors.planAction"),
          owner: z.string().min(2, "feedback.errors.planOwner"),
          dueDate: calendarDate("feedback.errors.planDue").transform((d) => d.toISOString().slice(0, 10)),
        }),
      )
      .min(1, "feedback.errors.planRequired"),
  );

export const feedbackSchema = z
  .object({
    taskId: identifier(),
    applied: text(10, "feedback.errors.applied"),
    examples: text(10, "feedback.errors.examples"),
    rating: z.coerce.number("feedback.errors.rating").int("feedback.errors.rating").min(1, "feedback.errors.rating").max(5, "feedback.errors.rating"),
    behaviours: z.preprocess(list, z.array(z.enum(BERAKHLAK, "feedback.errors.behaviour")).max(20, "feedback.errors.behaviour")),
    obstacles: boundedString(4000).default(""),
    planAction: z.unknown(),
    planOwner: z.unknown(),
    planDue: z.unknown(),
  })
  .transform(({ planAction, planOwner, planDue, ...rest }, ctx) => {
    const parsed = plans.safeParse({ planAction, planOwner, planDue });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) ctx.addIssue({ code: "custom", message: issue.message, path: ["plans"] });
      return z.NEVER;
    }
    return { ...rest, plans: parsed.data };
  });
export type FeedbackInput = z.infer<typeof feedbackSchema>;

export const selfAssessmentSchema = z.object({
  taskId: identifier(),
  selfAssessment: text(10, "feedback.errors.selfAssessment"),
});

export const reassignSchema = z.object({
  taskId: identifier(),
  supervisorNip: nipField(),
});

/** A follow-up plan marked done (true) or not done again (false). */
export const planDoneSchema = z.object({
  planId: identifier(),
  done: z.preprocess((v) => (v === "true" ? true : v === "false" ? false : v), z.boolean("common.invalid")),
});
