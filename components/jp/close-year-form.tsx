"use client";
import { useActionState } from "react";
import type { ActionState } from "@/lib/action";
import { closeYearAction } from "@/lib/compliance/actions";
import { FormMessage } from "@/components/ui/field";
import { ConfirmSubmit } from "@/components/training-admin/confirm-submit";

type Labels = { submit: string; confirm: string; keep: string; submitting: string };

export function CloseYearForm({ year, labels }: { year: number; labels: Labels }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(closeYearAction, { ok: false });
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="year" value={year} />
      <FormMessage state={state} />
      {state.ok ? null : (
        <ConfirmSubmit label={pending ? labels.submitting : labels.submit} question={labels.confirm} confirm={labels.submit} keep={labels.keep} variant="danger" disabled={pending} />
      )}
    </form>
  );
}
