import "server-only";
import type { EnrolmentOrigin } from "@/lib/generated/prisma/enums";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { isInService } from "@/lib/people/rules";
import { calendarToday } from "@/lib/time";
import { clashRefusal, confirmedClash } from "./clash";
import { eligibilityProblem, isActive, quotaUnitFor, windowProblem, type RegistrationProblem } from "./rules";

const refuse = (problem: RegistrationProblem, values?: Record<string, string>) =>
  new AppError("CONFLICT", `enrolment.problem.${problem}`, undefined, values);

/**
 * Checks whether an employee may be registered for a batch and creates (or revives) the registration.
 * Each refusal names its reason: window, eligibility, duplicate, clash or quota.
 */
export async function createRegistration(
  tx: Tx,
  opts: { agencyId: string; batchId: string; employeeId: string; origin: EnrolmentOrigin; requestedById: string; skipWindow?: boolean },
) {
  const batch = await tx.batch.findFirst({
    where: { id: opts.batchId, agencyId: opts.agencyId },
    include: { program: { include: { eligibleUnits: { select: { unit: { select: { path: true } } } } } }, quotas: true },
  });
  if (!batch) throw new AppError("NOT_FOUND", "common.notFound");
  const employee = await tx.employee.findFirst({
    where: { id: opts.employeeId, agencyId: opts.agencyId },
    include: { unit: { select: { path: true } }, position: { select: { type: true } } },
  });
  if (!employee) throw new AppError("NOT_FOUND", "common.notFound");

  const window = opts.skipWindow ? (batch.status === "CANCELLED" || batch.status === "DONE" ? "notOpen" : null) : windowProblem(batch, new Date());
  if (window) throw refuse(window);

  const eligibility = eligibilityProblem(
    { positionType: employee.position.type, unitPath: employee.unit.path, inService: isInService(employee, calendarToday()) },
    { eligibleTypes: batch.program.eligibleTypes, eligibleUnitPaths: batch.program.eligibleUnits.map((e) => e.unit.path) },
  );
  if (eligibility) throw refuse(eligibility);

  const existing = await tx.enrolment.findUnique({ where: { batchId_employeeId: { batchId: batch.id, employeeId: employee.id } } });
  if (existing && isActive(existing.status)) throw refuse("duplicate");

  const clash = await confirmedClash(tx, employee.id, batch);
  if (clash) throw clashRefusal(clash);

  let quotaUnitId: string | null = null;
  if (batch.quotas.length) {
    const quotaUnits = await tx.orgUnit.findMany({ where: { id: { in: batch.quotas.map((q) => q.unitId) } }, select: { id: true, path: true } });
    quotaUnitId = quotaUnitFor(employee.unit.path, quotaUnits.map((u) => ({ unitId: u.id, path: u.path })));
    if (!quotaUnitId) throw refuse("quota");
  }

  const status = opts.origin === "ADMIN" ? "PENDING_AGENCY" : employee.supervisorId ? "PENDING_SUPERVISOR" : "PENDING_AGENCY";
  const data = {
    status,
    origin: opts.origin,
    quotaUnitId,
    requestedById: opts.requestedById,
    supervisorId: opts.origin === "ADMIN" ? null : employee.supervisorId,
    supervisorNote: null,
    supervisorDecidedAt: null,
    agencyDecidedById: null,
    agencyDecidedAt: null,
    queueSeq: null,
    withdrawnReason: null,
    rejectedReason: null,
    completed: null,
  } as const;
  const enrolment = existing
    ? await tx.enrolment.update({ where: { id: existing.id }, data })
    : await tx.enrolment.create({ data: { ...data, agencyId: opts.agencyId, batchId: batch.id, employeeId: employee.id } });
  return { enrolment, batch, employee, before: existing };
}
