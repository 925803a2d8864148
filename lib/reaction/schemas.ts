import { z } from "zod";
import { boundedString, identifier, wholeNumber } from "@/lib/validation";
import { ASPECTS, COMMENT_MAX } from "./rules";

// Shared by the forms (client) and the commands (server). Messages are catalog keys, resolved per locale.

const flag = z.union([z.boolean(), z.enum(["true", "false"]).transform((v) => v === "true")]);

const questionSchema = z.object({
  id: z.uuid().optional(),
  aspect: z.enum(ASPECTS, "reaction.errors.aspectRequired"),
  text: boundedString(500, "reaction.errors.questionTooLong", "reaction.errors.questionText").min(5, "reaction.errors.questionText"),
});

export const questionSetSchema = z.object({
  name: boundedString(200, "reaction.errors.nameTooLong", "reaction.errors.nameRequired").min(3, "reaction.errors.nameRequired"),
  anonymous: flag,
  active: flag,
  questions: z.array(questionSchema, "reaction.errors.questionsRequired").min(1, "reaction.errors.questionsRequired").max(50, "reaction.errors.tooManyQuestions"),
});
export type QuestionSetInput = z.infer<typeof questionSetSchema>;

export const updateQuestionSetSchema = questionSetSchema.extend({ setId: identifier() });
export type UpdateQuestionSetInput = z.infer<typeof updateQuestionSetSchema>;

export const setIdSchema = z.object({ setId: identifier() });
export const setActiveSchema = z.object({ setId: identifier(), active: flag });

const ITEM_KEY = /^[0-9a-f-]{36}(_[0-9a-f-]{36})?$/i;

const entrySchema = z.object({
  rating: wholeNumber(1, 5, "reaction.errors.rating").optional(),
  comment: boundedString(COMMENT_MAX, "reaction.errors.commentTooLong").optional(),
});

/**
 * A form posts "r:<item>" (the chosen rating) and "c:<item>" (the comment) per item; commands called
 * directly may pass `answers: { <item>: { rating, comment } }`. Both become the latter.
 */
function gather(raw: unknown): unknown {
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return raw;
  const source = raw as Record<string, unknown>;
  if ("answers" in source) return source;
  const answers: Record<string, Record<string, unknown>> = {};
  for (const [name, value] of Object.entries(source)) {
    const match = /^([rc]):(.+)$/.exec(name);
    if (!match) continue;
    const entry = (answers[match[2]!] ??= {});
    if (match[1] === "r" && value !== "") entry.rating = value;
    if (match[1] === "c") entry.comment = value;
  }
  return { inviteId: source.inviteId, answers };
}

export const answerSheetSchema = z.preprocess(
  gather,
  z.object({
    inviteId: identifier(),
    answers: z.record(z.string().max(80).regex(ITEM_KEY), entrySchema).refine((a) => Object.keys(a).length <= 200, "validation.tooMany").default({}),
  }),
);
export type AnswerSheetInput = z.infer<typeof answerSheetSchema>;
