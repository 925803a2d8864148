import "server-only";
import { defineCommand } from "@/lib/action";
import type { Viewer } from "@/lib/auth/load-viewer";
import { accessFor } from "@/lib/auth/permissions";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { attendanceSchema } from "@/lib/catalog/schemas";
import { wallClock } from "@/lib/time";
import { ledgerYear } from "@/lib/ledger/rules";
import { policyFor } from "@/lib/policy/queries";
import { hasStarted, isLearningSession } from "./rules";

/** Admins record any batch; a trainer only a batch in whose rundown they teach. */
export async function assertMayRecord(tx: Tx, viewer: Viewer, batchId: string) {
  const batch = await tx.batch.findFirst({ where: { id: batchId, agencyId: viewer.agencyId }, select: { id: true, status: true, endDate: true } });
  if (!batch) throw new AppError("NOT_FOUND", "common.notFound");
  if (accessFor(viewer.roles, "record:attendance").includes("any")) return batch;
  const teaches = viewer.employeeId
    ? await tx.sessionTrainer.count({ where: { session: { batchId }, trainer: { employeeId: viewer.employeeId } } })
    : 0;
  if (!teaches) throw new AppError("NOT_FOUND", "common.notFound");
  return batch;
}

export const recordAttendance = defineCommand({
  name: "attendance.record",
  permission: "record:attendance",
  schema: attendanceSchema,
  async run({ viewer, input, tx, audit }) {
    const batch = await assertMayRecord(tx, viewer, input.batchId);
    if (batch.status === "DONE" || batch.status === "CANCELLED") throw new AppError("CONFLICT", "catalog.batchFinished");
    // The same cell twice in one grid: the last mark wins (one row per cell in the upsert below).
    const marks = [...new Map(input.marks.map((m) => [`${m.sessionId}|${m.enrolmentId}`, m])).values()];
    const sessionIds = [...new Set(marks.map((m) => m.sessionId))];
    const enrolmentIds = [...new Set(marks.map((m) => m.enrolmentId))];
    const [sessions, enrolments] = await Promise.all([
      tx.rundownSession.findMany({ where: { id: { in: sessionIds }, batchId: batch.id, cancelled: false }, select: { id: true, date: true, startMinute: true, endMinute: true, kind: true } }),
      tx.enrolment.count({ where: { id: { in: enrolmentIds }, batchId: batch.id, status: "CONFIRMED" } }),
    ]);
    if (sessions.length !== sessionIds.length || enrolments !== enrolmentIds.length) throw new AppError("VALIDATION", "common.invalid", { marks: ["common.notFound"] });
    // Nobody can have attended a session that has not started yet (on the agency's wall clock).
    const now = wallClock();
    if (sessions.some((s) => !hasStarted(s, now))) throw new AppError("CONFLICT", "catalog.sessionNotStarted");
    // ISHOMA, the opening and other schedule-only sessions take no attendance: the grid has no column for them,
    // and a mark sent for one (a whole rundown from an import or an older page) is dropped, never stored.
    const policy = await policyFor(viewer.agencyId, ledgerYear(batch.endDate), tx);
    const learning = new Set(sessions.filter((s) => isLearningSession(s.kind, policy.jpSessionKinds)).map((s) => s.id));
    const kept = marks.filter((m) => learning.has(m.sessionId));
    // One statement for the whole grid: 40 participants × 20 sessions is one round trip.
    const rows = kept.map((m) => [m.sessionId, m.enrolmentId, m.status] as const);
    await tx.$executeRawUnsafe(
      `INSERT INTO "Attendance" ("agencyId", "sessionId", "enrolmentId", status, "recordedById", "recordedAt")
       SELECT $5::uuid, s::uuid, e::uuid, st::"AttendanceStatus", $4::uuid, now()
       FROM unnest($1::text[], $2::text[], $3::text[]) AS t(s, e, st)
       ON CONFLICT ("sessionId", "enrolmentId") DO UPDATE SET status = EXCLUDED.status, "recordedById" = EXCLUDED."recordedById", "recordedAt" = now()`,
      rows.map((r) => r[0]), rows.map((r) => r[1]), rows.map((r) => r[2]), viewer.userId, viewer.agencyId,
    );
    await audit({ action: "record", entity: "Attendance", entityId: batch.id, after: { marks: kept.length, scheduleOnlyDropped: marks.length - kept.length } });
    return { saved: kept.length };
  },
});
