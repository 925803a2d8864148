"use client";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { useSubmit } from "@/components/training-admin/use-submit";
import type { ActionState } from "@/lib/action";
import type { Messages } from "@/lib/i18n/messages/id";
import { importLearningScoresAction } from "@/lib/learning/actions";

/** Upload of the filled template. A refused file lists each bad row; the chosen file stays selected to retry. */
export function LearningImportForm({ batchId, t }: { batchId: string; t: Messages["learning"]["import"] }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(importLearningScoresAction, { ok: false });
  const onSubmit = useSubmit(action);
  const rows = state.fieldErrors?.rows;
  const fileErrors = state.fieldErrors?.file;
  return (
    <form action={action} onSubmit={onSubmit} noValidate className="space-y-3 border-b border-slate-100 px-4 py-4 sm:px-5" data-testid="learning-import-form" aria-labelledby="learning-import-title">
      <input type="hidden" name="batchId" value={batchId} />
      <div>
        <h3 id="learning-import-title" className="text-sm font-semibold text-slate-900">{t.title}</h3>
        <p className="mt-0.5 text-sm text-slate-600">{t.hint}</p>
      </div>
      <div className="flex flex-wrap items-end gap-3">
        <a href={`/api/angkatan/${batchId}/nilai`} className="text-sm font-medium text-brand-700 hover:underline" data-testid="learning-template">{t.template}</a>
        <div className="space-y-1">
          <label htmlFor="learning-file" className="block text-sm font-medium text-slate-800">{t.file}</label>
          <input
            id="learning-file" name="file" type="file" required
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-invalid={fileErrors?.length ? true : undefined}
            aria-describedby={fileErrors?.length || rows?.length ? "learning-file-error" : undefined}
            className="block text-sm"
          />
        </div>
        <Button type="submit" disabled={pending}>{pending ? t.importing : t.submit}</Button>
      </div>
      <FormMessage state={state} />
      <div id="learning-file-error" aria-live="polite">
        {fileErrors?.map((e) => <p key={e} className="text-sm text-red-700">{e}</p>)}
        {rows?.length ? (
          <ul className="list-disc space-y-0.5 pl-5 text-sm text-red-700" data-testid="learning-import-rows">
            {rows.map((e, i) => <li key={i}>{e}</li>)}
          </ul>
        ) : null}
      </div>
    </form>
  );
}
