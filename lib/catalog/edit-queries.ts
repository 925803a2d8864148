import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { hasPermission } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { isUuid } from "@/lib/uuid";
import { isBatchEditable } from "./edit-rules";

// What the "Ubah" forms start from: the saved program or batch, read inside the viewer's agency under
// manage:program, so another agency's id finds nothing.

function assertManager(viewer: Viewer) {
  if (!hasPermission(viewer.roles, "manage:program")) throw new AppError("FORBIDDEN", "common.forbidden");
}

export async function programForEdit(viewer: Viewer, programId: string) {
  assertManager(viewer);
  if (!isUuid(programId)) return null;
  return db.program.findFirst({
    where: { id: programId, agencyId: viewer.agencyId },
    select: {
      id: true, title: true, description: true, objectives: true, routeCode: true, organiser: true, isLeadership: true,
      feedbackMonths: true, tracksResults: true, eligibleTypes: true,
      eligibleUnits: { select: { unitId: true } },
      competencies: { select: { competencyId: true, targetLevel: true }, orderBy: { competency: { code: "asc" } } },
      budgetLines: { orderBy: [{ position: "asc" }, { id: "asc" }], select: { item: true, volume: true, unit: true, unitPrice: true, taxBasisPoints: true, fundSource: true } },
    },
  });
}

export type ProgramForEdit = NonNullable<Awaited<ReturnType<typeof programForEdit>>>;

export async function batchForEdit(viewer: Viewer, batchId: string) {
  assertManager(viewer);
  if (!isUuid(batchId)) return null;
  const batch = await db.batch.findFirst({
    where: { id: batchId, agencyId: viewer.agencyId },
    select: {
      id: true, number: true, status: true, startDate: true, endDate: true, venue: true, onlineUrl: true, capacity: true,
      confirmedCount: true, registrationOpensAt: true, registrationClosesAt: true,
      program: { select: { id: true, title: true } },
    },
  });
  if (!batch) return null;
  const attendanceCount = await db.attendance.count({ where: { agencyId: viewer.agencyId, session: { batchId: batch.id } } });
  return { ...batch, attendanceCount, editable: isBatchEditable(batch.status) };
}

export type BatchForEdit = NonNullable<Awaited<ReturnType<typeof batchForEdit>>>;
