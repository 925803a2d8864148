import "server-only";
import type { Viewer } from "@/lib/auth/load-viewer";
import { hasPermission } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { calendarToday } from "@/lib/time";
import { ANSWER_WITHIN_DAYS as OVERDUE_AFTER_DAYS } from "./rules";

export type FeedbackUnitRow = { opdId: string; opdName: string; open: number; overdue: number; unassigned: number; submitted: number };
export type OverdueTask = {
  id: string; employeeName: string; nip: string; supervisorName: string | null; programTitle: string; assignedOn: Date; opdName: string;
};

/** Level-3 tasks per OPD of the participant, and the open tasks that need an admin (overdue or unassigned). */
export async function feedbackOverview(viewer: Viewer): Promise<{ units: FeedbackUnitRow[]; attention: OverdueTask[] }> {
  if (!hasPermission(viewer.roles, "manage:feedback")) return { units: [], attention: [] };
  const today = calendarToday();
  const units = await db.$queryRaw<FeedbackUnitRow[]>`
    SELECT o.id::text AS "opdId", o.name AS "opdName",
           count(*) FILTER (WHERE t.status = 'OPEN')::int AS open,
           count(*) FILTER (WHERE t.status = 'OPEN' AND t."assignedOn" + ${OVERDUE_AFTER_DAYS}::int < ${today}::date)::int AS overdue,
           count(*) FILTER (WHERE t.status = 'OPEN' AND t."supervisorId" IS NULL)::int AS unassigned,
           count(*) FILTER (WHERE t.status = 'SUBMITTED')::int AS submitted
    FROM "FeedbackTask" t
    JOIN "Employee" e ON e.id = t."employeeId"
    JOIN "OrgUnit" u ON u.id = e."unitId"
    JOIN "OrgUnit" o ON o.id::text = split_part(u.path, '/', 2)
    WHERE t."agencyId" = ${viewer.agencyId}::uuid
    GROUP BY o.id, o.name ORDER BY overdue DESC, o.name`;
  const attention = await db.$queryRaw<OverdueTask[]>`
    SELECT t.id::text, e.name AS "employeeName", e.nip, s.name AS "supervisorName", p.title AS "programTitle", t."assignedOn", o.name AS "opdName"
    FROM "FeedbackTask" t
    JOIN "Employee" e ON e.id = t."employeeId"
    LEFT JOIN "Employee" s ON s.id = t."supervisorId"
    JOIN "Enrolment" en ON en.id = t."enrolmentId" JOIN "Batch" b ON b.id = en."batchId" JOIN "Program" p ON p.id = b."programId"
    JOIN "OrgUnit" u ON u.id = e."unitId"
    JOIN "OrgUnit" o ON o.id::text = split_part(u.path, '/', 2)
    WHERE t."agencyId" = ${viewer.agencyId}::uuid AND t.status = 'OPEN'
      AND (t."supervisorId" IS NULL OR t."assignedOn" + ${OVERDUE_AFTER_DAYS}::int < ${today}::date)
    ORDER BY t."supervisorId" IS NULL DESC, t."assignedOn", e.name
    LIMIT 200`;
  return { units, attention };
}
