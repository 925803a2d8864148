// The supervisor's pending feedback tasks with the person's level-1 and level-2 results: only the viewer's own
// open tasks, a personal L1 figure only from a named questionnaire, and a fixed number of queries however many
// tasks there are.
import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { feedbackResultsFor, pendingFeedbackHome } from "@/lib/feedback/home-queries";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createCompetencyCatalog } from "../factories/db";
import { buildWorld, type World } from "./world";

let w: World;
beforeEach(async () => {
  w = await buildWorld();
});

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

async function doneBatch(title: string, number: number) {
  const agencyId = w.agencyA.id;
  const program = await db.program.create({ data: { agencyId, title, description: "", objectives: "", routeCode: "KL10", organiser: "BKPP" } });
  return db.batch.create({
    data: {
      agencyId, programId: program.id, number, startDate: day("2026-02-02"), endDate: day("2026-02-06"), capacity: 10, confirmedCount: 3,
      registrationOpensAt: day("2026-01-01"), registrationClosesAt: day("2026-01-20"), status: "DONE", doneAt: new Date(),
    },
  });
}

async function questionSet(anonymous: boolean) {
  return db.questionSet.create({
    data: {
      agencyId: w.agencyA.id, name: anonymous ? "Set anonim" : "Set bernama", anonymous,
      questions: { create: [{ aspect: "MATERIAL", text: "Materi jelas", position: 1 }, { aspect: "TRAINER", text: "Pengajar menguasai", position: 2 }] },
    },
    include: { questions: { orderBy: { position: "asc" } } },
  });
}

type SetWithQuestions = Awaited<ReturnType<typeof questionSet>>;

/** A completed participation with its feedback task for the participant's supervisor. */
async function participation(batchId: string, employee: { id: string; supervisorId: string | null }, dueOn = "2026-05-06") {
  const agencyId = w.agencyA.id;
  const enrolment = await db.enrolment.create({ data: { agencyId, batchId, employeeId: employee.id, status: "CONFIRMED", origin: "SELF", completed: true } });
  const task = await db.feedbackTask.create({
    data: { agencyId, enrolmentId: enrolment.id, employeeId: employee.id, supervisorId: employee.supervisorId, dueOn: day(dueOn), assignedOn: day(dueOn) },
  });
  return { enrolmentId: enrolment.id, taskId: task.id };
}

/** The invitation and, when submitted, the response as the reaction command stores it (no respondent if anonymous). */
async function answered(set: SetWithQuestions, batchId: string, enrolmentId: string, employeeId: string, ratings: [number, number] | null) {
  const agencyId = w.agencyA.id;
  await db.reactionInvite.create({ data: { agencyId, batchId, enrolmentId, questionSetId: set.id, status: ratings ? "SUBMITTED" : "PENDING" } });
  if (!ratings) return;
  await db.reactionResponse.create({
    data: {
      id: randomUUID(), agencyId, batchId, questionSetId: set.id, respondentId: set.anonymous ? null : employeeId, submittedOn: day("2026-02-06"),
      answers: { create: set.questions.map((q, i) => ({ id: randomUUID(), questionId: q.id, rating: ratings[i]! })) },
    },
  });
}

/** Staff 1 and 2 (both under Kabid) in a batch with a named questionnaire; staff 1 also in one with an anonymous one. */
async function scene() {
  const { staff1, staff2, kabid } = w.people;
  const named = await questionSet(false);
  const anonymous = await questionSet(true);
  const batchA = await doneBatch("Pelatihan Pelayanan Publik Prima", 3);
  const batchB = await doneBatch("Bimtek Penyusunan SOP", 1);
  const s1 = await participation(batchA.id, staff1, "2026-05-06");
  const s2 = await participation(batchA.id, staff2, "2026-05-07");
  const s1b = await participation(batchB.id, staff1, "2026-05-08");
  const boss = await participation(batchA.id, kabid, "2026-05-09"); // Kabid's own, for the Kepala Dinas
  await answered(named, batchA.id, s1.enrolmentId, staff1.id, [5, 4]);
  await answered(named, batchA.id, s2.enrolmentId, staff2.id, null);
  await answered(anonymous, batchB.id, s1b.enrolmentId, staff1.id, [1, 2]);
  await answered(named, batchA.id, boss.enrolmentId, kabid.id, [2, 2]);

  const competencies = await createCompetencyCatalog(db, w.agencyA.id);
  const [c1, c2] = [...competencies.values()];
  const by = w.users.admin.id;
  await db.learningScore.create({ data: { enrolmentId: s1.enrolmentId, agencyId: w.agencyA.id, preScore: 60, postScore: 85, updatedById: by } });
  await db.learningScore.create({ data: { enrolmentId: s2.enrolmentId, agencyId: w.agencyA.id, preScore: 70, postScore: null, updatedById: by } });
  await db.observerRating.createMany({
    data: [
      { enrolmentId: s1.enrolmentId, competencyId: c1!, agencyId: w.agencyA.id, level: 4, updatedById: by },
      { enrolmentId: s1.enrolmentId, competencyId: c2!, agencyId: w.agencyA.id, level: 3, updatedById: by },
    ],
  });
  await db.ledgerEntry.create({
    data: { agencyId: w.agencyA.id, employeeId: staff1.id, minutes: 900, date: day("2026-02-06"), year: 2026, source: "BATCH", routeCode: "KL10", title: batchA.id, batchId: batchA.id },
  });
  return { s1, s2, s1b, boss, competencies: [c1!, c2!] };
}

describe("pending feedback on the supervisor's home", () => {
  it("lists the viewer's open tasks, oldest due first, with the person, the training and their L1/L2 results", async () => {
    const { s1, s2, s1b } = await scene();
    const kabid = await w.viewer(w.users.kabid);
    const home = await pendingFeedbackHome(kabid);
    expect(home.total).toBe(3);
    expect(home.tasks.map((t) => t.id)).toEqual([s1.taskId, s2.taskId, s1b.taskId]);

    const [first, second] = home.tasks;
    expect(first!.enrolment.employee).toMatchObject({ name: "Staf Satu", nip: w.people.staff1.nip });
    expect(first!.enrolment.employee.position.name).toBeTruthy();
    expect(first!.enrolment.batch).toMatchObject({ number: 3, program: { title: "Pelatihan Pelayanan Publik Prima" } });
    expect(first!.results.l2).toMatchObject({ pre: 60, post: 85, gain: 25 });
    expect(first!.results.l2.ratings.map((r) => r.level).sort()).toEqual([3, 4]);
    expect(first!.results.l1).toEqual({ kind: "submitted", average: 4.5, aspects: [{ aspect: "MATERIAL", average: 5 }, { aspect: "TRAINER", average: 4 }] });
    expect(first!.results.jpMinutes).toBe(900);

    // Not answered yet, a pre-test without a post-test: no gain.
    expect(second!.results.l1).toEqual({ kind: "notSubmitted" });
    expect(second!.results.l2).toEqual({ pre: 70, post: null, gain: null, ratings: [] });
    expect(second!.results.jpMinutes).toBeNull();

    // A submitted task leaves the list.
    await db.feedbackTask.update({ where: { id: s2.taskId }, data: { status: "SUBMITTED", submittedAt: new Date(), rating: 4, applied: "Menerapkan standar pelayanan" } });
    const after = await pendingFeedbackHome(kabid, 1);
    expect(after.total).toBe(2);
    expect(after.tasks.map((t) => t.id)).toEqual([s1.taskId]);
  });

  it("never shows a personal L1 figure from an anonymous questionnaire, even one the person submitted", async () => {
    const { s1b } = await scene();
    const kabid = await w.viewer(w.users.kabid);
    const task = (await pendingFeedbackHome(kabid)).tasks.find((t) => t.id === s1b.taskId)!;
    expect(task.results.l1).toEqual({ kind: "anonymous" });
    const panel = (await feedbackResultsFor(kabid, [s1b.taskId])).get(s1b.taskId)!;
    expect(panel.l1).toEqual({ kind: "anonymous" });
    // The admin's reading of the same task says the same.
    const admin = await w.viewer(w.users.admin);
    expect((await feedbackResultsFor(admin, [s1b.taskId])).get(s1b.taskId)!.l1).toEqual({ kind: "anonymous" });
  });

  it("shows only the viewer's own tasks: not another supervisor's, not to an admin, not across agencies", async () => {
    const { s1, boss } = await scene();
    const kabid = await w.viewer(w.users.kabid);
    const head = await w.viewer(w.users.head);
    const admin = await w.viewer(w.users.admin);
    expect((await pendingFeedbackHome(kabid)).tasks.map((t) => t.id)).not.toContain(boss.taskId);
    const headHome = await pendingFeedbackHome(head);
    expect(headHome.tasks.map((t) => t.id)).toEqual([boss.taskId]);
    expect(headHome.tasks[0]!.results.l1).toMatchObject({ kind: "submitted", average: 2 });
    expect(await pendingFeedbackHome(admin)).toEqual({ total: 0, tasks: [] });
    expect(await pendingFeedbackHome(await w.viewer(w.users.staff1))).toEqual({ total: 0, tasks: [] });

    // Results by task id: the task's supervisor or an agency admin; another supervisor or agency gets nothing.
    expect([...(await feedbackResultsFor(head, [s1.taskId, boss.taskId])).keys()]).toEqual([boss.taskId]);
    expect([...(await feedbackResultsFor(kabid, [s1.taskId, boss.taskId])).keys()]).toEqual([s1.taskId]);
    expect((await feedbackResultsFor(admin, [s1.taskId, boss.taskId])).size).toBe(2);
    expect((await feedbackResultsFor(await w.viewer(w.users.adminB), [s1.taskId])).size).toBe(0);
    expect((await feedbackResultsFor(await w.viewer(w.users.staff1), [s1.taskId])).size).toBe(0);
    expect((await feedbackResultsFor(kabid, ["not-a-uuid"])).size).toBe(0);
  });

  it("reads all tasks' results with a fixed number of queries", async () => {
    await scene();
    const kabid = await w.viewer(w.users.kabid);
    const counting = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL! }), log: [{ emit: "event", level: "query" }] });
    let queries = 0;
    counting.$on("query", () => {
      queries += 1;
    });
    const countFor = async (limit: number) => {
      queries = 0;
      const home = await pendingFeedbackHome(kabid, limit, counting as unknown as typeof db);
      return { queries, tasks: home.tasks.length };
    };
    try {
      const one = await countFor(1);
      const three = await countFor(3);
      expect([one.tasks, three.tasks]).toEqual([1, 3]);
      expect(three.queries).toBe(one.queries);
      expect(three.queries).toBeLessThanOrEqual(20);
    } finally {
      await counting.$disconnect();
    }
  });
});
