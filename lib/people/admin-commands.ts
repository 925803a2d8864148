import "server-only";
// An admin's or operator's changes to an employee (issue 13): create, edit, move (dated, kept in
// EmployeeAssignment), end of service and its undoing. Every command checks its reach in lib/people/reach.ts.
import { defineCommand } from "@/lib/action";
import type { Viewer } from "@/lib/auth/load-viewer";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { calendarToday } from "@/lib/time";
import {
  createEmployeeSchema, endServiceSchema, moveEmployeeSchema, orNull, reinstateSchema, updateEmployeeSchema,
} from "./admin-schemas";
import { lockManagedEmployee, unitInReach } from "./reach";
import { checkMove, checkServiceEnd, checkSupervisorChange, dayBefore, fullName, isInService, isUnitClosedOn } from "./rules";

const F = "people.form";
const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
const invalid = (field: string, key: string, values?: Record<string, string>) => new AppError("VALIDATION", "common.invalid", { [field]: [key] }, values);
const NIP_TAKEN = { field: "nip", message: `${F}.nipTaken` };

/** The unit (in reach, else NOT_FOUND) and one of its own positions (else a field error): where a person works. */
async function placement(tx: Tx, viewer: Viewer, unitId: string, positionId: string) {
  const unit = await unitInReach(viewer, unitId, tx);
  if (!unit) throw new AppError("NOT_FOUND", "common.notFound", { unitId: [`${F}.unitNotFound`] });
  const position = await tx.position.findFirst({ where: { id: positionId, agencyId: viewer.agencyId, unitId: unit.id }, select: { id: true, name: true } });
  if (!position) throw invalid("positionId", `${F}.positionNotInUnit`, { unit: unit.name });
  return { unit, position };
}

/** The person's fields as the audit log keeps them. */
function snapshot(e: {
  nip: string; name: string; frontTitle: string | null; backTitle: string | null; kind: string; gender: string; birthDate: Date;
  rank: string; serviceStartDate: Date;
}) {
  return {
    nip: e.nip, name: e.name, frontTitle: e.frontTitle, backTitle: e.backTitle, kind: e.kind, gender: e.gender,
    birthDate: iso(e.birthDate), rank: e.rank, serviceStartDate: iso(e.serviceStartDate),
  };
}

export const createEmployee = defineCommand({
  name: "employee.create",
  permission: "manage:employee",
  schema: createEmployeeSchema,
  successMessage: (m) => m.people.form.created,
  uniqueViolation: NIP_TAKEN,
  revalidate: ["/admin/pegawai"],
  async run({ viewer, input, tx, audit }) {
    const { unit, position } = await placement(tx, viewer, input.unitId, input.positionId);
    if (isUnitClosedOn(unit, input.serviceStartDate)) throw invalid("unitId", `${F}.unitClosed`);
    if (await tx.employee.findUnique({ where: { nip: input.nip }, select: { id: true } })) throw invalid("nip", NIP_TAKEN.message);

    let supervisorId: string | null = null;
    if (input.supervisorNip) {
      const candidate = await tx.employee.findFirst({ where: { nip: input.supervisorNip, agencyId: viewer.agencyId }, select: { id: true, agencyId: true, serviceEndDate: true, name: true, frontTitle: true, backTitle: true } });
      if (!candidate) throw invalid("supervisorNip", "supervisorChange.notFound");
      const problem = checkSupervisorChange({ id: "", agencyId: viewer.agencyId }, { id: candidate.id, agencyId: candidate.agencyId, inService: isInService(candidate, calendarToday()) }, []);
      if (problem) throw invalid("supervisorNip", `supervisorChange.${problem}`, { name: fullName(candidate) });
      supervisorId = candidate.id;
    }

    const employee = await tx.employee.create({
      data: {
        agencyId: viewer.agencyId, nip: input.nip, name: input.name, frontTitle: orNull(input.frontTitle), backTitle: orNull(input.backTitle),
        kind: input.kind, gender: input.gender, birthDate: input.birthDate, rank: input.rank, unitId: unit.id, positionId: position.id,
        supervisorId, serviceStartDate: input.serviceStartDate,
      },
    });
    // The database's trigger wrote the first assignment; it was this viewer's doing.
    await tx.employeeAssignment.updateMany({ where: { employeeId: employee.id }, data: { createdById: viewer.userId } });
    await audit({
      action: "create", entity: "Employee", entityId: employee.id,
      after: { ...snapshot(employee), unitId: unit.id, unit: unit.name, positionId: position.id, position: position.name, supervisorId },
    });
    return { id: employee.id };
  },
});

export const updateEmployee = defineCommand({
  name: "employee.update",
  permission: "manage:employee",
  schema: updateEmployeeSchema,
  uniqueViolation: NIP_TAKEN,
  async run({ viewer, input, tx, audit }) {
    const before = await lockManagedEmployee(tx, viewer, input.employeeId);
    if (input.nip !== before.nip && (await tx.employee.findUnique({ where: { nip: input.nip }, select: { id: true } }))) throw invalid("nip", NIP_TAKEN.message);
    if (before.serviceEndDate && input.serviceStartDate.getTime() > before.serviceEndDate.getTime()) throw invalid("serviceStartDate", `${F}.serviceStartAfterEnd`);

    // The first assignment starts when service starts: it moves with it, but never past its own end (a later move).
    if (input.serviceStartDate.getTime() !== before.serviceStartDate.getTime()) {
      const first = await tx.employeeAssignment.findFirst({ where: { employeeId: before.id }, orderBy: [{ startDate: "asc" }, { createdAt: "asc" }] });
      if (first?.endDate && input.serviceStartDate.getTime() > first.endDate.getTime()) throw invalid("serviceStartDate", `${F}.serviceStartAfterMove`);
      if (first) await tx.employeeAssignment.update({ where: { id: first.id }, data: { startDate: input.serviceStartDate } });
    }
    const after = await tx.employee.update({
      where: { id: before.id },
      data: {
        nip: input.nip, name: input.name, frontTitle: orNull(input.frontTitle), backTitle: orNull(input.backTitle), kind: input.kind,
        gender: input.gender, birthDate: input.birthDate, rank: input.rank, serviceStartDate: input.serviceStartDate,
      },
    });
    const [was, now] = [snapshot(before), snapshot(after)];
    const changed = (Object.keys(now) as (keyof typeof now)[]).filter((k) => was[k] !== now[k]);
    await audit({
      action: "update", entity: "Employee", entityId: before.id,
      before: Object.fromEntries(changed.map((k) => [k, was[k]])), after: Object.fromEntries(changed.map((k) => [k, now[k]])),
    });
    return { changed };
  },
});

export const moveEmployee = defineCommand({
  name: "employee.move",
  permission: "manage:employee",
  schema: moveEmployeeSchema,
  successMessage: (m) => m.people.move.done,
  async run({ viewer, input, tx, audit }) {
    const employee = await lockManagedEmployee(tx, viewer, input.employeeId);
    const open = await tx.employeeAssignment.findFirst({
      where: { employeeId: employee.id, endDate: null },
      include: { unit: { select: { name: true } }, position: { select: { name: true } } },
    });
    if (!open) throw new AppError("CONFLICT", "people.move.noOpenAssignment");
    const { unit, position } = await placement(tx, viewer, input.unitId, input.positionId);
    if (input.startDate.getTime() > calendarToday().getTime()) throw invalid("startDate", "people.move.inFuture");
    const problem = checkMove(open, { unitId: unit.id, positionId: position.id, unitClosedOn: unit.closedOn }, input.startDate, employee);
    if (problem === "unitClosed") throw invalid("unitId", "people.move.unitClosed");
    if (problem === "unchanged") throw invalid("positionId", "people.move.unchanged");
    if (problem) throw invalid("startDate", `people.move.${problem}`, { since: iso(open.startDate)! });

    await tx.employeeAssignment.update({ where: { id: open.id }, data: { endDate: dayBefore(input.startDate) } });
    const row = await tx.employeeAssignment.create({
      data: {
        agencyId: viewer.agencyId, employeeId: employee.id, unitId: unit.id, positionId: position.id, startDate: input.startDate,
        source: "MANUAL", createdById: viewer.userId,
      },
    });
    await tx.employee.update({ where: { id: employee.id }, data: { unitId: unit.id, positionId: position.id } });
    await audit({
      action: "move", entity: "Employee", entityId: employee.id,
      before: { unitId: open.unitId, unit: open.unit.name, positionId: open.positionId, position: open.position.name, since: iso(open.startDate) },
      after: { unitId: unit.id, unit: unit.name, positionId: position.id, position: position.name, since: iso(input.startDate) },
    });
    return { assignmentId: row.id };
  },
});

export const endService = defineCommand({
  name: "employee.endService",
  permission: "manage:employee",
  schema: endServiceSchema,
  successMessage: (m) => m.people.endService.done,
  async run({ viewer, input, tx, audit }) {
    const employee = await lockManagedEmployee(tx, viewer, input.employeeId);
    const problem = checkServiceEnd(employee, input.endDate);
    if (problem === "alreadyEnded") throw new AppError("CONFLICT", "people.endService.alreadyEnded");
    if (problem) throw invalid("endDate", `people.endService.${problem}`);
    await tx.employee.update({ where: { id: employee.id }, data: { serviceEndDate: input.endDate, serviceEndReason: input.reason } });
    await audit({
      action: "endService", entity: "Employee", entityId: employee.id,
      before: { serviceEndDate: null, serviceEndReason: null }, after: { serviceEndDate: iso(input.endDate), serviceEndReason: input.reason },
    });
    return { employeeId: employee.id };
  },
});

/** "Batalkan akhir masa kerja": an ended service was recorded by mistake. ADMIN only. */
export const reinstateEmployee = defineCommand({
  name: "employee.reinstate",
  permission: "reinstate:employee",
  schema: reinstateSchema,
  successMessage: (m) => m.people.endService.reinstated,
  async run({ viewer, input, tx, audit }) {
    const employee = await lockManagedEmployee(tx, viewer, input.employeeId);
    if (!employee.serviceEndDate) throw new AppError("CONFLICT", "people.endService.notEnded");
    await tx.employee.update({ where: { id: employee.id }, data: { serviceEndDate: null, serviceEndReason: null } });
    await audit({
      action: "reinstate", entity: "Employee", entityId: employee.id,
      before: { serviceEndDate: iso(employee.serviceEndDate), serviceEndReason: employee.serviceEndReason }, after: { serviceEndDate: null, serviceEndReason: null },
    });
    return { employeeId: employee.id };
  },
});
