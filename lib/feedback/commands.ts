import "server-only";
import { defineCommand } from "@/lib/action";
import type { Viewer } from "@/lib/auth/load-viewer";
import { accessFor } from "@/lib/auth/permissions";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { notifyEmployees } from "@/lib/notification/notify";
import { calendarToday } from "@/lib/time";
import { taskNoticeParams } from "./notice";
import { feedbackSchema, reassignSchema, selfAssessmentSchema } from "./schemas";

/** The open task, if the viewer is the supervisor it is assigned to, or an admin of the agency. */
async function assignedTask(tx: Tx, viewer: Viewer, taskId: string) {
  const any = accessFor(viewer.roles, "give:feedback").includes("any");
  const task = await tx.feedbackTask.findFirst({
    where: { id: taskId, agencyId: viewer.agencyId, ...(any ? {} : { supervisorId: viewer.employeeId ?? "00000000-0000-0000-0000-000000000000" }) },
  });
  if (!task) throw new AppError("NOT_FOUND", "common.notFound");
  return task;
}

/** The supervisor's level-3 feedback with its follow-up plan. Once submitted it is final. */
export const submitFeedback = defineCommand({
  name: "feedback.submit",
  permission: "give:feedback",
  schema: feedbackSchema,
  revalidate: ["/tim/umpan-balik"],
  successMessage: (m) => m.feedback.submitted,
  async run({ viewer, input, tx, audit }) {
    const task = await assignedTask(tx, viewer, input.taskId);
    const { count } = await tx.feedbackTask.updateMany({
      where: { id: task.id, status: "OPEN" },
      data: {
        status: "SUBMITTED", submittedAt: new Date(), submittedById: viewer.userId,
        applied: input.applied, examples: input.examples, rating: input.rating, behaviours: input.behaviours, obstacles: input.obstacles || null,
      },
    });
    if (count !== 1) throw new AppError("CONFLICT", "feedback.errors.alreadySubmitted");
    await tx.followUpPlan.createMany({ data: input.plans.map((p) => ({ agencyId: viewer.agencyId, taskId: task.id, action: p.action, owner: p.owner, dueDate: new Date(`${p.dueDate}T00:00:00Z`) })) });
    await audit({ action: "submit", entity: "FeedbackTask", entityId: task.id, after: { rating: input.rating, behaviours: input.behaviours, plans: input.plans.length } });
    await notifyEmployees(tx, viewer.agencyId, [task.employeeId], {
      kind: "feedbackGiven", params: await taskNoticeParams(tx, task.enrolmentId), link: `/tim/umpan-balik/${task.id}`,
    });
    return { taskId: task.id };
  },
});

/** The participant adds a self-assessment to their own task (open or submitted). */
export const addSelfAssessment = defineCommand({
  name: "feedback.selfAssessment",
  permission: "read:compliance",
  schema: selfAssessmentSchema,
  revalidate: ["/tim/umpan-balik"],
  successMessage: (m) => m.feedback.selfSaved,
  async run({ viewer, input, tx, audit }) {
    if (!viewer.employeeId) throw new AppError("NOT_FOUND", "common.notFound");
    const task = await tx.feedbackTask.findFirst({ where: { id: input.taskId, agencyId: viewer.agencyId, employeeId: viewer.employeeId } });
    if (!task) throw new AppError("NOT_FOUND", "common.notFound");
    await tx.feedbackTask.update({ where: { id: task.id }, data: { selfAssessment: input.selfAssessment } });
    await audit({ action: "self-assess", entity: "FeedbackTask", entityId: task.id, before: { selfAssessment: task.selfAssessment }, after: { selfAssessment: input.selfAssessment } });
    return { taskId: task.id };
  },
});

/**
 * An admin gives an open task to another supervisor (the participant's supervisor changed, or there was none).
 * Reminders start again from today.
 */
export const reassignFeedback = defineCommand({
  name: "feedback.reassign",
  permission: "manage:feedback",
  schema: reassignSchema,
  revalidate: ["/admin/umpan-balik", "/tim/umpan-balik"],
  successMessage: (m) => m.feedback.reassigned,
  async run({ viewer, input, tx, audit }) {
    const task = await tx.feedbackTask.findFirst({ where: { id: input.taskId, agencyId: viewer.agencyId } });
    if (!task) throw new AppError("NOT_FOUND", "common.notFound");
    if (task.status !== "OPEN") throw new AppError("CONFLICT", "feedback.errors.alreadySubmitted");
    const supervisor = await tx.employee.findFirst({ where: { agencyId: viewer.agencyId, nip: input.supervisorNip }, select: { id: true } });
    if (!supervisor) throw new AppError("VALIDATION", "common.invalid", { supervisorNip: ["feedback.errors.supervisorUnknown"] });
    if (supervisor.id === task.employeeId) throw new AppError("VALIDATION", "common.invalid", { supervisorNip: ["feedback.errors.supervisorSelf"] });
    await tx.feedbackTask.update({ where: { id: task.id }, data: { supervisorId: supervisor.id, assignedOn: calendarToday(), remindersSent: 0, lastRemindedAt: null } });
    await audit({ action: "reassign", entity: "FeedbackTask", entityId: task.id, before: { supervisorId: task.supervisorId }, after: { supervisorId: supervisor.id } });
    await notifyEmployees(tx, viewer.agencyId, [supervisor.id], {
      kind: "feedbackReassigned", params: await taskNoticeParams(tx, task.enrolmentId), link: `/tim/umpan-balik/${task.id}`,
    });
    return { taskId: task.id };
  },
});
