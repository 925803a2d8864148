import "server-only";
import { defineCommand } from "@/lib/action";
import { cacheTags, invalidate } from "@/lib/cache";
import { AppError } from "@/lib/errors";
import { notifyScheduleChange } from "./edit-notice";
import { programData } from "./program-write";
import { sessionChangeParams } from "./edit-rules";
import { programEvaluationSchema, programSchema, sessionChangeSchema } from "./schemas";

export const createProgram = defineCommand({
  name: "program.create",
  permission: "manage:program",
  schema: programSchema,
  revalidate: ["/admin/pelatihan", "/pelatihan"],
  async run({ viewer, input, tx, audit }) {
    const program = await tx.program.create({ data: { agencyId: viewer.agencyId, ...(await programData(tx, viewer.agencyId, input)) } });
    await invalidate(tx, cacheTags.catalog(viewer.agencyId));
    await audit({ action: "create", entity: "Program", entityId: program.id, after: { title: program.title, routeCode: program.routeCode, feedbackMonths: program.feedbackMonths, tracksResults: program.tracksResults } });
    return { programId: program.id };
  },
});

/**
 * When the supervisor is asked for level-3 feedback, and whether batches record level-4 indicators. New months
 * apply to feedback tasks the schedule has yet to create; tasks already created keep their due date.
 */
export const updateProgramEvaluation = defineCommand({
  name: "program.evaluation",
  permission: "manage:program",
  schema: programEvaluationSchema,
  revalidate: ["/admin/pelatihan"],
  successMessage: (m) => m.trainingAdmin.program.evaluation.saved,
  async run({ viewer, input, tx, audit }) {
    const program = await tx.program.findFirst({ where: { id: input.programId, agencyId: viewer.agencyId }, select: { id: true, feedbackMonths: true, tracksResults: true } });
    if (!program) throw new AppError("NOT_FOUND", "common.notFound");
    const after = { feedbackMonths: input.feedbackMonths, tracksResults: input.tracksResults };
    await tx.program.update({ where: { id: program.id }, data: after });
    await audit({ action: "update", entity: "Program", entityId: program.id, before: { feedbackMonths: program.feedbackMonths, tracksResults: program.tracksResults }, after });
    return { programId: program.id };
  },
});

/** Shorten, move or cancel a rundown session, with a reason. What was held is what counts. */
export const changeSession = defineCommand({
  name: "session.change",
  permission: "manage:program",
  schema: sessionChangeSchema,
  async run({ viewer, input, tx, audit }) {
    const session = await tx.rundownSession.findFirst({ where: { id: input.sessionId, agencyId: viewer.agencyId }, include: { batch: true } });
    if (!session) throw new AppError("NOT_FOUND", "common.notFound");
    if (session.batch.status === "DONE" || session.batch.status === "CANCELLED") throw new AppError("CONFLICT", "catalog.batchFinished");
    const next = {
      date: input.date ?? session.date,
      startMinute: input.startMinute ?? session.startMinute,
      endMinute: input.endMinute ?? session.endMinute,
      cancelled: input.cancel,
    };
    if (next.endMinute <= next.startMinute) throw new AppError("VALIDATION", "common.invalid", { endMinute: ["catalog.endBeforeStart"] });
    if (input.date && (input.date < session.batch.startDate || input.date > session.batch.endDate)) {
      throw new AppError("VALIDATION", "common.invalid", { date: ["catalog.sessionOutsideBatch"] });
    }
    const after = await tx.rundownSession.update({ where: { id: session.id }, data: { ...next, changeReason: input.reason } });
    const changes = sessionChangeParams(session, after);
    if (changes) {
      // Calendars that imported the batch's ICS replace the event only when its SEQUENCE goes up.
      await tx.batch.update({ where: { id: session.batchId }, data: { scheduleSequence: { increment: 1 } } });
      await notifyScheduleChange(tx, viewer.agencyId, session.batchId, { session: session.title, ...changes }, "sessionRescheduled");
    }
    await invalidate(tx, cacheTags.catalog(viewer.agencyId));
    await audit({
      action: input.cancel ? "cancel" : "change",
      entity: "RundownSession",
      entityId: session.id,
      before: { date: session.date.toISOString(), startMinute: session.startMinute, endMinute: session.endMinute, cancelled: session.cancelled },
      after: { date: after.date.toISOString(), startMinute: after.startMinute, endMinute: after.endMinute, cancelled: after.cancelled, reason: input.reason },
    });
  },
});
