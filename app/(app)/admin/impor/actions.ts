"use server";
import { redirect } from "next/navigation";
import { malformedRequest, runServerAction, runServerCall, type ActionState } from "@/lib/action";
import { getMessages } from "@/lib/i18n/server";
import { cancelImport } from "@/lib/import/cancel";
import { optionalIsoDate } from "@/lib/import/page-rules";
import { startImportApply } from "@/lib/import/service";

// The import pages' server actions (app/(app)/admin/impor): apply and cancel (the upload is a route,
// app/api/impor/unggah/[kind], so a file is held to its kind's limit rather than a server action's). Apply goes
// through lib/import/service.ts, which runs applyImport through executeCommand and decides whether the work is
// done at once or by the job queue; cancel is one command. Each opens the run's page when it succeeds.

const runPage = (runId: string) => `/admin/impor/proses/${runId}`;

/** Applies a checked run (at once, or queued when large); the optional date ends the service of the records the file no longer lists. */
export async function applyImportAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  if (!(form instanceof FormData)) return malformedRequest();
  const runId = String(form.get("runId") ?? "");
  const endMissingOn = optionalIsoDate(form.get("endMissingOn"));
  if (endMissingOn === false) {
    const m = await getMessages();
    return { ok: false, message: m.common.invalid, fieldErrors: { endMissingOn: [m.importUi.run.endMissingInvalid] } };
  }
  const state = await runServerCall("applyImport", (viewer) => startImportApply(viewer, endMissingOn ? { runId, endMissingOn } : { runId }));
  if (!state.ok) return state;
  redirect(runPage(runId));
}

export async function cancelImportAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  if (!(form instanceof FormData)) return malformedRequest();
  const runId = String(form.get("runId") ?? "");
  const state = await runServerAction(cancelImport, { runId });
  if (!state.ok) return state;
  redirect(runPage(runId));
}
