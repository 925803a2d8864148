"use client";
import { useActionState } from "react";
import { useSubmit } from "@/components/training-admin/use-submit";
import { Button } from "@/components/ui/button";
import { Field, FormMessage } from "@/components/ui/field";
import type { ActionState } from "@/lib/action";
import type { Messages } from "@/lib/i18n/messages/id";
import { closeProposalWindowAction, openProposalWindowAction } from "@/lib/plan/proposals-actions";
import { ConfirmActionForm } from "./confirm-action-form";

type T = Messages["planProposals"]["window"];

/** The admin's window form: its first and last day; "close now" while it is open or coming. */
export function WindowForm({ year, opensOn, closesOn, canClose, hasWindow, t }: {
  year: number; opensOn: string; closesOn: string; canClose: boolean; hasWindow: boolean; t: T;
}) {
  const [state, action, pending] = useActionState<ActionState, FormData>(openProposalWindowAction, { ok: false });
  const onSubmit = useSubmit(action);
  return (
    <div className="space-y-4 px-4 py-4 sm:px-5">
      <form action={action} onSubmit={onSubmit} noValidate className="space-y-3" data-testid="window-form">
        <input type="hidden" name="year" value={year} />
        <div className="grid gap-3 sm:grid-cols-2">
          <Field name="opensOn" label={t.opensOn} type="date" defaultValue={opensOn} errors={state.fieldErrors?.opensOn} required />
          <Field name="closesOn" label={t.closesOn} type="date" defaultValue={closesOn} errors={state.fieldErrors?.closesOn} required />
        </div>
        <FormMessage state={state} />
        <Button type="submit" disabled={pending}>{pending ? t.opening : hasWindow ? t.update : t.open}</Button>
      </form>
      {canClose ? (
        <ConfirmActionForm
          action={closeProposalWindowAction}
          fields={{ year: String(year) }}
          label={t.closeEarly}
          testId="close-window-form"
          submit={{ label: t.closeEarly, question: t.closeQuestion, confirm: t.closeConfirm, keep: t.keep, variant: "secondary" }}
        />
      ) : null}
    </div>
  );
}
