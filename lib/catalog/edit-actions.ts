"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formFields, malformedRequest, runServerAction, type ActionState } from "@/lib/action";
import { getMessages, interpolate } from "@/lib/i18n/server";
import { updateBatch, updateProgram } from "./edit-commands";
import { payloadOf, type Input } from "./form-payload";
import { wallClockToIso } from "./wall-clock";

// Server-action faces of the edit commands. The program form sends one hidden "payload" field of JSON (it has
// repeated rows), the batch form plain fields. Both go through runServerAction and return to the saved record.

const text = (value: unknown) => (typeof value === "string" ? value.trim() : "");
const truthy = (value: unknown) => value === true || value === "true" || value === "on";

export async function updateProgramAction(_prev: ActionState, form: Input) {
  const input = payloadOf(form);
  if (!input) return malformedRequest();
  const result = await runServerAction(updateProgram, { ...input, isLeadership: truthy(input.isLeadership) });
  if (!result.ok || !result.data) return result;
  revalidatePath(`/admin/pelatihan/${result.data.programId}`);
  redirect(`/admin/pelatihan/${result.data.programId}?diubah=1`);
}

export async function updateBatchAction(_prev: ActionState, form: Input) {
  const fields = formFields(form);
  if (!fields) return malformedRequest();
  const result = await runServerAction(updateBatch, {
    batchId: fields.batchId,
    startDate: text(fields.startDate),
    endDate: text(fields.endDate),
    venue: text(fields.venue) || undefined,
    onlineUrl: text(fields.onlineUrl) || undefined,
    capacity: text(fields.capacity),
    registrationOpensAt: wallClockToIso(text(fields.registrationOpensAt)),
    registrationClosesAt: wallClockToIso(text(fields.registrationClosesAt)),
  });
  if (!result.ok || !result.data) return result;
  revalidatePath(`/admin/angkatan/${result.data.batchId}`);
  const m = (await getMessages()).catalogEdit.batch;
  const { participants, supervisors } = result.data.notified;
  return { ...result, message: participants ? interpolate(m.savedNotified, { participants, supervisors }) : m.saved };
}
