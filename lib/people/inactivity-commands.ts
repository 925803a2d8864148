import "server-only";
// Periods when an ASN is out of active service (long leave, study assignment, other), recorded on the employee
// page. Pro-rating reads them live: lib/compliance/sql.ts counts the months whose 15th falls inside one, on every
// request (compliance figures are never cached, see lib/cache), so the person's JP target changes as soon as
// the transaction commits. Periods of one person never overlap: checked under the employee's row lock.
import { defineCommand } from "@/lib/action";
import type { Viewer } from "@/lib/auth/load-viewer";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { formatDate } from "@/lib/i18n/format";
import { createInactivitySchema, deleteInactivitySchema, orNull, updateInactivitySchema } from "./admin-schemas";
import { lockManagedEmployee, manageScope } from "./reach";
import { checkInactivityPeriod, type Period } from "./rules";

const iso = (d: Date) => d.toISOString().slice(0, 10);
const view = (p: { kind: string; startDate: Date; endDate: Date; note: string | null }) => ({
  kind: p.kind, startDate: iso(p.startDate), endDate: iso(p.endDate), note: p.note,
});

/** Refuses a period that ends before it starts or shares a day with another of the person's periods. */
async function checkAgainstOthers(tx: Tx, employeeId: string, candidate: Period) {
  const others = await tx.inactivityPeriod.findMany({ where: { employeeId }, select: { id: true, startDate: true, endDate: true } });
  const problem = checkInactivityPeriod(candidate, others);
  if (!problem) return;
  if (problem.error === "endBeforeStart") throw new AppError("VALIDATION", "common.invalid", { endDate: ["people.form.periodEndBeforeStart"] });
  const clash = problem.clash!;
  throw new AppError("VALIDATION", "common.invalid", { startDate: ["people.inactivity.overlap"] }, {
    start: formatDate(clash.startDate, "id"), end: formatDate(clash.endDate, "id"),
  });
}

/** A period whose person the viewer may manage, with that person's row locked; NOT_FOUND otherwise. */
async function lockManagedPeriod(tx: Tx, viewer: Viewer, periodId: string) {
  const scope = await manageScope(viewer, tx);
  const found = await tx.inactivityPeriod.findFirst({ where: { id: periodId, agencyId: viewer.agencyId, employee: scope }, select: { employeeId: true } });
  if (!found) throw new AppError("NOT_FOUND", "common.notFound");
  await lockManagedEmployee(tx, viewer, found.employeeId);
  return tx.inactivityPeriod.findUniqueOrThrow({ where: { id: periodId } });
}

export const createInactivity = defineCommand({
  name: "inactivity.create",
  permission: "manage:employee",
  schema: createInactivitySchema,
  successMessage: (m) => m.people.inactivity.created,
  async run({ viewer, input, tx, audit }) {
    const employee = await lockManagedEmployee(tx, viewer, input.employeeId);
    await checkAgainstOthers(tx, employee.id, input);
    const period = await tx.inactivityPeriod.create({
      data: { agencyId: viewer.agencyId, employeeId: employee.id, kind: input.kind, startDate: input.startDate, endDate: input.endDate, note: orNull(input.note) },
    });
    await audit({ action: "create", entity: "InactivityPeriod", entityId: period.id, after: { employeeId: employee.id, ...view(period) } });
    return { id: period.id };
  },
});

export const updateInactivity = defineCommand({
  name: "inactivity.update",
  permission: "manage:employee",
  schema: updateInactivitySchema,
  successMessage: (m) => m.people.inactivity.updated,
  async run({ viewer, input, tx, audit }) {
    const before = await lockManagedPeriod(tx, viewer, input.periodId);
    await checkAgainstOthers(tx, before.employeeId, { id: before.id, startDate: input.startDate, endDate: input.endDate });
    const after = await tx.inactivityPeriod.update({
      where: { id: before.id },
      data: { kind: input.kind, startDate: input.startDate, endDate: input.endDate, note: orNull(input.note) },
    });
    await audit({ action: "update", entity: "InactivityPeriod", entityId: before.id, before: { employeeId: before.employeeId, ...view(before) }, after: { employeeId: after.employeeId, ...view(after) } });
    return { id: after.id };
  },
});

export const deleteInactivity = defineCommand({
  name: "inactivity.delete",
  permission: "manage:employee",
  schema: deleteInactivitySchema,
  successMessage: (m) => m.people.inactivity.deleted,
  async run({ viewer, input, tx, audit }) {
    const before = await lockManagedPeriod(tx, viewer, input.periodId);
    await tx.inactivityPeriod.delete({ where: { id: before.id } });
    await audit({ action: "delete", entity: "InactivityPeriod", entityId: before.id, before: { employeeId: before.employeeId, ...view(before) } });
    return { id: before.id };
  },
});
