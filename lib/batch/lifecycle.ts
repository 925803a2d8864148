import "server-only";
import { defineCommand } from "@/lib/action";
import { cacheTags, invalidate } from "@/lib/cache";
import { canMoveBatch } from "@/lib/catalog/rules";
import { batchSchema, batchStatusSchema } from "@/lib/catalog/schemas";
import type { Tx } from "@/lib/db";
import { ACTIVE_STATUSES, isPastBatch } from "@/lib/enrolment/rules";
import { lockBatch } from "@/lib/enrolment/seats";
import { AppError } from "@/lib/errors";
import type { SessionKind } from "@/lib/generated/prisma/enums";
import { batchNoticeParams, notifyEmployees } from "@/lib/notification/notify";
import { calendarToday } from "@/lib/time";

// A batch's life: created with its rundown and quotas, opened, registration closed, run, cancelled. Completing it
// (which credits JP) and reopening it are in ./completion.ts.

export const createBatch = defineCommand({
  name: "batch.create",
  permission: "manage:program",
  schema: batchSchema,
  revalidate: ["/admin/pelatihan"],
  uniqueViolation: { field: "number", message: "catalog.numberTaken" },
  async run({ viewer, input, tx, audit }) {
    const program = await tx.program.findFirst({ where: { id: input.programId, agencyId: viewer.agencyId } });
    if (!program) throw new AppError("NOT_FOUND", "common.notFound");
    const taken = await tx.batch.count({ where: { programId: program.id, number: input.number } });
    if (taken) throw new AppError("VALIDATION", "common.invalid", { number: ["catalog.numberTaken"] });
    const quotaUnits = await tx.orgUnit.count({ where: { agencyId: viewer.agencyId, id: { in: input.quotas.map((q) => q.unitId) } } });
    if (quotaUnits !== input.quotas.length) throw new AppError("VALIDATION", "common.invalid", { quotas: ["common.notFound"] });
    const outside = input.sessions.findIndex((s) => s.date < input.startDate || s.date > input.endDate);
    if (outside >= 0) throw new AppError("VALIDATION", "common.invalid", { [`sessions.${outside}.date`]: ["catalog.sessionOutsideBatch"] });
    const batch = await tx.batch.create({
      data: {
        agencyId: viewer.agencyId,
        programId: program.id,
        number: input.number,
        startDate: input.startDate,
        endDate: input.endDate,
        venue: input.venue ?? null,
        onlineUrl: input.onlineUrl ?? null,
        capacity: input.capacity,
        registrationOpensAt: input.registrationOpensAt,
        registrationClosesAt: input.registrationClosesAt,
        quotas: { create: input.quotas },
        sessions: {
          create: input.sessions.map((s) => ({
            date: s.date, startMinute: s.startMinute, endMinute: s.endMinute,
            plannedMinutes: s.endMinute - s.startMinute, title: s.title, place: s.place ?? null, kind: s.kind as SessionKind,
          })),
        },
      },
    });
    await invalidate(tx, cacheTags.catalog(viewer.agencyId));
    await audit({ action: "create", entity: "Batch", entityId: batch.id, after: { programId: program.id, number: batch.number, capacity: batch.capacity } });
    return { batchId: batch.id };
  },
});

/** A cancelled batch releases everyone: registrations end as withdrawn, seats are freed, people are told. */
async function cancelRegistrations(tx: Tx, agencyId: string, batchId: string) {
  const active = await tx.enrolment.findMany({ where: { batchId, status: { in: [...ACTIVE_STATUSES] } }, select: { employeeId: true } });
  await tx.enrolment.updateMany({
    where: { batchId, status: { in: [...ACTIVE_STATUSES] } },
    data: { status: "WITHDRAWN", withdrawnReason: "Angkatan dibatalkan oleh penyelenggara" },
  });
  await tx.batch.update({ where: { id: batchId }, data: { confirmedCount: 0 } });
  await tx.batchQuota.updateMany({ where: { batchId }, data: { confirmedCount: 0 } });
  await notifyEmployees(tx, agencyId, active.map((e) => e.employeeId), {
    kind: "batchCancelled", params: await batchNoticeParams(tx, batchId), link: "/pelatihan/saya",
  });
}

/** Open, close registration, start, cancel (DONE has its own command, which credits JP). */
export const setBatchStatus = defineCommand({
  name: "batch.setStatus",
  permission: "manage:program",
  schema: batchStatusSchema,
  revalidate: ["/admin/pelatihan", "/pelatihan"],
  async run({ viewer, input, tx, audit }) {
    const batch = await tx.batch.findFirst({ where: { id: input.batchId, agencyId: viewer.agencyId } });
    if (!batch) throw new AppError("NOT_FOUND", "common.notFound");
    if (!canMoveBatch(batch.status, input.status, isPastBatch(batch, calendarToday()))) throw new AppError("CONFLICT", "catalog.statusInvalid");
    if (input.status === "CANCELLED") {
      await lockBatch(tx, batch.id);
      await cancelRegistrations(tx, viewer.agencyId, batch.id);
    }
    await tx.batch.update({ where: { id: batch.id }, data: { status: input.status } });
    await invalidate(tx, cacheTags.catalog(viewer.agencyId));
    await audit({ action: "status", entity: "Batch", entityId: batch.id, before: { status: batch.status }, after: { status: input.status } });
  },
});
