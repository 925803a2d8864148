import "server-only";
import type { Viewer } from "@/lib/auth/load-viewer";
import { db } from "@/lib/db";
import { policyFor } from "@/lib/policy/queries";
import { complianceOf, type ComplianceRow } from "./queries";

/** The viewer's confirmed training still to come in year Y, with the learning minutes it plans. */
export async function myUpcomingTraining(viewer: Viewer, year: number) {
  if (!viewer.employeeId) return [];
  const policy = await policyFor(viewer.agencyId, year);
  const enrolments = await db.enrolment.findMany({
    where: {
      agencyId: viewer.agencyId,
      employeeId: viewer.employeeId,
      status: "CONFIRMED",
      // The same batches as the "planned" minutes of lib/compliance/sql.ts, so the list explains the status.
      batch: {
        status: { in: ["OPEN", "CLOSED", "RUNNING"] },
        endDate: { gte: new Date(Date.UTC(year, 0, 1)), lte: new Date(Date.UTC(year, 11, 31)) },
        ...(policy.countedRouteCodes.length ? { program: { routeCode: { in: policy.countedRouteCodes } } } : {}),
      },
    },
    orderBy: { batch: { startDate: "asc" } },
    select: {
      batch: {
        select: {
          id: true, number: true, startDate: true, endDate: true,
          program: { select: { id: true, title: true } },
          sessions: { where: { cancelled: false, kind: { in: policy.jpSessionKinds } }, select: { plannedMinutes: true } },
        },
      },
    },
  });
  return enrolments.map(({ batch }) => ({
    batchId: batch.id,
    number: batch.number,
    startDate: batch.startDate,
    endDate: batch.endDate,
    programId: batch.program.id,
    title: batch.program.title,
    plannedMinutes: batch.sessions.reduce((sum, s) => sum + s.plannedMinutes, 0),
  }));
}

/** External training the viewer submitted that still waits for verification. */
export async function myPendingExternal(viewer: Viewer) {
  if (!viewer.employeeId) return { count: 0, minutes: 0 };
  const pending = await db.externalTraining.aggregate({
    where: { agencyId: viewer.agencyId, employeeId: viewer.employeeId, status: "SUBMITTED" },
    _count: true,
    _sum: { minutes: true },
  });
  return { count: pending._count, minutes: pending._sum.minutes ?? 0 };
}

/** The viewer's figures for each given year, newest first (years without service are left out). */
export async function myYears(viewer: Viewer, years: readonly number[]): Promise<(ComplianceRow & { year: number })[]> {
  if (!viewer.employeeId) return [];
  const rows = await Promise.all(years.map(async (year) => ({ year, row: await complianceOf(viewer, viewer.employeeId!, year) })));
  return rows.flatMap(({ year, row }) => (row ? [{ ...row, year }] : [])).sort((a, b) => b.year - a.year);
}
