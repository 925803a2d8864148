import "server-only";
import { defineCommand } from "@/lib/action";
import { employeeScope } from "@/lib/auth/scope";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { calendarToday } from "@/lib/time";
import { checkSupervisorChange, fullName, isInService } from "./rules";
import { contactSchema, supervisorChangeSchema } from "./schemas";

export const updateOwnContact = defineCommand({
  name: "employee.updateContact",
  permission: "update:employee-contact",
  schema: contactSchema,
  revalidate: ["/beranda"],
  async run({ viewer, input, tx, audit }) {
    const scope = await employeeScope(viewer, "update:employee-contact", tx);
    if (!scope || !viewer.employeeId) throw new AppError("FORBIDDEN", "common.forbidden");
    const before = await tx.employee.findFirst({
      where: { AND: [scope, { id: viewer.employeeId }] },
      select: { id: true, phone: true, email: true },
    });
    if (!before) throw new AppError("NOT_FOUND", "common.notFound");
    const after = await tx.employee.update({
      where: { id: before.id },
      data: { phone: input.phone || null, email: input.email || null },
      select: { phone: true, email: true },
    });
    await audit({ action: "update", entity: "Employee.contact", entityId: before.id, before: { phone: before.phone, email: before.email }, after });
  },
});

/** The candidate's supervisors, nearest first. */
async function supervisorChain(tx: Tx, employeeId: string): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    WITH RECURSIVE chain AS (
      SELECT "supervisorId" AS id, 1 AS depth FROM "Employee" WHERE id = ${employeeId}::uuid
      UNION ALL
      SELECT e."supervisorId", c.depth + 1 FROM "Employee" e JOIN chain c ON e.id = c.id
      WHERE c.depth < 50 AND e."supervisorId" IS NOT NULL
    )
    SELECT id::text AS id FROM chain WHERE id IS NOT NULL ORDER BY depth`;
  return rows.map((r) => r.id);
}

export const changeSupervisor = defineCommand({
  name: "employee.changeSupervisor",
  permission: "update:employee-supervisor",
  schema: supervisorChangeSchema,
  successMessage: (m) => m.supervisorChange.done,
  revalidate: ["/admin/pegawai"],
  async run({ viewer, input, tx, audit }) {
    const scope = await employeeScope(viewer, "update:employee-supervisor", tx);
    if (!scope) throw new AppError("FORBIDDEN", "common.forbidden");
    // One supervisor change at a time per agency, so two concurrent changes cannot close a cycle together.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`supervisor:${viewer.agencyId}`}))`;

    const employee = await tx.employee.findFirst({
      where: { AND: [scope, { id: input.employeeId }] },
      select: { id: true, agencyId: true, supervisorId: true },
    });
    if (!employee) throw new AppError("NOT_FOUND", "common.notFound");

    // Looked up inside the employee's agency only: a NIP of another agency gets the very answer an unknown NIP
    // gets, so this form cannot be used to learn who works where (issue 10).
    const candidate = input.supervisorNip
      ? await tx.employee.findFirst({
          where: { nip: input.supervisorNip, agencyId: employee.agencyId },
          select: { id: true, agencyId: true, name: true, frontTitle: true, backTitle: true, serviceEndDate: true },
        })
      : null;
    if (input.supervisorNip && !candidate) {
      throw new AppError("VALIDATION", "common.invalid", { supervisorNip: ["supervisorChange.notFound"] });
    }
    const chain = candidate ? await supervisorChain(tx, candidate.id) : [];
    const problem = checkSupervisorChange(
      employee,
      candidate && { id: candidate.id, agencyId: candidate.agencyId, inService: isInService(candidate, calendarToday()) },
      chain,
    );
    if (problem) {
      const name = candidate ? fullName(candidate) : "";
      throw new AppError("VALIDATION", "common.invalid", { supervisorNip: [`supervisorChange.${problem}`] }, { name });
    }

    const supervisorId = candidate?.id ?? null;
    await tx.employee.update({ where: { id: employee.id }, data: { supervisorId } });
    await audit({
      action: "update",
      entity: "Employee.supervisor",
      entityId: employee.id,
      before: { supervisorId: employee.supervisorId },
      after: { supervisorId },
    });
    return { supervisorId };
  },
});
