"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { malformedRequest, runServerAction, type ActionState } from "@/lib/action";
import { enrolByNip } from "@/lib/enrolment/admin-commands";
import { decideAsAgency, withdraw } from "@/lib/enrolment/commands";
import { completeBatch, reopenBatch } from "@/lib/batch/completion";
import { getLocale, getMessages, interpolate } from "@/lib/i18n/server";
import { formatMinutesJp } from "@/lib/ledger/rules";
import { changeSession, createProgram, updateProgramEvaluation } from "./commands";
import { createBatch, setBatchStatus } from "@/lib/batch/lifecycle";
import { parseClock } from "./rules";
import { pastBatchWindow, wallClockToIso } from "./wall-clock";
import { calendarToday } from "@/lib/time";

// Server-action faces of the training management commands. Forms with repeated rows send one hidden
// "payload" field of JSON; the rest send plain fields. Everything goes through runServerAction.

import { fieldsOf, payloadOf, type Input } from "./form-payload";

const malformed = malformedRequest;

const text = (value: unknown) => (typeof value === "string" ? value.trim() : "");
const optional = (value: unknown) => text(value) || undefined;
const truthy = (value: unknown) => value === true || value === "true" || value === "on";

function refreshBatch(batchId: unknown) {
  if (typeof batchId === "string" && batchId) revalidatePath(`/admin/angkatan/${batchId}`);
}

export async function createProgramAction(_prev: ActionState, form: Input) {
  const input = payloadOf(form);
  if (!input) return malformed();
  const result = await runServerAction(createProgram, { ...input, isLeadership: truthy(input.isLeadership) });
  if (result.ok && result.data) redirect(`/admin/pelatihan/${result.data.programId}`);
  return result;
}

export async function updateProgramEvaluationAction(_prev: ActionState, form: Input) {
  const fields = fieldsOf(form);
  if (!fields) return malformed();
  // An unticked checkbox sends nothing.
  const result = await runServerAction(updateProgramEvaluation, { ...fields, tracksResults: truthy(fields.tracksResults) });
  if (result.ok && typeof fields.programId === "string") revalidatePath(`/admin/pelatihan/${fields.programId}`);
  return result;
}

export async function createBatchAction(_prev: ActionState, form: Input) {
  const input = payloadOf(form);
  if (!input) return malformed();
  // A past batch entered after the fact may leave its (long over) registration window empty.
  const past = !text(input.registrationOpensAt) && !text(input.registrationClosesAt)
    ? pastBatchWindow(input.startDate, input.endDate, calendarToday().toISOString().slice(0, 10))
    : null;
  const result = await runServerAction(createBatch, {
    ...input,
    venue: optional(input.venue),
    onlineUrl: optional(input.onlineUrl),
    registrationOpensAt: wallClockToIso(past?.opensAt ?? input.registrationOpensAt),
    registrationClosesAt: wallClockToIso(past?.closesAt ?? input.registrationClosesAt),
  });
  if (!result.ok || !result.data) return result;
  if (typeof input.programId === "string") revalidatePath(`/admin/pelatihan/${input.programId}`);
  redirect(`/admin/angkatan/${result.data.batchId}`);
}

export async function setBatchStatusAction(_prev: ActionState, form: Input) {
  const fields = fieldsOf(form);
  if (!fields) return malformed();
  const result = await runServerAction(setBatchStatus, fields);
  if (!result.ok) return result;
  refreshBatch(fields.batchId);
  return { ...result, message: (await getMessages()).trainingAdmin.batch.statusChanged };
}

export async function completeBatchAction(_prev: ActionState, form: Input) {
  const fields = fieldsOf(form);
  if (!fields) return malformed();
  const result = await runServerAction(completeBatch, { batchId: fields.batchId });
  if (!result.ok || !result.data) return result;
  refreshBatch(fields.batchId);
  const [m, locale] = await Promise.all([getMessages(), getLocale()]);
  return { ...result, message: interpolate(m.trainingAdmin.batch.completed, { held: formatMinutesJp(result.data.heldMinutes, locale), credited: result.data.credited }) };
}

export async function reopenBatchAction(_prev: ActionState, form: Input) {
  const fields = fieldsOf(form);
  if (!fields) return malformed();
  const result = await runServerAction(reopenBatch, { batchId: fields.batchId, reason: text(fields.reason) });
  if (!result.ok || !result.data) return result;
  refreshBatch(fields.batchId);
  return { ...result, message: interpolate((await getMessages()).trainingAdmin.batch.reopened, { reversed: result.data.reversed }) };
}

/** Times arrive as "HH:MM"; an unreadable one becomes -1, so the schema reports it as an invalid time. */
export async function changeSessionAction(_prev: ActionState, form: Input) {
  const fields = fieldsOf(form);
  if (!fields) return malformed();
  const cancel = fields.mode === "cancel";
  const minute = (value: unknown) => (text(value) ? (parseClock(text(value)) ?? -1) : undefined);
  const result = await runServerAction(changeSession, {
    sessionId: fields.sessionId,
    cancel,
    reason: text(fields.reason),
    ...(cancel ? {} : { date: optional(fields.date), startMinute: minute(fields.start), endMinute: minute(fields.end) }),
  });
  if (!result.ok) return result;
  refreshBatch(fields.batchId);
  return { ...result, message: (await getMessages()).trainingAdmin.rundown.saved };
}

/** Answers with the new status only: the batch page updates the row itself (re-rendering it cost ~21 statements). */
export async function decideAsAgencyAction(_prev: ActionState, form: Input) {
  const fields = fieldsOf(form);
  if (!fields) return malformed();
  return runServerAction(decideAsAgency, { enrolmentId: fields.enrolmentId, approve: truthy(fields.approve), note: text(fields.note) });
}

export async function withdrawAction(_prev: ActionState, form: Input) {
  const fields = fieldsOf(form);
  if (!fields) return malformed();
  const result = await runServerAction(withdraw, { enrolmentId: fields.enrolmentId, reason: text(fields.reason) });
  if (!result.ok) return result;
  refreshBatch(fields.batchId);
  return { ...result, message: (await getMessages()).trainingAdmin.enrolments.withdrawn };
}

export async function enrolByNipAction(_prev: ActionState, form: Input) {
  const fields = fieldsOf(form);
  if (!fields) return malformed();
  const result = await runServerAction(enrolByNip, { batchId: fields.batchId, nip: text(fields.nip) });
  if (!result.ok || !result.data) return result;
  refreshBatch(fields.batchId);
  const m = (await getMessages()).trainingAdmin.enrol;
  return { ...result, message: result.data.status === "CONFIRMED" ? m.confirmed : m.waitlisted };
}
