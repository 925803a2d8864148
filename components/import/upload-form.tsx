"use client";
import { useActionState, useState } from "react";
import { useSubmit } from "@/components/training-admin/use-submit";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import type { ActionState } from "@/lib/action";
import { uploadImportAction } from "@/app/(app)/admin/impor/actions";
import { ACCEPT_ATTRIBUTE, checkUpload, type UploadCheck } from "@/lib/import/page-rules";

type Refusal = Exclude<UploadCheck, { ok: true }>["reason"];
type Labels = { file: string; hint: string; submit: string; submitting: string; refusals: Record<Refusal, string> };

/**
 * The upload of one kind's file. Its name and size are checked here first (a file over the limit is never sent),
 * and again by the server; a refused file is named next to the field, a kept one opens its run's page.
 */
export function UploadForm({ kind, maxBytes, labels }: { kind: string; maxBytes: number; labels: Labels }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(uploadImportAction, { ok: false });
  const [local, setLocal] = useState<string | null>(null);
  const onSubmit = useSubmit(action, () => {
    const input = document.getElementById("import-file") as HTMLInputElement | null;
    const check = checkUpload(input?.files?.[0] ?? null, maxBytes);
    setLocal(check.ok ? null : labels.refusals[check.reason]);
    return check.ok;
  });
  const errors = local ? [local] : state.fieldErrors?.file;
  return (
    <form action={action} onSubmit={onSubmit} noValidate className="space-y-4" data-testid="import-upload-form">
      <input type="hidden" name="kind" value={kind} />
      <div className="space-y-1">
        <label htmlFor="import-file" className="block text-sm font-medium text-slate-800">{labels.file}</label>
        <input
          id="import-file" name="file" type="file" required accept={ACCEPT_ATTRIBUTE}
          aria-invalid={errors?.length ? true : undefined}
          aria-describedby={`import-file-hint${errors?.length ? " import-file-error" : ""}`}
          className="block w-full max-w-full text-sm file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5 file:text-sm file:font-medium"
        />
        <p id="import-file-hint" className="text-xs text-slate-500">{labels.hint}</p>
        <div id="import-file-error" aria-live="polite">
          {errors?.map((e) => <p key={e} className="text-sm text-red-700" data-testid="error-file">{e}</p>)}
        </div>
      </div>
      {errors?.length ? null : <FormMessage state={state} />}
      <Button type="submit" disabled={pending}>{pending ? labels.submitting : labels.submit}</Button>
    </form>
  );
}
