import "server-only";
import { hasPermission } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/load-viewer";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { fullName } from "@/lib/people/rules";
import { ANONYMOUS_MIN_RESPONSES, ASPECTS, anonymousResultsVisible, figures, summarise, type Aspect, type Figures } from "./rules";
import { isUuid } from "@/lib/uuid";

// Level-1 results for the agency admin ("read:evaluation"), of one batch (the batch page's card) or of several
// (the program's evaluation report): responses against invitations, figures per aspect and per trainer, and the
// comments. Responses are read on their own: nothing here joins them to invitations, enrolments or people,
// except the respondent a non-anonymous set names.
//
// Anonymity is judged per batch: anonymous answers are sealed until ANONYMOUS_MIN_RESPONSES of a batch's have
// come in, then released together (answer-commands.ts); released anonymous responses are still withheld while
// fewer than that (a guard), and withheld ones are left out of every total too, so a program's total minus the
// rows of the other batches cannot reveal them. "responded" counts answered invitations, sealed or released.


export type ReactionComment = { aspect: Aspect; question: string; trainerName: string | null; comment: string; respondent: string | null };

/** One batch's response count and overall figure, as the program report lists them. */
export type BatchReactionFigures = { invited: number; responded: number; anonymous: boolean; withheld: boolean; overall: Figures };

export type BatchReactionReport = {
  invited: number;
  responded: number;
  /** Some invitations are to an anonymous set. */
  anonymous: boolean;
  /** Anonymous responses are held back in at least one batch: fewer than `minResponses` of them there. */
  withheld: boolean;
  minResponses: number;
  overall: Figures;
  byAspect: Record<Aspect, Figures>;
  trainers: { id: string; name: string; figures: Figures }[];
  comments: ReactionComment[];
};

export type ReactionReport = BatchReactionReport & { batches: Map<string, BatchReactionFigures> };

/** The batch's results; null when the batch is not in the viewer's agency. */
export async function batchReactionReport(viewer: Viewer, batchId: string): Promise<BatchReactionReport | null> {
  if (!hasPermission(viewer.roles, "read:evaluation")) throw new AppError("FORBIDDEN", "common.forbidden");
  if (!isUuid(batchId)) return null;
  const batch = await db.batch.findFirst({ where: { id: batchId, agencyId: viewer.agencyId }, select: { id: true } });
  if (!batch) return null;
  const { batches: _batches, ...report } = await reactionReport(viewer, [batch.id]);
  return report;
}

/**
 * The results of the given batches together, and per batch. Batches outside the viewer's agency contribute
 * nothing (every read filters by the agency), so callers pass ids they have already found in it.
 */
export async function reactionReport(viewer: Viewer, batchIds: readonly string[]): Promise<ReactionReport> {
  if (!hasPermission(viewer.roles, "read:evaluation")) throw new AppError("FORBIDDEN", "common.forbidden");
  const agencyId = viewer.agencyId;
  const ids = [...batchIds];

  const [invites, answeredInvites, sealedSheets, anonymousInvites, responses] = await Promise.all([
    db.reactionInvite.groupBy({ by: ["batchId"], where: { batchId: { in: ids }, agencyId }, _count: { _all: true } }),
    db.reactionInvite.groupBy({ by: ["batchId"], where: { batchId: { in: ids }, agencyId, status: "SUBMITTED" }, _count: { _all: true } }),
    db.reactionSealed.groupBy({ by: ["batchId"], where: { batchId: { in: ids }, agencyId }, _count: { _all: true } }),
    db.reactionInvite.groupBy({ by: ["batchId"], where: { batchId: { in: ids }, agencyId, set: { anonymous: true } }, _count: { _all: true } }),
    db.reactionResponse.findMany({
      where: { batchId: { in: ids }, agencyId },
      select: {
        batchId: true,
        respondentId: true,
        set: { select: { anonymous: true } },
        answers: { select: { rating: true, comment: true, trainerId: true, question: { select: { aspect: true, text: true, position: true } } } },
      },
    }),
  ]);
  const invitedIn = new Map(invites.map((i) => [i.batchId, i._count._all]));
  const answeredIn = new Map(answeredInvites.map((i) => [i.batchId, i._count._all]));
  const sealedIn = new Map(sealedSheets.map((i) => [i.batchId, i._count._all]));
  const anonymousInvitedIn = new Map(anonymousInvites.map((i) => [i.batchId, i._count._all]));

  const byBatch = new Map<string, typeof responses>();
  for (const r of responses) {
    const list = byBatch.get(r.batchId);
    if (list) list.push(r);
    else byBatch.set(r.batchId, [r]);
  }
  const batches = new Map<string, BatchReactionFigures>();
  const hidden = new Set<string>(); // batches whose released anonymous responses are too few to show
  for (const batchId of ids) {
    const own = byBatch.get(batchId) ?? [];
    if (!anonymousResultsVisible(own.filter((r) => r.set.anonymous).length)) hidden.add(batchId);
    // Sealed answers (not yet released, see answer-commands.ts) are answers too, but have no figures yet.
    const withheld = hidden.has(batchId) || (sealedIn.get(batchId) ?? 0) > 0;
    const shown = own.filter((r) => !(hidden.has(batchId) && r.set.anonymous));
    batches.set(batchId, {
      invited: invitedIn.get(batchId) ?? 0,
      responded: answeredIn.get(batchId) ?? 0,
      anonymous: own.some((r) => r.set.anonymous) || (anonymousInvitedIn.get(batchId) ?? 0) > 0,
      withheld,
      overall: figures(shown.flatMap((r) => r.answers.map((a) => a.rating))),
    });
  }
  const shown = responses.filter((r) => !(hidden.has(r.batchId) && r.set.anonymous));

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
      || a.question.localeCompare(b.question, "id") || (a.trainerName ?? "").localeCompare(b.trainerName ?? "", "id") || a.comment.localeCompare(b.comment, "id"))
    .map(({ position: _position, ...c }) => c);

  const perBatch = [...batches.values()];
  return {
    invited: perBatch.reduce((n, b) => n + b.invited, 0),
    responded: perBatch.reduce((n, b) => n + b.responded, 0),
    anonymous: perBatch.some((b) => b.anonymous),
    withheld: perBatch.some((b) => b.withheld),
    minResponses: ANONYMOUS_MIN_RESPONSES,
    overall,
    byAspect,
    trainers,
    comments,
    batches,
  };
}
