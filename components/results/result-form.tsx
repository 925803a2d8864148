"use client";
import { useActionState, useState } from "react";
import { TextInput } from "@/components/training-admin/form-controls";
import { useSubmit } from "@/components/training-admin/use-submit";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import type { ActionState } from "@/lib/action";
import { interpolate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { deleteIndicatorAction, recordResultAction } from "@/lib/results/actions";

type Props = { indicatorId: string; value: string; on: string; t: Messages["results"]; saving: string; idPrefix: string };

/** The value after the batch and its date: recorded once, adjusted later. */
export function ResultForm({ indicatorId, value, on, t, saving, idPrefix }: Props) {
  const [state, action, pending] = useActionState<ActionState, FormData>(recordResultAction, { ok: false });
  const onSubmit = useSubmit(action);
  const [fields, setFields] = useState({ resultValue: value, resultOn: on });
  const f = t.form;
  return (
    <form action={action} onSubmit={onSubmit} noValidate className="space-y-3" data-testid="result-form">
      <input type="hidden" name="indicatorId" value={indicatorId} />
      <div className="grid gap-4 sm:grid-cols-2 lg:max-w-2xl">
        <TextInput
          id={`${idPrefix}-resultValue`} name="resultValue" label={f.resultValue} hint={f.valueHint} inputMode="decimal"
          value={fields.resultValue} onChange={(e) => setFields((s) => ({ ...s, resultValue: e.target.value }))} errors={state.fieldErrors?.resultValue}
        />
        <TextInput
          id={`${idPrefix}-resultOn`} name="resultOn" type="date" label={f.resultOn} hint={f.resultOnHint}
          value={fields.resultOn} onChange={(e) => setFields((s) => ({ ...s, resultOn: e.target.value }))} errors={state.fieldErrors?.resultOn}
        />
      </div>
      <FormMessage state={state} />
      <Button type="submit" disabled={pending}>{pending ? saving : f.saveResult}</Button>
    </form>
  );
}

/** Asks before deleting an indicator with its values. */
export function DeleteIndicatorForm({ indicatorId, name, t, onKeep }: { indicatorId: string; name: string; t: Messages["results"]; onKeep: () => void }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(deleteIndicatorAction, { ok: false });
  const f = t.form;
  return (
    <form action={action} className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3" data-testid="indicator-delete-form">
      <input type="hidden" name="indicatorId" value={indicatorId} />
      <p className="text-sm text-amber-900" role="alert">{interpolate(f.deleteQuestion, { name })}</p>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="danger" disabled={pending}>{f.deleteConfirm}</Button>
        <Button type="button" variant="secondary" autoFocus onClick={onKeep}>{f.keep}</Button>
      </div>
      {!state.ok ? <FormMessage state={state} /> : null}
    </form>
  );
}
