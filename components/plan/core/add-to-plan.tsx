"use client";
import { useRefreshingAction } from "@/components/forms/use-refreshing-action";
import { startTransition } from "react";
import { TextInput } from "@/components/training-admin/form-controls";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import type { Messages } from "@/lib/i18n/messages/id";
import { addNeedsToPlanAction } from "@/lib/plan/plans-actions";

export const ADD_TO_PLAN_FORM = "add-to-plan";

/**
 * "Tambahkan ke rencana" above the training-needs list: the plan year and the button for the ticked needs. The
 * tick boxes and each row's own button sit in the table and belong to this form through form="add-to-plan".
 */
export function AddToPlanBar({ t, defaultYear }: { t: Messages["planCore"]; defaultYear: number }) {
  const [state, action, pending] = useRefreshingAction(addNeedsToPlanAction);
  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // The row button that was pressed (name="one") travels with the form.
    const form = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    startTransition(() => action(form));
  };
  return (
    <form id={ADD_TO_PLAN_FORM} action={action} onSubmit={onSubmit} noValidate aria-label={t.fromNeeds.label} className="space-y-2 border-b border-slate-100 px-4 py-3 sm:px-5" data-testid="add-to-plan">
      <div className="flex flex-wrap items-end gap-3">
        <TextInput id="plan-year" name="year" label={t.fromNeeds.year} defaultValue={String(defaultYear)} inputMode="numeric" maxLength={4} errors={state.fieldErrors?.year} className="w-32" />
        <Button type="submit" variant="secondary" disabled={pending} className={state.fieldErrors?.year ? "mb-6" : undefined}>{t.fromNeeds.addSelected}</Button>
      </div>
      <FormMessage state={state} />
    </form>
  );
}
