import "server-only";
import { randomInt, randomUUID } from "node:crypto";
import { defineCommand } from "@/lib/action";
import type { Viewer } from "@/lib/auth/load-viewer";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { calendarToday } from "@/lib/time";
import { ownInvites } from "./queries";
import { checkSheet, cleanSheet, ratingField, shuffled } from "./rules";
import { answerSheetSchema } from "./schemas";
import { sheetItems } from "./sheet";

// The participant answers their own invitation: a draft as often as they like, the answers once.
//
// Anonymous sets: the response is written apart from the invitation, with nothing that leads back to it.
// Its id is random (v4, not the time-ordered v7 of other tables), it has no respondent and no timestamp,
// only the calendar date; its answers have random ids and are written in random order. The invitation only
// turns SUBMITTED and loses its draft, and the audit row names the invitation, never the response.

const CRYPTO_RANDOM = () => randomInt(0, 2 ** 32) / 2 ** 32;

async function ownInvite(tx: Tx, viewer: Viewer, inviteId: string) {
  const where = await ownInvites(viewer, tx);
  const invite = where && (await tx.reactionInvite.findFirst({
    where: { AND: [where, { id: inviteId }] },
    select: { id: true, status: true, batchId: true, questionSetId: true, agencyId: true, set: { select: { anonymous: true } }, enrolment: { select: { employeeId: true } } },
  }));
  if (!invite) throw new AppError("NOT_FOUND", "common.notFound");
  if (invite.status === "SUBMITTED") throw new AppError("CONFLICT", "reaction.errors.alreadyAnswered");
  return invite;
}

/** "Simpan draf": keeps what was filled in so far (even incomplete) on the invitation. */
export const saveReactionDraft = defineCommand({
  name: "reaction.saveDraft",
  permission: "answer:reaction",
  schema: answerSheetSchema,
  revalidate: ["/evaluasi"],
  successMessage: (m) => m.reaction.answer.draftSaved,
  async run({ viewer, input, tx, audit }) {
    const invite = await ownInvite(tx, viewer, input.inviteId);
    const sheet = cleanSheet(await sheetItems(tx, viewer.agencyId, invite), input.answers);
    const updated = await tx.reactionInvite.updateMany({
      where: { id: invite.id, status: { not: "SUBMITTED" } },
      data: { status: "DRAFT", draft: { answers: sheet } },
    });
    if (!updated.count) throw new AppError("CONFLICT", "reaction.errors.alreadyAnswered");
    // The draft's content never goes into the (permanent) audit log.
    await audit({ action: "save-draft", entity: "ReactionInvite", entityId: invite.id, before: { status: invite.status }, after: { status: "DRAFT" } });
    return { status: "DRAFT" as const };
  },
});

/** "Kirim": every item rated 1–5, then stored once; a second submission is refused. */
export const submitReaction = defineCommand({
  name: "reaction.submit",
  permission: "answer:reaction",
  schema: answerSheetSchema,
  revalidate: ["/evaluasi"],
  successMessage: (m) => m.reaction.answer.submitted,
  async run({ viewer, input, tx, audit }) {
    const invite = await ownInvite(tx, viewer, input.inviteId);
    // The set's questions cannot change under this submission (an edit takes the set FOR UPDATE).
    await tx.$executeRaw`SELECT 1 FROM "QuestionSet" WHERE id = ${invite.questionSetId}::uuid FOR SHARE`;
    const items = await sheetItems(tx, viewer.agencyId, invite);
    const check = checkSheet(items, cleanSheet(items, input.answers));
    if (!check.ok) {
      const fieldErrors = Object.fromEntries(check.missing.map((item) => [ratingField(item.key), ["reaction.errors.ratingRequired"]]));
      throw new AppError("VALIDATION", "reaction.errors.incomplete", fieldErrors, {
        count: check.missing.length,
        numbers: check.missing.map((item) => item.number).join(", "),
      });
    }
    // Concurrent submissions: the row lock of this update lets one through; the other finds it SUBMITTED.
    const updated = await tx.reactionInvite.updateMany({
      where: { id: invite.id, status: { not: "SUBMITTED" } },
      data: { status: "SUBMITTED", draft: Prisma.DbNull },
    });
    if (!updated.count) throw new AppError("CONFLICT", "reaction.errors.alreadyAnswered");

    const anonymous = invite.set.anonymous;
    const responseId = randomUUID();
    await tx.reactionResponse.create({
      data: {
        id: responseId, agencyId: invite.agencyId, batchId: invite.batchId, questionSetId: invite.questionSetId,
        respondentId: anonymous ? null : invite.enrolment.employeeId, submittedOn: calendarToday(),
      },
    });
    await tx.reactionAnswer.createMany({
      data: shuffled(check.answers, CRYPTO_RANDOM).map((a) => ({ id: randomUUID(), responseId, ...a })),
    });
    await audit({
      action: "submit", entity: "ReactionInvite", entityId: invite.id,
      after: anonymous ? { status: "SUBMITTED" } : { status: "SUBMITTED", responseId },
    });
    return { status: "SUBMITTED" as const };
  },
});
