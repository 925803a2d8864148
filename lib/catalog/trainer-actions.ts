"use server";
import { revalidatePath } from "next/cache";
import { malformedRequest, runServerAction, type ActionState } from "@/lib/action";
import { getMessages } from "@/lib/i18n/server";
import { assignTrainer, unassignTrainer } from "./trainer-commands";

// Server-action faces of the trainer commands of the admin batch page. Everything goes through runServerAction.

const text = (value: FormDataEntryValue | null) => (typeof value === "string" ? value.trim() : "");

function refreshBatch(batchId: string) {
  if (batchId) revalidatePath(`/admin/angkatan/${batchId}`);
  revalidatePath("/mengajar");
}

export async function assignTrainerAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  if (!(form instanceof FormData)) return malformedRequest();
  const batchId = text(form.get("batchId"));
  const mode = text(form.get("mode"));
  const base = { mode, batchId, sessionIds: form.getAll("sessionIds").map(text).filter(Boolean) };
  const input =
    mode === "existing" ? { ...base, trainerId: text(form.get("trainerId")) }
    : mode === "internal" ? { ...base, kind: text(form.get("kind")), nip: text(form.get("nip")) }
    : { ...base, kind: text(form.get("kind")), name: text(form.get("name")), institution: text(form.get("institution")) };
  const result = await runServerAction(assignTrainer, input);
  if (!result.ok) return result;
  refreshBatch(batchId);
  return { ...result, message: (await getMessages()).trainingAdmin.trainers.assigned };
}

export async function unassignTrainerAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  if (!(form instanceof FormData)) return malformedRequest();
  const batchId = text(form.get("batchId"));
  const result = await runServerAction(unassignTrainer, { batchId, sessionId: text(form.get("sessionId")), trainerId: text(form.get("trainerId")) });
  if (!result.ok) return result;
  refreshBatch(batchId);
  return { ...result, message: (await getMessages()).trainingAdmin.trainers.unassigned };
}
