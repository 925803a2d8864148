import "server-only";
import { z } from "zod";
import { defineCommand } from "@/lib/action";
import { AppError } from "@/lib/errors";
import { normalizeNip } from "@/lib/people/nip";
import { boundedString } from "@/lib/validation";
import { enrolDirectly } from "./commands";

export const enrolByNipSchema = z.object({
  batchId: z.uuid("common.notFound"),
  nip: boundedString(64, "nip.length").transform(normalizeNip).pipe(z.string().regex(/^\d{18}$/, "nip.length")),
});

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
    const employee = await tx.employee.findFirst({ where: { nip: input.nip, agencyId: viewer.agencyId }, select: { id: true } });
    if (!employee) throw new AppError("VALIDATION", "common.invalid", { nip: ["trainingAdmin.enrol.nipNotFound"] });
    return enrolDirectly.run({ ...ctx, input: { batchId: input.batchId, employeeId: employee.id } });
  },
});
