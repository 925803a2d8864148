import "server-only";
import { defineCommand } from "@/lib/action";
import { hasPermission } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { planDoneSchema } from "./schemas";

// A follow-up plan (rencana tindak lanjut) of a submitted level-3 feedback is marked done, or not done again,
// by the supervisor the task is assigned to, the participant it is about, or an admin of the agency
// (manage:feedback). Anyone else finds nothing.

const NO_EMPLOYEE = "00000000-0000-0000-0000-000000000000";

export const setFollowUpPlanDone = defineCommand({
  name: "feedback.planDone",
  // Every signed-in ASN, supervisor and admin holds it; who may is decided per task below.
  permission: "read:compliance",
  schema: planDoneSchema,
  revalidate: ["/tim/umpan-balik"],
  successMessage: (m, r: { done: boolean }) => (r.done ? m.feedback.planMarkedDone : m.feedback.planMarkedOpen),
  async run({ viewer, input, tx, audit }) {
    const admin = hasPermission(viewer.roles, "manage:feedback");
    const me = viewer.employeeId ?? NO_EMPLOYEE;
    const plan = await tx.followUpPlan.findFirst({
      where: {
        id: input.planId,
        task: { agencyId: viewer.agencyId, ...(admin ? {} : { OR: [{ supervisorId: me }, { employeeId: me }] }) },
      },
      select: { id: true, doneAt: true, task: { select: { id: true, status: true } } },
    });
    if (!plan) throw new AppError("NOT_FOUND", "common.notFound");
    if (plan.task.status !== "SUBMITTED") throw new AppError("CONFLICT", "feedback.errors.notSubmitted");
    // Marking a done plan done again keeps its first date.
    const doneAt = input.done ? (plan.doneAt ?? new Date()) : null;
    await tx.followUpPlan.update({ where: { id: plan.id }, data: { doneAt } });
    await audit({
      action: input.done ? "plan.done" : "plan.reopen", entity: "FollowUpPlan", entityId: plan.id,
      before: { taskId: plan.task.id, doneAt: plan.doneAt?.toISOString() ?? null }, after: { taskId: plan.task.id, doneAt: doneAt?.toISOString() ?? null },
    });
    return { taskId: plan.task.id, done: input.done };
  },
});
