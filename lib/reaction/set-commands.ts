import "server-only";
import { defineCommand } from "@/lib/action";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { changesContent, type QuestionDraft } from "./rules";
import { questionSetSchema, setActiveSchema, setIdSchema, updateQuestionSetSchema } from "./schemas";

// Question sets of level-1 evaluation, managed by the agency admin. A set that has responses keeps its
// questions and its anonymity for good (the answers refer to them); it can still be renamed, deactivated
// and copied into a new set to change.

const REVALIDATE = ["/admin/evaluasi"];

/** The set in the viewer's agency, locked against a concurrent submission (which takes a share lock). */
async function lockedSet(tx: Tx, agencyId: string, setId: string) {
  const found = await tx.$queryRaw<{ id: string }[]>`
    SELECT id::text FROM "QuestionSet" WHERE id = ${setId}::uuid AND "agencyId" = ${agencyId}::uuid FOR UPDATE`;
  if (!found.length) throw new AppError("NOT_FOUND", "common.notFound");
  return tx.questionSet.findUniqueOrThrow({
    where: { id: setId },
    // Answered invitations, not responses: sealed anonymous answers (see answer-commands.ts) lock the set too.
    include: { questions: { orderBy: { position: "asc" } }, _count: { select: { invites: { where: { status: "SUBMITTED" } } } } },
  });
}

const summary = (s: { name: string; anonymous: boolean; active: boolean }, questions: number) => ({
  name: s.name, anonymous: s.anonymous, active: s.active, questions,
});

/** Brings the set's questions to the given list, keeping the ids of those kept (drafts refer to them). */
async function syncQuestions(tx: Tx, set: { id: string; agencyId: string }, current: { id: string }[], next: (QuestionDraft & { id?: string })[]) {
  const setId = set.id;
  const known = new Set(current.map((q) => q.id));
  const kept = new Set(next.flatMap((q) => (q.id && known.has(q.id) ? [q.id] : [])));
  await tx.question.deleteMany({ where: { setId, id: { in: current.filter((q) => !kept.has(q.id)).map((q) => q.id) } } });
  // Positions are unique per set: move the kept ones out of the way first.
  for (const [i, id] of [...kept].entries()) await tx.question.update({ where: { id }, data: { position: -1 - i } });
  for (const [i, q] of next.entries()) {
    const data = { aspect: q.aspect, text: q.text, position: i + 1 };
    if (q.id && kept.has(q.id)) await tx.question.update({ where: { id: q.id }, data });
    else await tx.question.create({ data: { ...data, setId, agencyId: set.agencyId } });
  }
}

export const createQuestionSet = defineCommand({
  name: "reaction.createSet",
  permission: "manage:question-set",
  schema: questionSetSchema,
  revalidate: REVALIDATE,
  successMessage: (m) => m.reaction.sets.created,
  async run({ viewer, input, tx, audit }) {
    const set = await tx.questionSet.create({
      data: {
        agencyId: viewer.agencyId, name: input.name, anonymous: input.anonymous, active: input.active,
        questions: { create: input.questions.map((q, i) => ({ aspect: q.aspect, text: q.text, position: i + 1 })) },
      },
    });
    await audit({ action: "create", entity: "QuestionSet", entityId: set.id, after: summary(set, input.questions.length) });
    return { setId: set.id };
  },
});

export const updateQuestionSet = defineCommand({
  name: "reaction.updateSet",
  permission: "manage:question-set",
  schema: updateQuestionSetSchema,
  revalidate: REVALIDATE,
  async run({ viewer, input, tx, audit }) {
    const set = await lockedSet(tx, viewer.agencyId, input.setId);
    const contentChanged = changesContent(set, input);
    if (contentChanged && set._count.invites > 0) throw new AppError("CONFLICT", "reaction.errors.setLocked");
    const updated = await tx.questionSet.update({ where: { id: set.id }, data: { name: input.name, anonymous: input.anonymous, active: input.active } });
    if (contentChanged) await syncQuestions(tx, set, set.questions, input.questions);
    await audit({
      action: "update", entity: "QuestionSet", entityId: set.id,
      before: summary(set, set.questions.length), after: summary(updated, input.questions.length),
    });
    return { setId: set.id };
  },
});

export const setQuestionSetActive = defineCommand({
  name: "reaction.setActive",
  permission: "manage:question-set",
  schema: setActiveSchema,
  revalidate: REVALIDATE,
  successMessage: (m, r: { active: boolean }) => (r.active ? m.reaction.sets.activated : m.reaction.sets.deactivated),
  async run({ viewer, input, tx, audit }) {
    const set = await lockedSet(tx, viewer.agencyId, input.setId);
    await tx.questionSet.update({ where: { id: set.id }, data: { active: input.active } });
    await audit({ action: input.active ? "activate" : "deactivate", entity: "QuestionSet", entityId: set.id, before: { active: set.active }, after: { active: input.active } });
    return { active: input.active };
  },
});

/** A new, inactive set with the same questions and anonymity: the way to change a set that has responses. */
export const copyQuestionSet = defineCommand({
  name: "reaction.copySet",
  permission: "manage:question-set",
  schema: setIdSchema,
  revalidate: REVALIDATE,
  successMessage: (m) => m.reaction.sets.copied,
  async run({ viewer, input, tx, audit }) {
    const source = await tx.questionSet.findFirst({
      where: { id: input.setId, agencyId: viewer.agencyId },
      include: { questions: { orderBy: { position: "asc" } } },
    });
    if (!source) throw new AppError("NOT_FOUND", "common.notFound");
    const copy = await tx.questionSet.create({
      data: {
        agencyId: viewer.agencyId, name: `Salinan dari ${source.name}`.slice(0, 200), anonymous: source.anonymous, active: false,
        questions: { create: source.questions.map((q) => ({ aspect: q.aspect, text: q.text, position: q.position })) },
      },
    });
    await audit({ action: "copy", entity: "QuestionSet", entityId: copy.id, after: { ...summary(copy, source.questions.length), copiedFrom: source.id } });
    return { setId: copy.id };
  },
});
