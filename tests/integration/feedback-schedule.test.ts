// Level-3 feedback tasks: created once per completed participation, for the supervisor of the moment, with
// reminders after 7 and 14 days, whether the schedule runs twice, concurrently, or through a restarted queue.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createDueFeedbackTasks, runFeedbackSchedule, sendFeedbackReminders } from "@/lib/feedback/schedule";
import { startJobs } from "@/lib/jobs/boss";
import { feedbackDueOn } from "@/lib/feedback/rules";
import { executeCommand } from "@/lib/action";
import { addSelfAssessment, reassignFeedback, submitFeedback } from "@/lib/feedback/commands";
import { feedbackOverview } from "@/lib/feedback/admin-queries";
import { feedbackTaskFor } from "@/lib/feedback/queries";
import { calendarToday } from "@/lib/time";
import { buildWorld, refusal, type World } from "./world";
import { inboxOf } from "../support/inbox";

let w: World;
beforeEach(async () => {
  w = await buildWorld();
});

const DAY = 86_400_000;
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const iso = (d: Date) => d.toISOString().slice(0, 10);

/** A DONE batch ending on `endDate`, with staff1 completed and staff2 not. */
async function completedBatch(endDate: string, feedbackMonths = 3) {
  const agencyId = w.agencyA.id;
  const program = await db.program.create({
    data: { agencyId, title: "Bimtek Tata Kelola Arsip", description: "", objectives: "", routeCode: "KL10", organiser: "BKPP", feedbackMonths },
  });
  const batch = await db.batch.create({
    data: { agencyId, programId: program.id, number: 1, startDate: day(endDate), endDate: day(endDate), capacity: 10, confirmedCount: 2, registrationOpensAt: day("2020-01-01"), registrationClosesAt: day("2020-01-02"), status: "DONE", doneAt: new Date() },
  });
  const [done] = await Promise.all([
    db.enrolment.create({ data: { agencyId, batchId: batch.id, employeeId: w.people.staff1.id, status: "CONFIRMED", origin: "SELF", completed: true } }),
    db.enrolment.create({ data: { agencyId, batchId: batch.id, employeeId: w.people.staff2.id, status: "CONFIRMED", origin: "SELF", completed: false } }),
  ]);
  return { batch, enrolmentId: done!.id };
}

const tasksOf = (enrolmentId: string) => db.feedbackTask.findMany({ where: { enrolmentId } });

describe("feedback tasks", () => {
  it("are created on the due date, once, for the completed participant only", async () => {
    const { enrolmentId } = await completedBatch("2026-03-10");
    expect(await createDueFeedbackTasks(day("2026-06-09"))).toBe(0);
    expect(await createDueFeedbackTasks(day("2026-06-10"))).toBe(1);
    expect(await createDueFeedbackTasks(day("2026-06-11"))).toBe(0);
    const [task] = await tasksOf(enrolmentId);
    expect(task).toMatchObject({ employeeId: w.people.staff1.id, supervisorId: w.people.kabid.id, status: "OPEN", dueOn: day("2026-06-10") });
    expect(await db.feedbackTask.count({ where: { employeeId: w.people.staff2.id } })).toBe(0);
    const inbox = (await inboxOf(w.users.kabid.id)).filter((n) => n.title === "Umpan balik pasca-pelatihan diminta");
    expect(inbox).toHaveLength(1);
    expect(await db.auditLog.count({ where: { entity: "FeedbackTask", entityId: task!.id, action: "create" } })).toBe(1);
  });

  it("go to the supervisor at the time they are created, and follow the program's months", async () => {
    const { enrolmentId } = await completedBatch("2026-01-31", 1);
    await db.employee.update({ where: { id: w.people.staff1.id }, data: { supervisorId: w.people.head.id } });
    await createDueFeedbackTasks(day("2026-02-28"));
    expect((await tasksOf(enrolmentId))[0]).toMatchObject({ supervisorId: w.people.head.id, dueOn: day("2026-02-28") });
    // The SQL's month arithmetic is the pure rule's.
    expect((await tasksOf(enrolmentId))[0]!.dueOn).toEqual(feedbackDueOn(day("2026-01-31"), 1));
  });

  it("are created exactly once when the schedule runs concurrently", async () => {
    const { enrolmentId } = await completedBatch("2026-03-10");
    const results = await Promise.all(Array.from({ length: 5 }, () => createDueFeedbackTasks(day("2026-06-10")).catch(() => 0)));
    expect(results.reduce((a, b) => a + b, 0)).toBe(1);
    expect(await tasksOf(enrolmentId)).toHaveLength(1);
  });

  it("remind after 7 and 14 days, each once, in the inbox and the e-mail outbox", async () => {
    await db.employee.update({ where: { id: w.people.kabid.id }, data: { email: "kabid.x1@uji.go.id" } });
    const { enrolmentId } = await completedBatch("2026-03-10");
    await createDueFeedbackTasks(day("2026-06-10"));
    // Other tests' tasks share the database, so each step is read from this task.
    const sent = async (on: string) => {
      await sendFeedbackReminders(day(on));
      return (await tasksOf(enrolmentId))[0]!.remindersSent;
    };
    expect(await sent("2026-06-16")).toBe(0);
    expect(await sent("2026-06-17")).toBe(1);
    expect(await sent("2026-06-17")).toBe(1);
    expect(await sent("2026-06-24")).toBe(2);
    expect(await sent("2026-07-30")).toBe(2);
    const reminders = (await inboxOf(w.users.kabid.id)).filter((n) => n.title === "Pengingat umpan balik pasca-pelatihan");
    expect(reminders.map((r) => r.body.slice(0, 11))).toEqual(["Pengingat 1", "Pengingat 2"]);
    const mail = await db.emailOutbox.findMany({ where: { toAddress: "kabid.x1@uji.go.id" } });
    expect(mail).toHaveLength(2);
    // The console sender drains the outbox once.
    await runFeedbackSchedule(day("2026-07-30"));
    const delivered = await db.emailOutbox.findMany({ where: { toAddress: "kabid.x1@uji.go.id" } });
    expect(delivered.map((m) => [m.sentAt !== null, m.attempts])).toEqual([[true, 1], [true, 1]]);
    await runFeedbackSchedule(day("2026-07-30"));
    expect((await db.emailOutbox.findMany({ where: { toAddress: "kabid.x1@uji.go.id" } })).map((m) => m.attempts)).toEqual([1, 1]);
  });

  it("count reminders from the day the task was given, so a late first run does not remind at once", async () => {
    const { enrolmentId } = await completedBatch("2026-03-10");
    await createDueFeedbackTasks(day("2026-07-01")); // three weeks after it fell due
    await sendFeedbackReminders(day("2026-07-01"));
    expect((await tasksOf(enrolmentId))[0]).toMatchObject({ assignedOn: day("2026-07-01"), remindersSent: 0 });
    await sendFeedbackReminders(day("2026-07-08"));
    expect((await tasksOf(enrolmentId))[0]!.remindersSent).toBe(1);
  });

  it("through the job queue: a restarted worker runs the schedule again and adds nothing", async () => {
    const due = new Date(calendarToday().getTime() - DAY);
    const end = new Date(Date.UTC(due.getUTCFullYear(), due.getUTCMonth() - 3, due.getUTCDate()));
    const { enrolmentId } = await completedBatch(iso(end));
    const url = process.env.DATABASE_URL!;
    const waitForTask = async () => {
      for (let i = 0; i < 100 && !(await tasksOf(enrolmentId)).length; i++) await new Promise((r) => setTimeout(r, 200));
    };
    const first = await startJobs(url, () => {});
    await waitForTask();
    await first.stop();
    expect(await tasksOf(enrolmentId)).toHaveLength(1);
    // "Restart": a new worker on the same queue; its start-up run and a manual one find nothing new.
    const second = await startJobs(url, () => {});
    await second.boss.send("feedback-schedule", {});
    await new Promise((r) => setTimeout(r, 3000));
    await second.stop();
    expect(await tasksOf(enrolmentId)).toHaveLength(1);
    const jobs = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'feedback-schedule' AND state = 'completed'`;
    expect(jobs[0]!.n).toBeGreaterThanOrEqual(2);
  }, 60_000);
});

describe("giving feedback", () => {
  const answer = (taskId: string) => ({
    taskId, applied: "Menyusun laporan kinerja dengan format baru", examples: "Laporan triwulan III disusun tanpa revisi",
    rating: "4", behaviours: ["AKUNTABEL", "ADAPTIF"], obstacles: "", planAction: ["Berbagi materi ke rekan bidang", ""], planOwner: ["Staf Satu", ""], planDue: ["2026-09-30", ""],
  });

  it("only the supervisor assigned (or an admin) opens and submits it, once, with its follow-up plan", async () => {
    const { enrolmentId } = await completedBatch("2026-03-10");
    await createDueFeedbackTasks(day("2026-06-10"));
    const [task] = await tasksOf(enrolmentId);
    const other = await w.viewer(w.users.head); // a supervisor, but not this one's
    expect(await feedbackTaskFor(other, task!.id)).toBeNull();
    expect((await refusal(executeCommand(submitFeedback, other, answer(task!.id)))).code).toBe("NOT_FOUND");
    expect((await refusal(executeCommand(submitFeedback, await w.viewer(w.users.staff1), answer(task!.id)))).code).toBe("FORBIDDEN");
    expect((await refusal(executeCommand(submitFeedback, await w.viewer(w.users.adminB), answer(task!.id)))).code).toBe("NOT_FOUND");

    const kabid = await w.viewer(w.users.kabid);
    expect((await feedbackTaskFor(kabid, task!.id))?.role).toBe("supervisor");
    await executeCommand(submitFeedback, kabid, answer(task!.id));
    const saved = await db.feedbackTask.findUniqueOrThrow({ where: { id: task!.id }, include: { plans: true } });
    expect(saved).toMatchObject({ status: "SUBMITTED", rating: 4, behaviours: ["AKUNTABEL", "ADAPTIF"], submittedById: w.users.kabid.id });
    expect(saved.plans.map((p) => [p.action, p.owner])).toEqual([["Berbagi materi ke rekan bidang", "Staf Satu"]]);
    expect((await refusal(executeCommand(submitFeedback, kabid, answer(task!.id)))).message).toBe("feedback.errors.alreadySubmitted");
    expect(await db.auditLog.count({ where: { entity: "FeedbackTask", entityId: task!.id, action: "submit" } })).toBe(1);
  });

  it("the participant adds a self-assessment to their own task only", async () => {
    const { enrolmentId } = await completedBatch("2026-03-10");
    await createDueFeedbackTasks(day("2026-06-10"));
    const [task] = await tasksOf(enrolmentId);
    const staff1 = await w.viewer(w.users.staff1);
    expect((await feedbackTaskFor(staff1, task!.id))?.role).toBe("participant");
    await executeCommand(addSelfAssessment, staff1, { taskId: task!.id, selfAssessment: "Saya sudah menerapkan sebagian besar materi." });
    expect((await db.feedbackTask.findUniqueOrThrow({ where: { id: task!.id } })).selfAssessment).toContain("sebagian besar");
    const other = await w.viewer(w.users.operatorX);
    expect((await refusal(executeCommand(addSelfAssessment, other, { taskId: task!.id, selfAssessment: "Bukan tugas saya sama sekali." }))).code).toBe("NOT_FOUND");
  });
});

describe("the admin's view", () => {
  it("counts tasks per OPD, lists overdue and unassigned ones, and reassigns with fresh reminders", async () => {
    const { enrolmentId } = await completedBatch("2026-03-10");
    await createDueFeedbackTasks(day("2026-06-10"));
    const [task] = await tasksOf(enrolmentId);
    await db.feedbackTask.update({ where: { id: task!.id }, data: { assignedOn: day("2026-01-01"), remindersSent: 2 } });
    const admin = await w.viewer(w.users.admin);
    const overview = await feedbackOverview(admin);
    expect(overview.units).toEqual([{ opdId: w.units.dinasX.id, opdName: "Dinas X", open: 1, overdue: 1, unassigned: 0, submitted: 0 }]);
    expect(overview.attention.map((t) => t.id)).toEqual([task!.id]);
    expect(await feedbackOverview(await w.viewer(w.users.kabid))).toEqual({ units: [], attention: [] });

    const refused = await refusal(executeCommand(reassignFeedback, admin, { taskId: task!.id, supervisorNip: w.people.staff1.nip }));
    expect(refused.fieldErrors?.supervisorNip).toEqual(["feedback.errors.supervisorSelf"]);
    expect((await refusal(executeCommand(reassignFeedback, admin, { taskId: task!.id, supervisorNip: w.people.outsider.nip }))).fieldErrors?.supervisorNip).toEqual(["feedback.errors.supervisorUnknown"]);
    expect((await refusal(executeCommand(reassignFeedback, await w.viewer(w.users.kabid), { taskId: task!.id, supervisorNip: w.people.head.nip }))).code).toBe("FORBIDDEN");
    await executeCommand(reassignFeedback, admin, { taskId: task!.id, supervisorNip: w.people.head.nip });
    const moved = await db.feedbackTask.findUniqueOrThrow({ where: { id: task!.id } });
    expect(moved).toMatchObject({ supervisorId: w.people.head.id, remindersSent: 0 });
    expect(await feedbackTaskFor(await w.viewer(w.users.head), task!.id)).not.toBeNull();
    expect(await feedbackTaskFor(await w.viewer(w.users.kabid), task!.id)).toBeNull();
  });
});
