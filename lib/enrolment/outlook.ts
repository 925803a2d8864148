import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import type { ViewerEligibility } from "@/lib/catalog/queries";
import { db } from "@/lib/db";
import type { EnrolmentStatus, PositionType } from "@/lib/generated/prisma/enums";
import { isInService } from "@/lib/people/rules";
import { calendarToday } from "@/lib/time";
import type { Clash } from "./clash";
import { firstClash, isActive, registrationOutlook, windowProblem, type QuotaFact, type RegistrationOutlook } from "./rules";

// What the program page tells an ASN before "Daftar", for each batch: the same judgeRegistration the
// registration command runs (rules.ts), on the same facts, read fresh (quota seats are never cached).

type OutlookBatch = {
  id: string; status: Parameters<typeof windowProblem>[0]["status"]; registrationOpensAt: Date; registrationClosesAt: Date;
  startDate: Date; endDate: Date; capacity: number; confirmedCount: number;
};
type OutlookProgram = { eligibleTypes: readonly PositionType[]; eligibleUnits: readonly { path: string }[]; batches: readonly OutlookBatch[] };

export type BatchOutlook = RegistrationOutlook & { clash: Clash | null };

/** Each batch's outlook for the viewer, by batch id; empty for a viewer who is not an employee. */
export async function registrationOutlooks(
  viewer: Viewer,
  me: ViewerEligibility | null,
  program: OutlookProgram,
  myStatus: ReadonlyMap<string, EnrolmentStatus>,
): Promise<Map<string, BatchOutlook>> {
  if (!viewer.employeeId || !me || !program.batches.length) return new Map();
  const batchIds = program.batches.map((b) => b.id);
  const [quotaRows, confirmed] = await Promise.all([
    db.batchQuota.findMany({
      where: { agencyId: viewer.agencyId, batchId: { in: batchIds } },
      select: { batchId: true, unitId: true, seats: true, confirmedCount: true, unit: { select: { path: true } } },
    }),
    // The viewer's confirmed seats (cancelled batches excepted), as confirmedElsewhereJson reads them for the command.
    db.enrolment.findMany({
      where: { agencyId: viewer.agencyId, employeeId: viewer.employeeId, status: "CONFIRMED", batch: { status: { not: "CANCELLED" } } },
      select: { batchId: true, batch: { select: { startDate: true, endDate: true, number: true, program: { select: { title: true } } } } },
    }),
  ]);
  const now = new Date();
  const candidate = { positionType: me.positionType, unitPath: me.unitPath, inService: isInService(me, calendarToday()) };
  const eligibility = { eligibleTypes: program.eligibleTypes, eligibleUnitPaths: program.eligibleUnits.map((u) => u.path) };
  return new Map(program.batches.map((batch) => {
    const quotas: QuotaFact[] = quotaRows
      .filter((q) => q.batchId === batch.id)
      .map((q) => ({ unitId: q.unitId, path: q.unit.path, seats: q.seats, confirmed: q.confirmedCount }));
    const clash = firstClash(batch, confirmed.filter((c) => c.batchId !== batch.id).map((c) => c.batch));
    const status = myStatus.get(batch.id);
    const outlook = registrationOutlook(
      {
        window: windowProblem(batch, now),
        candidate,
        program: eligibility,
        hasActiveRegistration: Boolean(status && isActive(status)),
        hasClash: Boolean(clash),
        quotas,
      },
      { capacity: batch.capacity, confirmed: batch.confirmedCount },
    );
    return [batch.id, { ...outlook, clash }];
  }));
}
