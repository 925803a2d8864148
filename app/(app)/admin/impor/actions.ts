"use server";
import { redirect } from "next/navigation";
import { malformedRequest, runServerAction, type ActionState } from "@/lib/action";
import { requireViewer } from "@/lib/auth/viewer";
import { getMessages } from "@/lib/i18n/server";
import { interpolate } from "@/lib/i18n/format";
import { cancelImport } from "@/lib/import/cancel";
import { checkImportRun } from "@/lib/import/check";
import { applyImport, startImport } from "@/lib/import/commands";
import { IMPORT_KINDS } from "@/lib/import/kinds";
import { megabytes } from "@/lib/import/limits";
import { checkUpload, optionalIsoDate } from "@/lib/import/page-rules";
import { enqueueImportCheck } from "@/lib/import/queue";

// The import pages' server actions (app/(app)/admin/impor): upload → check, apply, cancel. Each runs its command
// through lib/action.ts and, when it succeeds, opens the run's page.

const runPage = (runId: string) => `/admin/impor/proses/${runId}`;

/** Keeps the file (startImport), checks it at once when small or queues the check, then opens the run's page. */
export async function uploadImportAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  if (!(form instanceof FormData)) return malformedRequest();
  const kindName = String(form.get("kind") ?? "");
  const kind = Object.hasOwn(IMPORT_KINDS, kindName) ? IMPORT_KINDS[kindName] : undefined;
  const file = form.get("file");
  if (kind) {
    const check = checkUpload(file instanceof File ? file : null, kind.limits.uploadBytes);
    if (!check.ok) {
      const m = await getMessages();
      const message = interpolate(m.importUi.upload[check.reason], { size: megabytes(kind.limits.uploadBytes) });
      return { ok: false, message: m.common.invalid, fieldErrors: { file: [message] } };
    }
  }
  const state = await runServerAction(startImport, { kind: kindName, file });
  if (!state.ok || !state.data) return state;
  const { runId, inline } = state.data;
  const viewer = await requireViewer();
  try {
    if (inline) await checkImportRun(viewer.agencyId, runId);
    else await enqueueImportCheck({ agencyId: viewer.agencyId, runId });
  } catch (error) {
    // The run is marked FAILED (check.ts) and its page says so; the upload itself was kept.
    console.error(`[import] check of ${runId} failed`, error);
  }
  redirect(runPage(runId));
}

/** Applies a checked run; the optional date ends the service of the records the file no longer lists. */
export async function applyImportAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  if (!(form instanceof FormData)) return malformedRequest();
  const runId = String(form.get("runId") ?? "");
  const endMissingOn = optionalIsoDate(form.get("endMissingOn"));
  if (endMissingOn === false) {
    const m = await getMessages();
    return { ok: false, message: m.common.invalid, fieldErrors: { endMissingOn: [m.importUi.run.endMissingInvalid] } };
  }
  const state = await runServerAction(applyImport, endMissingOn ? { runId, endMissingOn } : { runId });
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
