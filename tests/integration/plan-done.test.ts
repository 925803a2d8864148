// Follow-up plans of level-3 feedback are marked done (or not done again) by the task's supervisor, its
// participant or an agency admin; anyone else finds nothing. Only on submitted tasks; every change is audited.
import { beforeEach, describe, expect, it } from "vitest";
import { executeCommand } from "@/lib/action";
import { db } from "@/lib/db";
import { submitFeedback } from "@/lib/feedback/commands";
import { setFollowUpPlanDone } from "@/lib/feedback/plan-commands";
import { buildWorld, refusal, type World } from "./world";

let w: World;
let taskId: string;

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** An open level-3 task about staff1, assigned to kabid, for a batch that ended on 10 March 2026. */
beforeEach(async () => {
  w = await buildWorld();
  const agencyId = w.agencyA.id;
  const program = await db.program.create({ data: { agencyId, title: "Bimtek Tata Kelola Arsip", description: "", objectives: "", routeCode: "KL10", organiser: "BKPP" } });
  const batch = await db.batch.create({
    data: { agencyId, programId: program.id, number: 1, startDate: day("2026-03-10"), endDate: day("2026-03-10"), capacity: 10, confirmedCount: 1, registrationOpensAt: day("2026-01-01"), registrationClosesAt: day("2026-01-02"), status: "DONE", doneAt: new Date() },
  });
  const enrolment = await db.enrolment.create({ data: { agencyId, batchId: batch.id, employeeId: w.people.staff1.id, status: "CONFIRMED", origin: "SELF", completed: true } });
  const task = await db.feedbackTask.create({
    data: { agencyId, enrolmentId: enrolment.id, employeeId: w.people.staff1.id, supervisorId: w.people.kabid.id, dueOn: day("2026-06-10"), assignedOn: day("2026-06-10"), behaviours: [] },
  });
  taskId = task.id;
});

async function submitted() {
  await executeCommand(submitFeedback, await w.viewer(w.users.kabid), {
    taskId, applied: "Menyusun laporan kinerja dengan format baru", examples: "Laporan triwulan III disusun tanpa revisi",
    rating: "4", behaviours: [], obstacles: "", planAction: ["Berbagi materi ke rekan bidang"], planOwner: ["Staf Satu"], planDue: ["2026-09-30"],
  });
  return (await db.followUpPlan.findFirstOrThrow({ where: { taskId } })).id;
}
const doneAt = async (planId: string) => (await db.followUpPlan.findUniqueOrThrow({ where: { id: planId } })).doneAt;

describe("marking a follow-up plan done", () => {
  it("is open to the supervisor, the participant and an admin, back and forth, each change audited", async () => {
    const planId = await submitted();
    expect(await executeCommand(setFollowUpPlanDone, await w.viewer(w.users.kabid), { planId, done: "true" })).toEqual({ taskId, done: true });
    const first = await doneAt(planId);
    expect(first).toBeInstanceOf(Date);
    // Done again keeps its first date.
    await executeCommand(setFollowUpPlanDone, await w.viewer(w.users.admin), { planId, done: true });
    expect(await doneAt(planId)).toEqual(first);
    await executeCommand(setFollowUpPlanDone, await w.viewer(w.users.staff1), { planId, done: "false" });
    expect(await doneAt(planId)).toBeNull();

    const audits = await db.auditLog.findMany({ where: { entity: "FollowUpPlan", entityId: planId }, orderBy: { createdAt: "asc" }, select: { action: true, actorUserId: true } });
    expect(audits).toEqual([
      { action: "plan.done", actorUserId: w.users.kabid.id },
      { action: "plan.done", actorUserId: w.users.admin.id },
      { action: "plan.reopen", actorUserId: w.users.staff1.id },
    ]);
  });

  it("is not found for another supervisor, an operator, another agency's admin, or an unknown plan", async () => {
    const planId = await submitted();
    for (const user of [w.users.head, w.users.operatorX, w.users.operatorY, w.users.adminB]) {
      const error = await refusal(executeCommand(setFollowUpPlanDone, await w.viewer(user), { planId, done: true }));
      expect(error.code, user.id).toBe("NOT_FOUND");
    }
    expect((await refusal(executeCommand(setFollowUpPlanDone, await w.viewer(w.users.admin), { planId: "00000000-0000-4000-8000-000000000000", done: true }))).code).toBe("NOT_FOUND");
    expect(await doneAt(planId)).toBeNull();
    expect(await db.auditLog.count({ where: { entity: "FollowUpPlan", entityId: planId } })).toBe(0);
  });

  it("is refused while the task is not submitted", async () => {
    // A plan on an open task can only come from old data; the rule still holds.
    const plan = await db.followUpPlan.create({ data: { agencyId: w.agencyA.id, taskId, action: "Berbagi materi", owner: "Staf Satu", dueDate: day("2026-09-30") } });
    const error = await refusal(executeCommand(setFollowUpPlanDone, await w.viewer(w.users.kabid), { planId: plan.id, done: true }));
    expect(error.message).toBe("feedback.errors.notSubmitted");
    expect(await doneAt(plan.id)).toBeNull();
  });
});
