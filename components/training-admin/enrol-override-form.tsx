"use client";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import type { ActionState } from "@/lib/action";
import { enrolWithOverrideAction } from "@/lib/enrolment/admin-actions";
import type { Messages } from "@/lib/i18n/messages/id";
import { TextArea } from "./form-controls";
import { useSubmit } from "./use-submit";

/**
 * "Abaikan syarat dengan alasan": enrols the NIP typed above although the position-type, unit or unit-quota rule
 * refuses them, with a reason the audit log keeps. Opened by itself once a direct enrolment was refused.
 */
export function EnrolOverrideForm({ batchId, nip, open, onToggle, onEnrolled, t, saving }: {
  batchId: string;
  nip: string;
  open: boolean;
  onToggle: (open: boolean) => void;
  onEnrolled: () => void;
  t: Messages["eligibility"]["override"];
  saving: string;
}) {
  const [state, action, pending] = useActionState<ActionState, FormData>(async (prev: ActionState, form: FormData) => {
    const result = await enrolWithOverrideAction(prev, form);
    if (result.ok) onEnrolled();
    return result;
  }, { ok: false });
  const onSubmit = useSubmit(action);
  const nipErrors = state.fieldErrors?.nip;
  return (
    <details open={open} onToggle={(e) => onToggle(e.currentTarget.open)} className="rounded-md border border-amber-200 bg-amber-50/50" data-testid="enrol-override">
      <summary className="cursor-pointer px-3 py-2 text-sm font-medium text-amber-900">{t.title}</summary>
      <form action={action} onSubmit={onSubmit} noValidate className="space-y-3 px-3 pb-3" aria-label={t.title}>
        <p className="text-sm text-slate-700">{t.hint}</p>
        <input type="hidden" name="batchId" value={batchId} />
        <input type="hidden" name="nip" value={nip} />
        <TextArea id="enrol-override-reason" name="reason" rows={2} maxLength={500} label={t.reason} hint={t.reasonHint} errors={state.fieldErrors?.reason} required />
        {nipErrors?.length ? <p className="text-sm text-red-700">{nipErrors.join(" ")}</p> : null}
        <Button type="submit" variant="secondary" disabled={pending}>{pending ? saving : t.submit}</Button>
        <FormMessage state={state} />
      </form>
    </details>
  );
}
