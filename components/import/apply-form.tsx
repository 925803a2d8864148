"use client";
import { useActionState, useRef, useState } from "react";
import { useSubmit } from "@/components/training-admin/use-submit";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import type { ActionState } from "@/lib/action";
import { applyImportAction } from "@/app/(app)/admin/impor/actions";
import { formatDate, formatNumber, interpolate, type Locale } from "@/lib/i18n/format";

type Labels = {
  apply: string; applying: string; question: string; questionEnd: string; confirm: string; keep: string; blocked: string;
  endMissingLabel: string; endMissingHint: string;
};
type Counts = { creates: number; updates: number; unchanged: number; missing: number };

/**
 * "Terapkan": a confirmation dialog stating the counts, then the apply. Disabled (with the reason beside it) while
 * any row has an error. With `endsMissing`, an optional date ends the service of the records missing from the file.
 */
export function ApplyForm({ runId, counts, canApply, endsMissing, labels, locale }: {
  runId: string; counts: Counts; canApply: boolean; endsMissing: boolean; labels: Labels; locale: Locale;
}) {
  const [state, action, pending] = useActionState<ActionState, FormData>(applyImportAction, { ok: false });
  const onSubmit = useSubmit(action);
  const dialog = useRef<HTMLDialogElement>(null);
  const [endOn, setEndOn] = useState("");
  const n = (v: number) => formatNumber(v, locale);
  const question = interpolate(labels.question, { creates: n(counts.creates), updates: n(counts.updates), unchanged: n(counts.unchanged), missing: n(counts.missing) });
  const dateErrors = state.fieldErrors?.endMissingOn;
  return (
    <form action={action} onSubmit={(e) => { dialog.current?.close(); onSubmit(e); }} noValidate className="space-y-3" data-testid="import-apply-form">
      <input type="hidden" name="runId" value={runId} />
      {endsMissing && counts.missing > 0 ? (
        <div className="space-y-1">
          <label htmlFor="endMissingOn" className="block text-sm font-medium text-slate-800">{labels.endMissingLabel}</label>
          <input
            id="endMissingOn" name="endMissingOn" type="date" value={endOn} onChange={(e) => setEndOn(e.target.value)}
            aria-describedby={`endMissingOn-hint${dateErrors?.length ? " endMissingOn-error" : ""}`} aria-invalid={dateErrors?.length ? true : undefined}
            className="block rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm"
          />
          <p id="endMissingOn-hint" className="text-xs text-slate-500">{labels.endMissingHint}</p>
          <div id="endMissingOn-error" aria-live="polite">{dateErrors?.map((e) => <p key={e} className="text-sm text-red-700">{e}</p>)}</div>
        </div>
      ) : null}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="button" disabled={!canApply || pending} aria-describedby={canApply ? undefined : "apply-blocked"} onClick={() => dialog.current?.showModal()}>
          {pending ? labels.applying : labels.apply}
        </Button>
        {canApply ? null : <p id="apply-blocked" className="text-sm text-slate-600">{labels.blocked}</p>}
      </div>
      <FormMessage state={state} />
      <dialog ref={dialog} aria-labelledby="apply-question" className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-lg border border-slate-200 p-0 shadow-xl backdrop:bg-slate-900/40">
        <div className="space-y-4 p-5">
          <p id="apply-question" className="text-sm text-slate-900">{question}</p>
          {endsMissing && endOn && counts.missing > 0 ? <p className="text-sm font-medium text-amber-900">{interpolate(labels.questionEnd, { missing: n(counts.missing), date: formatDate(endOn, locale) })}</p> : null}
          <div className="flex flex-wrap justify-end gap-2">
            <Button type="button" variant="secondary" autoFocus onClick={() => dialog.current?.close()}>{labels.keep}</Button>
            <Button type="submit">{labels.confirm}</Button>
          </div>
        </div>
      </dialog>
    </form>
  );
}
