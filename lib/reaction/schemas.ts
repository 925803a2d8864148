import { z } from "zod";
import { ASPECTS, COMMENT_MAX } from "./rules";

// Shared by the forms (client) and the commands (server). Messages are catalog keys, resolved per locale.

const flag = z.union([z.boolean(), z.enum(["true", "false"]).transform((v) => v === "true")]);

const questionSchema = z.object({
  id: z.uuid().optional(),
  aspect: z.enum(ASPECTS, "reaction.errors.aspectRequired"),
  text: z.string("reaction.errors.questionText").trim().min(5, "reaction.errors.questionText").max(500, "reaction.errors.questionTooLong"),
});

export const questionSetSchema = z.object({
  name: z.string("reaction.errors.nameRequired").trim().min(3, "reaction.errors.nameRequired").max(200, "reaction.errors.nameTooLong"),
  anonymous: flag,
  active: flag,
  questions: z.array(questionSchema, "reaction.errors.questionsRequired").min(1, "reaction.errors.questionsRequired").max(50, "reaction.errors.tooManyQuestions"),
});
export type QuestionSetInput = z.infer<typeof questionSetSchema>;

export const updateQuestionSetSchema = questionSetSchema.extend({ setId: z.uuid("common.notFound") });
export type UpdateQuestionSetInput = z.infer<typeof updateQuestionSetSchema>;

export const setIdSchema = z.object({ setId: z.uuid("common.notFound") });
export const setActiveSchema = z.object({ setId: z.uuid("common.notFound"), active: flag });

const ITEM_KEY = /^[0-9a-f-]{36}(_[0-9a-f-]{36})?$/i;

const entrySchema = z.object({
  rating: z.coerce.number("reaction.errors.rating").int("reaction.errors.rating").min(1, "reaction.errors.rating").max(5, "reaction.errors.rating").optional(),
  comment: z.string().trim().max(COMMENT_MAX, "reaction.errors.commentTooLong").optional(),
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
    inviteId: z.uuid("common.notFound"),
    answers: z.record(z.string().regex(ITEM_KEY), entrySchema).default({}),
  }),
);
export type AnswerSheetInput = z.infer<typeof answerSheetSchema>;
