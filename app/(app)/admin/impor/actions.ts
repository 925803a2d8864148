"use server";
import { redirect } from "next/navigation";
import { malformedRequest, runServerAction, runServerCall, type ActionState } from "@/lib/action";
import { getMessages } from "@/lib/i18n/server";
import { interpolate } from "@/lib/i18n/format";
import { cancelImport } from "@/lib/import/cancel";
import { IMPORT_KINDS } from "@/lib/import/kinds";
import { megabytes } from "@/lib/import/limits";
import { checkUpload, optionalIsoDate, uploadLimitBytes } from "@/lib/import/page-rules";
import { startImportApply, startImportCheck } from "@/lib/import/service";

// The import pages' server actions (app/(app)/admin/impor): upload → check, apply, cancel. Upload and apply go
// through lib/import/service.ts, which runs startImport / applyImport through executeCommand and decides whether
// the work is done at once or by the job queue; cancel is one command. Each opens the run's page when it succeeds.

const runPage = (runId: string) => `/admin/impor/proses/${runId}`;

/** Keeps the file (startImport), checks it at once when small or queues the check, then opens the run's page. */
export async function uploadImportAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  if (!(form instanceof FormData)) return malformedRequest();
  const kindName = String(form.get("kind") ?? "");
  const kind = Object.hasOwn(IMPORT_KINDS, kindName) ? IMPORT_KINDS[kindName] : undefined;
  const file = form.get("file");
  if (!kind || !(file instanceof Blob)) return malformedRequest();
  const limit = uploadLimitBytes(kind.limits.uploadBytes);
  const check = checkUpload(file instanceof File ? file : null, limit);
  if (!check.ok) {
    const m = await getMessages();
    return { ok: false, message: m.common.invalid, fieldErrors: { file: [interpolate(m.importUi.upload[check.reason], { size: megabytes(limit) })] } };
  }
  const state = await runServerCall("startImport", (viewer) => startImportCheck(viewer, { kind: kind.kind, file }));
  if (!state.ok || !state.data) return state;
  redirect(runPage(state.data.runId));
}

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
