import "server-only";
import { randomInt, randomUUID } from "node:crypto";
import { defineCommand } from "@/lib/action";
import type { Viewer } from "@/lib/auth/load-viewer";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { calendarToday } from "@/lib/time";
import { ownInvites } from "./queries";
import { ANONYMOUS_MIN_RESPONSES, checkSheet, cleanSheet, ratingField, shuffled, type CompleteAnswer } from "./rules";
import { answerSheetSchema } from "./schemas";
import { seal, unseal } from "./seal";
import { sheetItems } from "./sheet";

// The participant answers their own invitation: a draft as often as they like, the answers once.
//
// Anonymous sets: the answers are written apart from the invitation, with nothing that leads back to it.
// Ids are random (v4, not the time-ordered v7 of other tables); there is no respondent and no timestamp; the
// invitation only turns SUBMITTED and loses its draft, and the audit row names the invitation only.
// The answers are first sealed (ReactionSealed). Once at least ANONYMOUS_MIN_RESPONSES of the batch's sealed
// answers wait, all of them become responses in one transaction, in random order, dated that day. So neither a
// response's date (against the audit log's times) nor the transaction that wrote it points to one invitation.

const CRYPTO_RANDOM = () => randomInt(0, 2 ** 32) / 2 ** 32;

async function ownInvite(tx: Tx, viewer: Viewer, inviteId: string) {
  const where = await ownInvites(viewer, tx);
  const invite = where && (await tx.reactionInvite.findFirst({
    where: { AND: [where, { id: inviteId }] },
    select: { id: true, status: true, batchId: true, questionSetId: true, agencyId: true, enrolment: { select: { employeeId: true } } },
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
    // Anonymity is read under that lock too: an edit made while this waited (allowed while nothing was
    // answered) must not leave a named response in an anonymous set.
    const [locked] = await tx.$queryRaw<{ anonymous: boolean }[]>`
      SELECT anonymous FROM "QuestionSet" WHERE id = ${invite.questionSetId}::uuid FOR SHARE`;
    const anonymous = locked!.anonymous;
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

    if (anonymous) {
      await sealAnonymous(tx, invite, check.answers);
      await audit({ action: "submit", entity: "ReactionInvite", entityId: invite.id, after: { status: "SUBMITTED" } });
    } else {
      const responseId = await writeResponse(tx, invite, invite.enrolment.employeeId, check.answers);
      await audit({ action: "submit", entity: "ReactionInvite", entityId: invite.id, after: { status: "SUBMITTED", responseId } });
    }
    return { status: "SUBMITTED" as const };
  },
});

type Scope = { agencyId: string; batchId: string; questionSetId: string };

async function writeResponse(tx: Tx, scope: Scope, respondentId: string | null, answers: CompleteAnswer[]): Promise<string> {
  const responseId = randomUUID();
  await tx.reactionResponse.create({
    data: { id: responseId, agencyId: scope.agencyId, batchId: scope.batchId, questionSetId: scope.questionSetId, respondentId, submittedOn: calendarToday() },
  });
  await tx.reactionAnswer.createMany({ data: shuffled(answers, CRYPTO_RANDOM).map((a) => ({ id: randomUUID(), agencyId: scope.agencyId, responseId, ...a })) });
  return responseId;
}

/** Seals one anonymous answer sheet, and releases the batch's sealed sheets once enough of them wait. */
async function sealAnonymous(tx: Tx, scope: Scope, answers: CompleteAnswer[]) {
  // One submission per batch at a time, so the count below sees every sealed sheet that has committed.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`reaction-seal:${scope.batchId}`}, 0))`;
  const sealed = seal(shuffled(answers, CRYPTO_RANDOM));
  await tx.reactionSealed.create({
    data: { id: randomUUID(), agencyId: scope.agencyId, batchId: scope.batchId, questionSetId: scope.questionSetId, answers: sealed, keyId: sealed.kid },
  });
  const stored = await tx.reactionSealed.findMany({ where: { batchId: scope.batchId, questionSetId: scope.questionSetId }, select: { id: true, answers: true } });
  // A sheet sealed under a key no longer configured cannot be opened; it stays sealed and does not count.
  const readable = stored.flatMap((row) => {
    const sheet = unseal(row.answers);
    return Array.isArray(sheet) ? [{ id: row.id, answers: sheet as CompleteAnswer[] }] : [];
  });
  if (readable.length < ANONYMOUS_MIN_RESPONSES) return;
  for (const sheet of shuffled(readable, CRYPTO_RANDOM)) await writeResponse(tx, scope, null, sheet.answers);
  await tx.reactionSealed.deleteMany({ where: { id: { in: readable.map((s) => s.id) } } });
}
