"use server";
import { redirect } from "next/navigation";
import { formFields, runServerAction, type ActionState } from "@/lib/action";
import { getMessages } from "@/lib/i18n/server";
import { saveReactionDraft, submitReaction } from "./answer-commands";
import { copyQuestionSet, createQuestionSet, setQuestionSetActive, updateQuestionSet } from "./set-commands";

// Server-action faces of the reaction commands. The question set form sends one hidden "payload" field of
// JSON (its rows of questions); the others send plain fields. Everything goes through runServerAction.

type Input = FormData | Record<string, unknown>;

/** The JSON object in the "payload" field (or the object itself when called with one); null when malformed. */
function payloadOf(form: Input): Record<string, unknown> | null {
  if (!(form instanceof FormData) && !formFields(form)) return null;
  const raw = form instanceof FormData ? form.get("payload") : form.payload;
  if (raw === undefined || raw === null) return form instanceof FormData ? null : form;
  if (typeof raw !== "string") return null;
  try {
    const value: unknown = JSON.parse(raw);
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

async function withPayload(form: Input, run: (input: Record<string, unknown>) => Promise<ActionState>): Promise<ActionState> {
  const input = payloadOf(form);
  return input ? run(input) : { ok: false, message: (await getMessages()).common.invalid };
}

export async function createQuestionSetAction(_prev: ActionState, form: Input) {
  const result = await withPayload(form, (input) => runServerAction(createQuestionSet, input));
  if (result.ok && result.data) redirect(`/admin/evaluasi/${(result.data as { setId: string }).setId}`);
  return result;
}

export async function updateQuestionSetAction(_prev: ActionState, form: Input) {
  const result = await withPayload(form, (input) => runServerAction(updateQuestionSet, input));
  if (result.ok && result.data) redirect(`/admin/evaluasi/${(result.data as { setId: string }).setId}?disimpan=1`);
  return result;
}

export async function setQuestionSetActiveAction(_prev: ActionState, form: Input) {
  return runServerAction(setQuestionSetActive, form);
}

export async function copyQuestionSetAction(_prev: ActionState, form: Input) {
  const result = await runServerAction(copyQuestionSet, form);
  if (result.ok && result.data) redirect(`/admin/evaluasi/${result.data.setId}`);
  return result;
}

export async function saveReactionDraftAction(_prev: ActionState, form: Input) {
  return runServerAction(saveReactionDraft, form);
}

export async function submitReactionAction(_prev: ActionState, form: Input) {
  return runServerAction(submitReaction, form);
}
