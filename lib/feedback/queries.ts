import "server-only";
import type { Viewer } from "@/lib/auth/load-viewer";
import { accessFor } from "@/lib/auth/permissions";
import { isUuid } from "@/lib/uuid";
import { db } from "@/lib/db";

const taskSelect = {
  id: true, status: true, dueOn: true, remindersSent: true, submittedAt: true, employeeId: true, supervisorId: true,
  applied: true, examples: true, rating: true, behaviours: true, obstacles: true, selfAssessment: true,
  plans: { select: { id: true, action: true, owner: true, dueDate: true, doneAt: true }, orderBy: { dueDate: "asc" as const } },
  enrolment: {
    select: {
      employee: { select: { name: true, nip: true, frontTitle: true, backTitle: true } },
      batch: { select: { number: true, startDate: true, endDate: true, program: { select: { id: true, title: true } } } },
    },
  },
} as const;

/** Tasks assigned to the viewer as supervisor (open first, oldest due first), and tasks about the viewer. */
export async function myFeedbackTasks(viewer: Viewer) {
  if (!viewer.employeeId) return { toGive: [], aboutMe: [] };
  const [toGive, aboutMe] = await Promise.all([
    db.feedbackTask.findMany({ where: { agencyId: viewer.agencyId, supervisorId: viewer.employeeId }, orderBy: [{ status: "asc" }, { dueOn: "asc" }], select: taskSelect, take: 200 }),
    db.feedbackTask.findMany({ where: { agencyId: viewer.agencyId, employeeId: viewer.employeeId }, orderBy: { dueOn: "desc" }, select: taskSelect, take: 50 }),
  ]);
  return { toGive, aboutMe };
}

/** One task, for its supervisor, its participant or an admin; null for anyone else. */
export async function feedbackTaskFor(viewer: Viewer, id: string) {
  if (!isUuid(id)) return null;
  const task = await db.feedbackTask.findFirst({ where: { id, agencyId: viewer.agencyId }, select: taskSelect });
  if (!task) return null;
  const admin = accessFor(viewer.roles, "give:feedback").includes("any");
  const role = task.supervisorId && task.supervisorId === viewer.employeeId ? "supervisor" : task.employeeId === viewer.employeeId ? "participant" : admin ? "admin" : null;
  return role ? { ...task, role } : null;
}

export type FeedbackTaskView = NonNullable<Awaited<ReturnType<typeof feedbackTaskFor>>>;
