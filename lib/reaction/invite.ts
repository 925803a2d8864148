import "server-only";
import type { Tx } from "@/lib/db";
import { notifyEmployees } from "@/lib/notification/notify";
import { currentSet } from "./rules";

/**
 * Called by completeBatch in its transaction with the enrolments it found completed (only those of this
 * batch that are confirmed and completed are taken): each such participant gets one
 * invitation to the agency's current question set (the most recently created active one) and an inbox
 * message linking to it. Idempotent: an enrolment has at most one invitation (unique enrolmentId), so
 * closing again only invites those who completed since. No active set: nobody is invited.
 */
export async function inviteToReaction(
  tx: Tx,
  { agencyId, batchId, enrolmentIds }: { agencyId: string; batchId: string; enrolmentIds: readonly string[] },
): Promise<{ invited: number }> {
  if (!enrolmentIds.length) return { invited: 0 };
  const set = currentSet(await tx.questionSet.findMany({ where: { agencyId, active: true }, select: { id: true, active: true, createdAt: true, anonymous: true } }));
  if (!set) return { invited: 0 };
  const completed = await tx.enrolment.findMany({
    where: { id: { in: [...enrolmentIds] }, agencyId, batchId, status: "CONFIRMED", completed: true, reactionInvite: { is: null } },
    select: { id: true, employeeId: true },
    orderBy: { id: "asc" },
  });
  if (!completed.length) return { invited: 0 };
  await tx.reactionInvite.createMany({
    data: completed.map((e) => ({ agencyId, batchId, enrolmentId: e.id, questionSetId: set.id })),
    skipDuplicates: true,
  });
  const invites = await tx.reactionInvite.findMany({
    where: { enrolmentId: { in: completed.map((e) => e.id) } },
    select: { id: true, enrolment: { select: { employeeId: true } } },
  });
  const batch = await tx.batch.findUniqueOrThrow({ where: { id: batchId }, select: { number: true, program: { select: { title: true } } } });
  const kind = set.anonymous ? "reactionInviteAnonymous" : "reactionInvite";
  for (const invite of invites) {
    await notifyEmployees(tx, agencyId, [invite.enrolment.employeeId], {
      kind, params: { program: batch.program.title, batch: batch.number }, link: `/evaluasi/${invite.id}`,
    });
  }
  return { invited: invites.length };
}
