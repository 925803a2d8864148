import "server-only";
import { defineCommand } from "@/lib/action";
import { cacheTags, invalidate } from "@/lib/cache";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { lockBatch } from "@/lib/enrolment/seats";
import { batchEditRefusals, isScheduleChange, scheduleChangeParams, sessionShiftDays, type BatchEditable } from "./edit-rules";
import { notifyScheduleChange } from "./edit-notice";
import { programData } from "./program-write";
import { batchUpdateSchema, programUpdateSchema } from "./schemas";

// Changing what was saved: a program's description, eligibility, competencies and budget; a batch's dates, place,
// capacity and registration window. Each change is audited with what it was and what it became, and drops the
// shared catalog cache in its transaction (every worker then reads the new rows).

/** A program as the audit log remembers it: the fields and lists the edit form replaces. */
async function programSnapshot(tx: Tx, programId: string) {
  const p = await tx.program.findUniqueOrThrow({
    where: { id: programId },
    select: {
      title: true, description: true, objectives: true, routeCode: true, organiser: true, isLeadership: true,
      feedbackMonths: true, tracksResults: true, eligibleTypes: true,
      eligibleUnits: { select: { unitId: true }, orderBy: { unitId: "asc" } },
      competencies: { select: { competencyId: true, targetLevel: true }, orderBy: { competencyId: "asc" } },
      budgetLines: { select: { item: true, volume: true, unit: true, unitPrice: true, taxBasisPoints: true, fundSource: true }, orderBy: { position: "asc" } },
    },
  });
  return { ...p, eligibleUnits: p.eligibleUnits.map((u) => u.unitId) };
}

export const updateProgram = defineCommand({
  name: "program.update",
  permission: "manage:program",
  schema: programUpdateSchema,
  revalidate: ["/admin/pelatihan", "/pelatihan"],
  async run({ viewer, input, tx, audit }) {
    const program = await tx.program.findFirst({ where: { id: input.programId, agencyId: viewer.agencyId }, select: { id: true } });
    if (!program) throw new AppError("NOT_FOUND", "common.notFound");
    const data = await programData(tx, viewer.agencyId, input);

    const before = await programSnapshot(tx, program.id);
    await tx.programEligibleUnit.deleteMany({ where: { programId: program.id } });
    await tx.programCompetency.deleteMany({ where: { programId: program.id } });
    await tx.budgetLine.deleteMany({ where: { programId: program.id } });
    await tx.program.update({ where: { id: program.id }, data });
    const after = await programSnapshot(tx, program.id);
    await invalidate(tx, cacheTags.catalog(viewer.agencyId));
    await audit({ action: "update", entity: "Program", entityId: program.id, before, after });
    return { programId: program.id };
  },
});

const editable = (b: BatchEditable): BatchEditable => ({
  startDate: b.startDate, endDate: b.endDate, venue: b.venue, onlineUrl: b.onlineUrl, capacity: b.capacity,
  registrationOpensAt: b.registrationOpensAt, registrationClosesAt: b.registrationClosesAt,
});

const auditable = (b: BatchEditable) => ({
  ...b,
  startDate: b.startDate.toISOString().slice(0, 10),
  endDate: b.endDate.toISOString().slice(0, 10),
  registrationOpensAt: b.registrationOpensAt.toISOString(),
  registrationClosesAt: b.registrationClosesAt.toISOString(),
});

/**
 * Dates, place, capacity and registration window of a saved batch. The rundown moves with the start date. A
 * change of days or place raises the batch's calendar sequence and tells every confirmed participant and their
 * supervisor, old → new.
 */
export const updateBatch = defineCommand({
  name: "batch.update",
  permission: "manage:program",
  schema: batchUpdateSchema,
  revalidate: ["/admin/pelatihan", "/pelatihan"],
  async run({ viewer, input, tx, audit }) {
    const found = await tx.batch.findFirst({ where: { id: input.batchId, agencyId: viewer.agencyId }, select: { id: true } });
    if (!found) throw new AppError("NOT_FOUND", "common.notFound");
    // The seat lock: no confirmation can slip in between counting the confirmed seats and lowering the capacity.
    const locked = await lockBatch(tx, found.id);
    const batch = await tx.batch.findUniqueOrThrow({ where: { id: found.id } });
    const sessions = await tx.rundownSession.findMany({ where: { batchId: batch.id }, select: { id: true, date: true } });
    const attendanceCount = await tx.attendance.count({ where: { agencyId: viewer.agencyId, session: { batchId: batch.id } } });

    const before = editable(batch);
    const after: BatchEditable = {
      startDate: input.startDate, endDate: input.endDate, venue: input.venue || null, onlineUrl: input.onlineUrl || null,
      capacity: input.capacity, registrationOpensAt: input.registrationOpensAt, registrationClosesAt: input.registrationClosesAt,
    };
    const refusals = batchEditRefusals(before, after, {
      status: locked.status, confirmedCount: locked.confirmedCount, attendanceCount, sessionDates: sessions.map((s) => s.date),
    });
    if (refusals.length) {
      const first = refusals[0]!;
      const fieldErrors = Object.fromEntries(refusals.filter((r) => r.field !== "_").map((r) => [r.field, [r.message]]));
      const values = Object.assign({}, ...refusals.map((r) => r.values ?? {})) as Record<string, string | number>;
      throw new AppError(first.field === "_" ? "CONFLICT" : "VALIDATION", first.message, first.field === "_" ? undefined : fieldErrors, values);
    }

    const scheduleChanged = isScheduleChange(before, after);
    const shift = sessionShiftDays(before, after);
    if (shift !== 0) {
      // One statement: every session keeps its place in the programme (day 2 stays day 2).
      await tx.$executeRaw`UPDATE "RundownSession" SET date = date + ${shift}::int WHERE "batchId" = ${batch.id}::uuid`;
    }
    await tx.batch.update({
      where: { id: batch.id },
      data: { ...after, ...(scheduleChanged ? { scheduleSequence: { increment: 1 } } : {}) },
    });
    await invalidate(tx, cacheTags.catalog(viewer.agencyId));
    const changes = scheduleChangeParams(before, after);
    const notified = scheduleChanged ? await notifyScheduleChange(tx, viewer.agencyId, batch.id, changes) : { participants: 0, supervisors: 0 };
    await audit({
      action: "update", entity: "Batch", entityId: batch.id,
      before: { ...auditable(before), scheduleSequence: batch.scheduleSequence },
      after: { ...auditable(after), scheduleSequence: batch.scheduleSequence + (scheduleChanged ? 1 : 0), sessionsShiftedDays: shift, notified },
    });
    return { batchId: batch.id, notified };
  },
});
