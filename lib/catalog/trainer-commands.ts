import "server-only";
import { z } from "zod";
import { defineCommand } from "@/lib/action";
import { AppError } from "@/lib/errors";
import type { Tx } from "@/lib/db";
import { nipField } from "@/lib/people/schemas";
import { boundedString } from "@/lib/validation";

// Trainers (widyaiswara, narasumber) of a batch: assigned to and released from its rundown sessions.
// Scoped to the viewer's agency; sessions must belong to the batch named in the input.

const kind = z.enum(["WIDYAISWARA", "NARASUMBER"], "trainingAdmin.trainers.kindRequired");
const sessionIds = z
  .array(z.uuid("trainingAdmin.trainers.sessionInvalid"), "trainingAdmin.trainers.sessionsRequired")
  .min(1, "trainingAdmin.trainers.sessionsRequired")
  .max(500, "validation.tooMany")
  .transform((ids) => [...new Set(ids)]);

export const assignTrainerSchema = z.discriminatedUnion(
  "mode",
  [
    z.object({ mode: z.literal("existing"), batchId: z.uuid("common.notFound"), sessionIds, trainerId: z.uuid("trainingAdmin.trainers.trainerRequired") }),
    z.object({ mode: z.literal("internal"), batchId: z.uuid("common.notFound"), sessionIds, kind, nip: nipField() }),
    z.object({
      mode: z.literal("external"),
      batchId: z.uuid("common.notFound"),
      sessionIds,
      kind,
      name: boundedString(200, "validation.tooLong", "trainingAdmin.trainers.nameRequired").min(3, "trainingAdmin.trainers.nameRequired"),
      institution: boundedString(200, "validation.tooLong", "trainingAdmin.trainers.institutionRequired").min(2, "trainingAdmin.trainers.institutionRequired"),
    }),
  ],
  "trainingAdmin.trainers.modeRequired",
);
export type AssignTrainerInput = z.infer<typeof assignTrainerSchema>;

export const unassignTrainerSchema = z.object({
  batchId: z.uuid("common.notFound"),
  sessionId: z.uuid("common.notFound"),
  trainerId: z.uuid("common.notFound"),
});

async function openBatchOf(tx: Tx, agencyId: string, batchId: string) {
  const batch = await tx.batch.findFirst({ where: { id: batchId, agencyId }, select: { id: true, status: true } });
  if (!batch) throw new AppError("NOT_FOUND", "common.notFound");
  if (batch.status === "DONE" || batch.status === "CANCELLED") throw new AppError("CONFLICT", "catalog.batchFinished");
  return batch;
}

/** Finds (or creates, for an internal NIP or a new external name) the trainer; returns it and whether it is new. */
async function resolveTrainer(tx: Tx, agencyId: string, input: AssignTrainerInput) {
  if (input.mode === "existing") {
    const trainer = await tx.trainer.findFirst({ where: { id: input.trainerId, agencyId } });
    if (!trainer) throw new AppError("VALIDATION", "common.invalid", { trainerId: ["trainingAdmin.trainers.trainerNotFound"] });
    return { trainer, created: false };
  }
  if (input.mode === "internal") {
    const employee = await tx.employee.findFirst({ where: { nip: input.nip, agencyId }, select: { id: true, name: true } });
    if (!employee) throw new AppError("VALIDATION", "common.invalid", { nip: ["trainingAdmin.trainers.nipNotFound"] });
    const existing = await tx.trainer.findFirst({ where: { agencyId, employeeId: employee.id } });
    if (existing) return { trainer: existing, created: false };
    const trainer = await tx.trainer.create({ data: { agencyId, employeeId: employee.id, name: employee.name, kind: input.kind, external: false } });
    return { trainer, created: true };
  }
  const existing = await tx.trainer.findFirst({
    where: {
      agencyId, external: true, kind: input.kind,
      name: { equals: input.name, mode: "insensitive" },
      institution: { equals: input.institution, mode: "insensitive" },
    },
  });
  if (existing) return { trainer: existing, created: false };
  const trainer = await tx.trainer.create({ data: { agencyId, name: input.name, kind: input.kind, external: true, institution: input.institution } });
  return { trainer, created: true };
}

/** Assigns an existing or a new trainer to one or more non-cancelled sessions of a batch. */
export const assignTrainer = defineCommand({
  name: "trainer.assign",
  permission: "manage:program",
  schema: assignTrainerSchema,
  async run({ viewer, input, tx, audit }) {
    const batch = await openBatchOf(tx, viewer.agencyId, input.batchId);
    const sessions = await tx.rundownSession.findMany({
      where: { id: { in: input.sessionIds }, batchId: batch.id, agencyId: viewer.agencyId, cancelled: false },
      select: { id: true },
    });
    if (sessions.length !== input.sessionIds.length) throw new AppError("VALIDATION", "common.invalid", { sessionIds: ["trainingAdmin.trainers.sessionInvalid"] });
    const { trainer, created } = await resolveTrainer(tx, viewer.agencyId, input);
    if (created) {
      await audit({
        action: "create", entity: "Trainer", entityId: trainer.id,
        after: { name: trainer.name, kind: trainer.kind, external: trainer.external, institution: trainer.institution, employeeId: trainer.employeeId },
      });
    }
    const { count } = await tx.sessionTrainer.createMany({
      data: input.sessionIds.map((sessionId) => ({ agencyId: viewer.agencyId, sessionId, trainerId: trainer.id })),
      skipDuplicates: true,
    });
    await audit({ action: "assign", entity: "Trainer", entityId: trainer.id, after: { batchId: batch.id, sessionIds: input.sessionIds, added: count } });
    // An ASN who is given sessions to teach gets the TRAINER role, so the schedule and the attendance grid open for them.
    const account = trainer.employeeId ? await tx.user.findFirst({ where: { agencyId: viewer.agencyId, employeeId: trainer.employeeId }, include: { roles: true } }) : null;
    if (account && !account.roles.some((r) => r.role === "TRAINER")) {
      await tx.userRole.create({ data: { agencyId: viewer.agencyId, userId: account.id, role: "TRAINER" } });
      await audit({ action: "grant-role", entity: "User", entityId: account.id, after: { role: "TRAINER" } });
    }
    return { trainerId: trainer.id, created, added: count };
  },
});

/** Releases a trainer from one session of the batch ("lepas"). */
export const unassignTrainer = defineCommand({
  name: "trainer.unassign",
  permission: "manage:program",
  schema: unassignTrainerSchema,
  async run({ viewer, input, tx, audit }) {
    const batch = await openBatchOf(tx, viewer.agencyId, input.batchId);
    const link = await tx.sessionTrainer.findFirst({
      where: {
        sessionId: input.sessionId, trainerId: input.trainerId,
        session: { batchId: batch.id, agencyId: viewer.agencyId },
        trainer: { agencyId: viewer.agencyId },
      },
    });
    if (!link) throw new AppError("NOT_FOUND", "common.notFound");
    await tx.sessionTrainer.delete({ where: { sessionId_trainerId: { sessionId: link.sessionId, trainerId: link.trainerId } } });
    await audit({ action: "unassign", entity: "Trainer", entityId: link.trainerId, before: { batchId: batch.id, sessionId: link.sessionId } });
  },
});
