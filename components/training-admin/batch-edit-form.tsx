"use client";
import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import type { ActionState } from "@/lib/action";
import { updateBatchAction } from "@/lib/catalog/edit-actions";
import type { Messages } from "@/lib/i18n/messages/id";
import { FormSection, TextInput } from "./form-controls";
import { useSubmit } from "./use-submit";

/** The saved batch as the form shows it: dates as "YYYY-MM-DD", the window on the agency's wall clock. */
export type BatchEditValues = {
  startDate: string; endDate: string; venue: string; onlineUrl: string; capacity: string; registrationOpensAt: string; registrationClosesAt: string;
};

type Props = {
  batchId: string;
  values: BatchEditValues;
  /** Dates can no longer move once attendance exists: the fields are shown read-only. */
  datesLocked: boolean;
  t: Messages["trainingAdmin"];
  e: Messages["catalogEdit"];
  saving: string;
};

/** A saved batch's dates, place, capacity and registration window; the command decides what the batch still allows. */
export function BatchEditForm({ batchId, values, datesLocked, t, e, saving }: Props) {
  const f = t.batchForm;
  const [state, action, pending] = useActionState<ActionState, FormData>(updateBatchAction, { ok: false });
  const [v, setV] = useState(values);
  const err = (field: string) => state.fieldErrors?.[field];
  const onSubmit = useSubmit(action);
  const field = (name: keyof BatchEditValues, label: string, extra: React.InputHTMLAttributes<HTMLInputElement> & { hint?: string } = {}) => (
    <TextInput id={name} name={name} label={label} value={v[name]} onChange={(ev) => setV((old) => ({ ...old, [name]: ev.target.value }))} errors={err(name)} {...extra} />
  );

  return (
    <form action={action} onSubmit={onSubmit} noValidate data-testid="batch-edit-form">
      <input type="hidden" name="batchId" value={batchId} />
      <FormSection title={f.general} hint={datesLocked ? e.batch.attendanceNote : e.batch.shiftNote}>
        <div className="grid gap-4 sm:grid-cols-2">
          {field("startDate", f.startDate, { type: "date", readOnly: datesLocked })}
          {field("endDate", f.endDate, { type: "date", min: v.startDate || undefined, readOnly: datesLocked })}
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          {field("venue", f.venue, { hint: f.venueHint })}
          {field("onlineUrl", f.onlineUrl, { type: "url", inputMode: "url", hint: f.onlineUrlHint })}
        </div>
        <div className="grid gap-4 sm:grid-cols-3">
          {field("capacity", f.capacity, { inputMode: "numeric" })}
          {field("registrationOpensAt", f.registrationOpensAt, { type: "datetime-local", hint: f.timeZoneHint })}
          {field("registrationClosesAt", f.registrationClosesAt, { type: "datetime-local", hint: f.timeZoneHint })}
        </div>
      </FormSection>
      <div className="space-y-3 border-t border-slate-100 px-4 py-4 sm:px-5">
        <FormMessage state={state} />
        <Button type="submit" disabled={pending}>{pending ? saving : e.batch.submit}</Button>
      </div>
    </form>
  );
}
