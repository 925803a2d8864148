import "server-only";
import { hasPermission } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/load-viewer";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { fullName } from "@/lib/people/rules";
import { ANONYMOUS_MIN_RESPONSES, ASPECTS, anonymousResultsVisible, summarise, type Aspect, type Figures } from "./rules";

// Level-1 results of one batch for the agency admin ("read:evaluation"): responses against invitations,
// figures per aspect and per trainer, and the comments. Responses are read on their own: nothing here joins
// them to invitations, enrolments or people, except the respondent a non-anonymous set names.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type ReactionComment = { aspect: Aspect; question: string; trainerName: string | null; comment: string; respondent: string | null };

export type BatchReactionReport = {
  invited: number;
  responded: number;
  /** Some invitations of the batch are to an anonymous set. */
  anonymous: boolean;
  /** Anonymous responses are held back: fewer than `minResponses` of them. */
  withheld: boolean;
  minResponses: number;
  overall: Figures;
  byAspect: Record<Aspect, Figures>;
  trainers: { id: string; name: string; figures: Figures }[];
  comments: ReactionComment[];
};

/** The batch's results; null when the batch is not in the viewer's agency. */
export async function batchReactionReport(viewer: Viewer, batchId: string): Promise<BatchReactionReport | null> {
  if (!hasPermission(viewer.roles, "read:evaluation")) throw new AppError("FORBIDDEN", "common.forbidden");
  if (!UUID.test(batchId)) return null;
  const agencyId = viewer.agencyId;
  const batch = await db.batch.findFirst({ where: { id: batchId, agencyId }, select: { id: true } });
  if (!batch) return null;

  const [invited, anonymousInvites, responses] = await Promise.all([
    db.reactionInvite.count({ where: { batchId, agencyId } }),
    db.reactionInvite.count({ where: { batchId, agencyId, set: { anonymous: true } } }),
    db.reactionResponse.findMany({
      where: { batchId, agencyId },
      select: {
        respondentId: true,
        set: { select: { anonymous: true } },
        answers: { select: { rating: true, comment: true, trainerId: true, question: { select: { aspect: true, text: true, position: true } } } },
      },
    }),
  ]);
  const anonymousCount = responses.filter((r) => r.set.anonymous).length;
  const withheld = !anonymousResultsVisible(anonymousCount);
  const shown = responses.filter((r) => !(withheld && r.set.anonymous));

  const respondentIds = [...new Set(shown.flatMap((r) => (!r.set.anonymous && r.respondentId ? [r.respondentId] : [])))];
  const trainerIds = [...new Set(shown.flatMap((r) => r.answers.flatMap((a) => (a.trainerId ? [a.trainerId] : []))))];
  const [people, trainerRows] = await Promise.all([
    respondentIds.length
      ? db.employee.findMany({ where: { id: { in: respondentIds }, agencyId }, select: { id: true, name: true, frontTitle: true, backTitle: true } })
      : [],
    trainerIds.length ? db.trainer.findMany({ where: { id: { in: trainerIds }, agencyId }, select: { id: true, name: true } }) : [],
  ]);
  const names = new Map(people.map((p) => [p.id, fullName(p)]));
  const trainerNames = new Map(trainerRows.map((t) => [t.id, t.name]));

  const answers = shown.flatMap((r) => r.answers.map((a) => ({ ...a, aspect: a.question.aspect, respondent: r.set.anonymous ? null : (names.get(r.respondentId ?? "") ?? null) })));
  const { byAspect, byTrainer, overall } = summarise(answers);
  const trainers = [...byTrainer]
    .map(([id, figures]) => ({ id, name: trainerNames.get(id) ?? "—", figures }))
    .sort((a, b) => a.name.localeCompare(b.name, "id"));
  // Sorted by what they are about and then by their text, so their order says nothing about who wrote them.
  const comments = answers
    .filter((a) => a.comment)
    .map((a) => ({ aspect: a.aspect, position: a.question.position, question: a.question.text, trainerName: a.trainerId ? (trainerNames.get(a.trainerId) ?? null) : null, comment: a.comment!, respondent: a.respondent }))
    .sort((a, b) => ASPECTS.indexOf(a.aspect) - ASPECTS.indexOf(b.aspect) || a.position - b.position
      || (a.trainerName ?? "").localeCompare(b.trainerName ?? "", "id") || a.comment.localeCompare(b.comment, "id"))
    .map(({ position: _position, ...c }) => c);

  return {
    invited,
    responded: responses.length,
    anonymous: anonymousInvites > 0 || anonymousCount > 0,
    withheld,
    minResponses: ANONYMOUS_MIN_RESPONSES,
    overall,
    byAspect,
    trainers,
    comments,
  };
}
