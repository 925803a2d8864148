"use server";
import { revalidatePath } from "next/cache";
import { formFields, malformedRequest, runServerAction, type ActionState } from "@/lib/action";
import { getMessages, interpolate } from "@/lib/i18n/server";
import { enrolWithOverride } from "./admin-commands";

/** The admin batch page's "enrol with an exception": the NIP, and the reason the audit log keeps. */
export async function enrolWithOverrideAction(_prev: ActionState, form: FormData | Record<string, unknown>) {
  const fields = formFields(form);
  if (!fields) return malformedRequest();
  const result = await runServerAction(enrolWithOverride, { batchId: fields.batchId, nip: fields.nip, reason: fields.reason });
  if (!result.ok || !result.data) return result;
  if (typeof fields.batchId === "string") revalidatePath(`/admin/angkatan/${fields.batchId}`);
  const t = (await getMessages()).eligibility.override;
  const { participant, overridden, status } = result.data;
  const rules = overridden.map((r) => t.rule[r]).join(", ");
  const message = !overridden.length ? t.nothingToOverride : status === "CONFIRMED" ? t.confirmed : t.waitlisted;
  return { ...result, message: interpolate(message, { name: participant, rules }) };
}
