"use server";
import { redirect } from "next/navigation";
import { runServerAction, runServerActionForEach, type ActionState, type ItemOutcome } from "@/lib/action";
import { rejectExternalTraining, submitExternalTraining, verifyExternalTraining } from "./commands";
import { recordExternalTrainingOnBehalf } from "./on-behalf";
import { bulkVerifySchema } from "./schemas";

/** After a submission the ASN lands on its own page, which shows its status (and says it was just sent). */
export async function submitExternalTrainingAction(_prev: ActionState, form: FormData | Record<string, unknown>) {
  const result = await runServerAction(submitExternalTraining, form);
  if (result.ok && result.data) redirect(`/jp/eksternal/${result.data.id}?terkirim=1`);
  return result;
}

export async function verifyExternalTrainingAction(_prev: ActionState, form: FormData | Record<string, unknown>) {
  return runServerAction(verifyExternalTraining, form);
}

export async function rejectExternalTrainingAction(_prev: ActionState, form: FormData | Record<string, unknown>) {
  return runServerAction(rejectExternalTraining, form);
}

/**
 * Verifies the ticked submissions of the queue, each as the single verification does (scope, own submission,
 * closed year, ledger credit, audit row, notice) in its own transaction; the queue updates its rows from the outcomes.
 */
export async function verifyManyExternalTrainingsAction(
  _prev: ActionState,
  form: FormData | Record<string, unknown>,
): Promise<ActionState<ItemOutcome<{ status: "VERIFIED" }>[]>> {
  const result = await runServerActionForEach(verifyExternalTraining, {
    schema: bulkVerifySchema,
    rawInput: form,
    itemsOf: ({ ids }) => ids.map((id) => ({ id, input: { id, reason: "" } })),
  });
  // The list needs the status each row reached, not the ledger entry.
  return { ...result, data: result.data?.map((o) => (o.ok ? { id: o.id, ok: true as const, data: { status: "VERIFIED" as const } } : o)) };
}

/** An admin's or operator's entry on an ASN's behalf: verified at once, so it lands on the verified item's page. */
export async function recordExternalOnBehalfAction(_prev: ActionState, form: FormData | Record<string, unknown>) {
  const result = await runServerAction(recordExternalTrainingOnBehalf, form);
  if (result.ok && result.data) redirect(`/admin/verifikasi/${result.data.id}?tercatat=1`);
  return result;
}
