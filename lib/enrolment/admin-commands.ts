import "server-only";
import { z } from "zod";
import { defineCommand } from "@/lib/action";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { normalizeNip } from "@/lib/people/nip";
import { boundedString } from "@/lib/validation";
import { enrolDirectly } from "./commands";
import { createRegistration } from "./registration";
import { admit, lockBatch, lockParticipant } from "./seats";

const nip = () => boundedString(64, "nip.length").transform(normalizeNip).pipe(z.string().regex(/^\d{18}$/, "nip.length"));

export const enrolByNipSchema = z.object({ batchId: z.uuid("common.notFound"), nip: nip() });

/** The shortest reason an override is accepted with: a few words, such as a letter's number. */
export const OVERRIDE_REASON_MIN = 10;

export const enrolWithOverrideSchema = z.object({
  batchId: z.uuid("common.notFound"),
  nip: nip(),
  reason: boundedString(500, "eligibility.override.reasonTooLong", "eligibility.override.reasonRequired").min(OVERRIDE_REASON_MIN, "eligibility.override.reasonRequired"),
});

/** The employee of the viewer's agency with this NIP; one outside it is "not found", like an unknown NIP. */
async function employeeByNip(tx: Tx, agencyId: string, nipValue: string): Promise<string> {
  const employee = await tx.employee.findFirst({ where: { nip: nipValue, agencyId }, select: { id: true } });
  if (!employee) throw new AppError("VALIDATION", "common.invalid", { nip: ["trainingAdmin.enrol.nipNotFound"] });
  return employee.id;
}

/**
 * The admin's "enrol directly" by NIP: the NIP is resolved to an employee of the viewer's agency inside the
 * same transaction, then enrolDirectly runs unchanged (seat rules, audit row and notification included).
 */
export const enrolByNip = defineCommand({
  name: "enrolment.enrolByNip",
  permission: enrolDirectly.permission,
  schema: enrolByNipSchema,
  revalidate: enrolDirectly.revalidate,
  async run(ctx) {
    const { viewer, input, tx } = ctx;
    const employeeId = await employeeByNip(tx, viewer.agencyId, input.nip);
    return enrolDirectly.run({ ...ctx, input: { batchId: input.batchId, employeeId } });
  },
});

/**
 * An admin enrols someone the rules refuse, with a written reason: the position-type, unit and unit-quota rules
 * are set aside (a quota set aside means the seat counts against the batch's capacity only). Capacity, the
 * window of a finished batch, a duplicate, a clash and someone out of service still refuse. The audit row
 * ("enrolment.override") keeps the reason and the rules set aside.
 */
export const enrolWithOverride = defineCommand({
  name: "enrolment.override",
  permission: enrolDirectly.permission,
  schema: enrolWithOverrideSchema,
  revalidate: enrolDirectly.revalidate,
  async run(ctx) {
    const { viewer, input, tx } = ctx;
    const employeeId = await employeeByNip(tx, viewer.agencyId, input.nip);
    // The batch first, as everywhere: then the registration and its person.
    const batch = await lockBatch(tx, input.batchId);
    const { enrolment, overridden, participant } = await createRegistration(tx, {
      agencyId: viewer.agencyId, batchId: input.batchId, employeeId, origin: "ADMIN", requestedById: viewer.userId, skipWindow: true, override: true,
    });
    const locked = await lockParticipant(tx, enrolment.id);
    if (!locked) throw new AppError("NOT_FOUND", "common.notFound");
    const status = await admit(tx, batch, locked, viewer.userId, (s) => ({
      agencyId: viewer.agencyId,
      employeeIds: [employeeId],
      notice: {
        kind: s === "CONFIRMED" ? "enrolledDirectly" : "waitlistedDirectly",
        params: { program: batch.programTitle, batch: batch.number },
        link: `/pelatihan/saya?angkatan=${input.batchId}`,
      },
    }));
    await ctx.audit({
      action: overridden.length ? "enrolment.override" : "enrol-directly",
      entity: "Enrolment",
      entityId: enrolment.id,
      after: { status, employeeId, batchId: input.batchId, quotaUnitId: enrolment.quotaUnitId, overridden, reason: input.reason },
    });
    return { enrolmentId: enrolment.id, status, overridden, participant };
  },
});
