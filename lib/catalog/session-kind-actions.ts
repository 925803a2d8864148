"use server";
import { revalidatePath } from "next/cache";
import { formFields, malformedRequest, runServerAction, type ActionState } from "@/lib/action";
import { getMessages } from "@/lib/i18n/server";
import { changeSessionKind } from "./session-kind-commands";

/** The rundown's "Jenis sesi" form: one session's kind, through changeSessionKind. */
export async function changeSessionKindAction(_prev: ActionState, form: FormData | Record<string, unknown>): Promise<ActionState> {
  const fields = formFields(form);
  if (!fields) return malformedRequest();
  const result = await runServerAction(changeSessionKind, { sessionId: fields.sessionId, kind: fields.kind });
  if (!result.ok || !result.data) return result;
  revalidatePath(`/admin/angkatan/${result.data.batchId}`);
  revalidatePath(`/presensi/${result.data.batchId}`);
  revalidatePath("/mengajar");
  return { ok: true, message: (await getMessages()).rundown.kindChange.saved };
}
