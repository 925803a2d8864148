// Level-1 (reaction) evaluation: invitations when a batch closes, drafts, one submission, ownership,
// anonymity that survives a look at every table, locked sets, and the batch report's figures.
import { beforeEach, describe, expect, it } from "vitest";
import { executeCommand } from "@/lib/action";
import type { Viewer } from "@/lib/auth/load-viewer";
import { db } from "@/lib/db";
import { completeBatch } from "@/lib/batch/completion";
import { saveReactionDraft, submitReaction } from "@/lib/reaction/answer-commands";
import { inviteSheet } from "@/lib/reaction/queries";
import { batchReactionReport } from "@/lib/reaction/report";
import { copyQuestionSet, createQuestionSet, updateQuestionSet } from "@/lib/reaction/set-commands";
import { calendarToday } from "@/lib/time";
import { attendAndClose } from "../factories/demo-batches";
import { openBatch } from "./training-world";
import { buildWorld, refusal, type World } from "./world";

let w: World;
let admin: Viewer;
beforeEach(async () => {
  w = await buildWorld();
  admin = await w.viewer(w.users.admin);
});

const QUESTIONS = [
  { aspect: "MATERIAL", text: "Materi jelas dan runtut." },
  { aspect: "TRAINER", text: "Pengajar menguasai materi." },
  { aspect: "FACILITIES", text: "Sarana belajar memadai." },
] as const;

const createSet = (anonymous: boolean) => executeCommand(createQuestionSet, admin, { name: "Evaluasi uji", anonymous, active: true, questions: [...QUESTIONS] });

/** A batch with two trainers (one of them an employee), closed with staff1, head and kabid completing and "other" absent. */
async function closedBatch() {
  const { batchId } = await openBatch(admin);
  const session = await db.rundownSession.findFirstOrThrow({ where: { batchId } });
  const budi = await db.trainer.create({ data: { agencyId: w.agencyA.id, employeeId: w.people.other.id, name: "Budi Widyaiswara", kind: "WIDYAISWARA" } });
  const ani = await db.trainer.create({ data: { agencyId: w.agencyA.id, name: "Ani Narasumber", kind: "NARASUMBER", external: true, institution: "Universitas Uji" } });
  await db.sessionTrainer.createMany({ data: [{ agencyId: w.agencyA.id, sessionId: session.id, trainerId: budi.id }, { agencyId: w.agencyA.id, sessionId: session.id, trainerId: ani.id }] });
  await attendAndClose(admin, batchId, [w.people.staff1.id, w.people.head.id, w.people.kabid.id], [w.people.other.id]);
  return { batchId, trainers: { ani: ani.id, budi: budi.id } };
}

const inviteOf = (employeeId: string) => db.reactionInvite.findFirstOrThrow({ where: { enrolment: { employeeId } } });
const asUser = (user: { id: string }) => w.viewer(user);

/** Answers every item of the viewer's invite: `rate(aspect, trainerName)` gives the rating. */
async function answerAll(viewer: Viewer, inviteId: string, rate: (aspect: string, trainer: string | null) => number, comment?: string) {
  const sheet = (await inviteSheet(viewer, inviteId))!;
  const answers = Object.fromEntries(sheet.items.map((item, i) => [item.key, { rating: rate(item.aspect, item.trainerName), comment: i === 0 ? comment : undefined }]));
  return executeCommand(submitReaction, viewer, { inviteId, answers });
}

describe("invitations when a batch closes", () => {
  it("invites each completed participant once, none of the others, and nobody without an active set", async () => {
    await createSet(true);
    const { batchId } = await closedBatch();
    const invites = await db.reactionInvite.findMany({ where: { batchId }, include: { enrolment: true } });
    expect(invites.map((i) => i.enrolment.employeeId).sort()).toEqual([w.people.staff1.id, w.people.head.id, w.people.kabid.id].sort());
    const evaluationNotices = { agencyId: w.agencyA.id, link: { startsWith: "/evaluasi/" } };
    const notices = await db.notification.findMany({ where: evaluationNotices });
    expect(notices.map((n) => [n.userId, n.link]).sort()).toEqual(
      [[w.users.staff1.id, `/evaluasi/${(await inviteOf(w.people.staff1.id)).id}`], [w.users.head.id, `/evaluasi/${(await inviteOf(w.people.head.id)).id}`],
        [w.users.kabid.id, `/evaluasi/${(await inviteOf(w.people.kabid.id)).id}`]].sort(),
    );

    await executeCommand(completeBatch, admin, { batchId, reason: "" }); // closing again
    expect(await db.reactionInvite.count({ where: { batchId } })).toBe(3);
    expect(await db.notification.count({ where: evaluationNotices })).toBe(3);

    await db.questionSet.updateMany({ where: { agencyId: w.agencyA.id }, data: { active: false } });
    const other = await openBatch(admin, { startDate: "2030-04-06" });
    await attendAndClose(admin, other.batchId, [w.people.staff1.id]);
    expect(await db.batch.findUniqueOrThrow({ where: { id: other.batchId } })).toMatchObject({ status: "DONE" });
    expect(await db.reactionInvite.count({ where: { batchId: other.batchId } })).toBe(0);
  });
});

describe("answering", () => {
  it("saves and restores a draft, asks TRAINER questions per trainer, and takes the answers once", async () => {
    await createSet(false);
    const { batchId } = await closedBatch();
    const staff1 = await asUser(w.users.staff1);
    const invite = await inviteOf(w.people.staff1.id);
    const sheet = (await inviteSheet(staff1, invite.id))!;
    expect(sheet.items.map((i) => [i.aspect, i.trainerName])).toEqual([["MATERIAL", null], ["TRAINER", "Ani Narasumber"], ["TRAINER", "Budi Widyaiswara"], ["FACILITIES", null]]);
    expect(sheet.status).toBe("PENDING");

    const first = sheet.items[0]!.key;
    await executeCommand(saveReactionDraft, staff1, { [`r:${first}`]: "4", [`c:${first}`]: "  Contoh kasus membantu. ", "r:00000000-0000-4000-8000-000000000000": "5", inviteId: invite.id });
    const restored = (await inviteSheet(staff1, invite.id))!;
    expect(restored.status).toBe("DRAFT");
    expect(restored.draft).toEqual({ [first]: { rating: 4, comment: "Contoh kasus membantu." } });

    const incomplete = await refusal(executeCommand(submitReaction, staff1, { inviteId: invite.id, answers: { [first]: { rating: 4 } } }));
    expect(incomplete.code).toBe("VALIDATION");
    expect(incomplete.message).toBe("reaction.errors.incomplete");
    expect(Object.keys(incomplete.fieldErrors!).sort()).toEqual(sheet.items.slice(1).map((i) => `answers.${i.key}.rating`).sort());
    expect(incomplete.values).toEqual({ count: 3, numbers: "2, 3, 4" });

    await answerAll(staff1, invite.id, () => 5);
    const answered = await db.reactionInvite.findUniqueOrThrow({ where: { id: invite.id } });
    expect(answered).toMatchObject({ status: "SUBMITTED", draft: null });
    expect((await inviteSheet(staff1, invite.id))!.status).toBe("SUBMITTED");
    const again = await refusal(answerAll(staff1, invite.id, () => 1));
    expect([again.code, again.message]).toEqual(["CONFLICT", "reaction.errors.alreadyAnswered"]);
    expect((await refusal(executeCommand(saveReactionDraft, staff1, { inviteId: invite.id, answers: {} }))).code).toBe("CONFLICT");
    expect(await db.reactionResponse.count({ where: { batchId } })).toBe(1);
    expect(await db.reactionAnswer.count({ where: { response: { batchId } } })).toBe(4);
  });

  it("is out of reach of anyone but the invitee, through the query and the commands", async () => {
    await createSet(true);
    const { batchId } = await closedBatch();
    const invite = await inviteOf(w.people.staff1.id);
    const full = { inviteId: invite.id, answers: Object.fromEntries((await inviteSheet(await asUser(w.users.staff1), invite.id))!.items.map((i) => [i.key, { rating: 3 }])) };
    for (const user of [w.users.kabid, w.users.head, w.users.operatorX]) {
      const viewer = await asUser(user);
      expect(await inviteSheet(viewer, invite.id)).toBeNull();
      expect((await refusal(executeCommand(submitReaction, viewer, full))).code).toBe("NOT_FOUND");
      expect((await refusal(executeCommand(saveReactionDraft, viewer, full))).code).toBe("NOT_FOUND");
    }
    expect(await inviteSheet(admin, invite.id)).toBeNull();
    expect((await refusal(executeCommand(submitReaction, admin, full))).code).toBe("FORBIDDEN");
    expect(await db.reactionInvite.findUniqueOrThrow({ where: { id: invite.id } })).toMatchObject({ status: "PENDING", draft: null });
    expect(await db.reactionResponse.count({ where: { batchId } })).toBe(0);
  });
});

describe("anonymity", () => {
  it("seals anonymous answers until three wait, then releases them together, leaving nothing that leads back", async () => {
    await createSet(true);
    const { batchId } = await closedBatch();
    const [staff1, head] = [await asUser(w.users.staff1), await asUser(w.users.head)];
    const [inviteA, inviteB] = [await inviteOf(w.people.staff1.id), await inviteOf(w.people.head.id)];
    const sheetA = (await inviteSheet(staff1, inviteA.id))!;
    await executeCommand(saveReactionDraft, staff1, { inviteId: inviteA.id, answers: { [sheetA.items[0]!.key]: { rating: 2, comment: "Draf" } } });
    await answerAll(staff1, inviteA.id, () => 4, "Ruangan terlalu dingin");
    await answerAll(head, inviteB.id, (aspect) => (aspect === "TRAINER" ? 5 : 3));

    // Two answered: both sealed, no response yet, so no response's date or transaction can match one invitation.
    expect(await db.reactionResponse.count({ where: { batchId } })).toBe(0);
    const sealed = await db.reactionSealed.findMany({ where: { batchId } });
    expect(sealed).toHaveLength(2);
    // Sealed sheets are encrypted: nothing of the answers (a comment, a question id) can be read from the row.
    const questionIds = (await db.question.findMany({ select: { id: true } })).map((q) => q.id);
    for (const row of sealed) {
      expect(Object.keys(row.answers as object).sort()).toEqual(["data", "iv", "kid", "tag", "v"]);
      const text = JSON.stringify(row);
      expect(text).not.toContain("Ruangan terlalu dingin");
      for (const id of questionIds) expect(text).not.toContain(id);
    }
    const early = (await batchReactionReport(admin, batchId))!;
    expect(early).toMatchObject({ invited: 3, responded: 2, withheld: true, comments: [] });
    expect(early.overall.count).toBe(0);

    // The third releases all three, in one transaction, on one date.
    await answerAll(await asUser(w.users.kabid), (await inviteOf(w.people.kabid.id)).id, () => 2);
    expect(await db.reactionSealed.count({ where: { batchId } })).toBe(0);
    const released = await db.$queryRaw<{ xmin: string; submittedOn: Date }[]>`
      SELECT xmin::text, "submittedOn" FROM "ReactionResponse" WHERE "batchId" = ${batchId}::uuid`;
    expect(released).toHaveLength(3);
    expect(new Set(released.map((r) => r.xmin)).size, "written by one transaction").toBe(1);
    expect(new Set(released.map((r) => r.submittedOn.toISOString())).size).toBe(1);

    // Every id that names a person or their invitation, joined against the full text of every response and answer.
    const leaks = await db.$queryRaw<{ kind: string; id: string }[]>`
      WITH ids AS (
        SELECT id::text AS id FROM "ReactionInvite" UNION SELECT "enrolmentId"::text FROM "ReactionInvite"
        UNION SELECT id::text FROM "Enrolment" UNION SELECT id::text FROM "Employee" UNION SELECT id::text FROM "User"
        UNION SELECT id::text FROM "Notification" UNION SELECT "entityId" FROM "AuditLog" WHERE entity IN ('ReactionInvite', 'Enrolment')
      ), bodies AS (
        SELECT 'response' AS kind, row_to_json(r)::text AS body FROM "ReactionResponse" r WHERE r."batchId" = ${batchId}::uuid
        UNION ALL SELECT 'answer', row_to_json(a)::text FROM "ReactionAnswer" a
          JOIN "ReactionResponse" r ON r.id = a."responseId" WHERE r."batchId" = ${batchId}::uuid
        UNION ALL SELECT 'sealed', body FROM unnest(${sealed.map((x) => JSON.stringify(x))}::text[]) AS body
      )
      SELECT b.kind, ids.id FROM bodies b JOIN ids ON ids.id <> '' AND position(ids.id IN b.body) > 0`;
    expect(leaks).toEqual([]);
    // ...and the other way: no invitation, audit row or notification mentions a response, an answer or a sealed sheet.
    const mentions = await db.$queryRaw<{ body: string }[]>`
      WITH rid AS (
        SELECT r.id::text AS id FROM "ReactionResponse" r WHERE r."batchId" = ${batchId}::uuid
        UNION SELECT a.id::text FROM "ReactionAnswer" a JOIN "ReactionResponse" r ON r.id = a."responseId" WHERE r."batchId" = ${batchId}::uuid
        UNION SELECT unnest(${sealed.map((x) => x.id)}::text[])
      ),
      bodies AS (
        SELECT row_to_json(i)::text AS body FROM "ReactionInvite" i UNION ALL SELECT row_to_json(l)::text FROM "AuditLog" l
        UNION ALL SELECT row_to_json(n)::text FROM "Notification" n
      )
      SELECT b.body FROM bodies b JOIN rid ON position(rid.id IN b.body) > 0`;
    expect(mentions).toEqual([]);

    const responses = await db.reactionResponse.findMany({ where: { batchId } });
    for (const r of responses) expect(r).toMatchObject({ respondentId: null, submittedOn: calendarToday() });
    // Apart from their random ids the responses are identical: nothing stored orders them like the invites.
    const rest = responses.map(({ id: _id, ...other }) => other);
    expect(rest[1]).toEqual(rest[0]);
    expect(rest[2]).toEqual(rest[0]);
    const ids = [...responses.map((r) => r.id), ...sealed.map((x) => x.id), ...(await db.reactionAnswer.findMany({ where: { response: { batchId } } })).map((x) => x.id)];
    for (const id of ids) expect(id[14], `${id} is a random (v4) uuid`).toBe("4");
    const columns = await db.$queryRaw<{ table_name: string; column_name: string; data_type: string; column_default: string | null }[]>`
      SELECT table_name, column_name, data_type, column_default FROM information_schema.columns
      WHERE table_name IN ('ReactionResponse', 'ReactionAnswer', 'ReactionSealed') ORDER BY table_name, ordinal_position`;
    expect(columns.map((c) => `${c.table_name}.${c.column_name}:${c.data_type}`)).toEqual([
      "ReactionAnswer.id:uuid", "ReactionAnswer.responseId:uuid", "ReactionAnswer.questionId:uuid", "ReactionAnswer.trainerId:uuid",
      "ReactionAnswer.rating:integer", "ReactionAnswer.comment:text", "ReactionAnswer.agencyId:uuid",
      "ReactionResponse.id:uuid", "ReactionResponse.agencyId:uuid", "ReactionResponse.batchId:uuid", "ReactionResponse.questionSetId:uuid",
      "ReactionResponse.respondentId:uuid", "ReactionResponse.submittedOn:date",
      "ReactionSealed.id:uuid", "ReactionSealed.agencyId:uuid", "ReactionSealed.batchId:uuid", "ReactionSealed.questionSetId:uuid",
      "ReactionSealed.answers:jsonb", "ReactionSealed.keyId:text", // keyId: the sealing key's id, the same for every sheet it sealed
    ]);
    expect(columns.filter((c) => c.column_default !== null)).toEqual([]); // no sequence, no now()

    const audits = await db.auditLog.findMany({ where: { entity: "ReactionInvite", action: "submit", entityId: { in: [inviteA.id, inviteB.id] } } });
    expect(audits.map((x) => [x.entityId, x.after, x.before]).sort()).toEqual([[inviteA.id, { status: "SUBMITTED" }, null], [inviteB.id, { status: "SUBMITTED" }, null]].sort());
    const drafts = await db.auditLog.findMany({ where: { entity: "ReactionInvite", action: "save-draft", entityId: inviteA.id } });
    expect(drafts.map((x) => x.after)).toEqual([{ status: "DRAFT" }]);
    expect((await db.reactionInvite.findMany({ where: { batchId, status: "SUBMITTED" } })).map((i) => i.draft)).toEqual([null, null, null]);

    const report = (await batchReactionReport(admin, batchId))!;
    expect(report).toMatchObject({ responded: 3, withheld: false });
    expect(report.comments).toEqual([{ aspect: "MATERIAL", question: "Materi jelas dan runtut.", trainerName: null, comment: "Ruangan terlalu dingin", respondent: null }]);
  });

  it("releases exactly once when the third and fourth answers arrive together", async () => {
    await createSet(true);
    const { batchId } = await closedBatch();
    await answerAll(await asUser(w.users.staff1), (await inviteOf(w.people.staff1.id)).id, () => 4);
    const [head, kabid] = [await asUser(w.users.head), await asUser(w.users.kabid)];
    const [inviteHead, inviteKabid] = [await inviteOf(w.people.head.id), await inviteOf(w.people.kabid.id)];
    await Promise.all([answerAll(head, inviteHead.id, () => 3), answerAll(kabid, inviteKabid.id, () => 5)]);
    expect(await db.reactionSealed.count({ where: { batchId } })).toBe(0);
    expect(await db.reactionResponse.count({ where: { batchId } })).toBe(3);
  });
});

describe("question sets", () => {
  it("keeps the questions and anonymity of a set that has responses; it can be renamed, deactivated and copied", async () => {
    const { setId } = await createSet(true);
    await closedBatch();
    const set = await db.questionSet.findUniqueOrThrow({ where: { id: setId }, include: { questions: { orderBy: { position: "asc" } } } });
    const same = set.questions.map((q) => ({ id: q.id, aspect: q.aspect, text: q.text }));
    // No responses yet: questions may change (kept ones keep their id).
    const edited = [{ ...same[0]!, text: "Materi sesuai kebutuhan." }, same[2]!, same[1]!];
    await executeCommand(updateQuestionSet, admin, { setId, name: set.name, anonymous: true, active: true, questions: edited });
    const after = await db.question.findMany({ where: { setId }, orderBy: { position: "asc" } });
    expect(after.map((q) => [q.id, q.text])).toEqual(edited.map((q) => [q.id, q.text]));

    await answerAll(await asUser(w.users.staff1), (await inviteOf(w.people.staff1.id)).id, () => 4);
    const current = after.map((q) => ({ id: q.id, aspect: q.aspect, text: q.text }));
    for (const change of [
      { anonymous: true, questions: [...current, { aspect: "RELEVANCE" as const, text: "Relevan dengan pekerjaan." }] },
      { anonymous: true, questions: [{ ...current[0]!, text: "Teks lain." }, ...current.slice(1)] },
      { anonymous: false, questions: current },
    ]) {
      const refused = await refusal(executeCommand(updateQuestionSet, admin, { setId, name: set.name, active: true, ...change }));
      expect([refused.code, refused.message]).toEqual(["CONFLICT", "reaction.errors.setLocked"]);
    }
    await executeCommand(updateQuestionSet, admin, { setId, name: "Evaluasi uji (lama)", anonymous: true, active: false, questions: current });
    expect(await db.questionSet.findUniqueOrThrow({ where: { id: setId } })).toMatchObject({ name: "Evaluasi uji (lama)", active: false });
    const { setId: copyId } = await executeCommand(copyQuestionSet, admin, { setId });
    const copy = await db.questionSet.findUniqueOrThrow({ where: { id: copyId }, include: { questions: { orderBy: { position: "asc" } } } });
    expect(copy).toMatchObject({ anonymous: true, active: false, agencyId: w.agencyA.id });
    expect(copy.questions.map((q) => q.text)).toEqual(after.map((q) => q.text));
    expect((await refusal(executeCommand(copyQuestionSet, await asUser(w.users.adminB), { setId }))).code).toBe("NOT_FOUND");
  });
});

describe("the batch report", () => {
  it("gives the response rate, averages and distributions per aspect and per trainer, and named comments", async () => {
    await createSet(false);
    const { batchId } = await closedBatch();
    const ratings: Record<string, Record<string, number>> = {
      staff1: { MATERIAL: 5, "Ani Narasumber": 4, "Budi Widyaiswara": 2, FACILITIES: 3 },
      head: { MATERIAL: 4, "Ani Narasumber": 5, "Budi Widyaiswara": 3, FACILITIES: 3 },
    };
    for (const who of ["staff1", "head"] as const) {
      await answerAll(await asUser(w.users[who]), (await inviteOf(w.people[who].id)).id, (aspect, trainer) => ratings[who]![trainer ?? aspect]!, who === "staff1" ? "Sangat bermanfaat" : undefined);
    }
    const report = (await batchReactionReport(admin, batchId))!;
    expect(report).toMatchObject({ invited: 3, responded: 2, anonymous: false, withheld: false });
    expect(report.byAspect.MATERIAL).toEqual({ count: 2, average: 4.5, distribution: [0, 0, 0, 1, 1] });
    expect(report.byAspect.TRAINER).toEqual({ count: 4, average: 3.5, distribution: [0, 1, 1, 1, 1] });
    expect(report.byAspect.FACILITIES).toEqual({ count: 2, average: 3, distribution: [0, 0, 2, 0, 0] });
    expect(report.byAspect.ORGANISATION).toEqual({ count: 0, average: null, distribution: [0, 0, 0, 0, 0] });
    expect(report.trainers.map((t) => [t.name, t.figures.average, t.figures.count])).toEqual([["Ani Narasumber", 4.5, 2], ["Budi Widyaiswara", 2.5, 2]]);
    expect(report.overall).toMatchObject({ count: 8, average: 29 / 8 });
    expect(report.comments).toEqual([{ aspect: "MATERIAL", question: "Materi jelas dan runtut.", trainerName: null, comment: "Sangat bermanfaat", respondent: "Staf Satu" }]);
    const responses = await db.reactionResponse.findMany({ where: { batchId } });
    expect(responses.map((r) => r.respondentId).sort()).toEqual([w.people.staff1.id, w.people.head.id].sort());
    expect(await batchReactionReport(await asUser(w.users.adminB), batchId)).toBeNull();
    await expect(batchReactionReport(await asUser(w.users.staff1), batchId)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
