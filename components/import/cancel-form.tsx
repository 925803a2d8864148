"use client";
import { useActionState } from "react";
import { ConfirmSubmit } from "@/components/training-admin/confirm-submit";
import { useSubmit } from "@/components/training-admin/use-submit";
import { FormMessage } from "@/components/ui/field";
import type { ActionState } from "@/lib/action";
import { cancelImportAction } from "@/app/(app)/admin/impor/actions";

type Labels = { cancel: string; question: string; confirm: string; keep: string };

/** "Batalkan impor", asked twice: the run can no longer be applied afterwards. */
export function CancelForm({ runId, labels }: { runId: string; labels: Labels }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(cancelImportAction, { ok: false });
  const onSubmit = useSubmit(action);
  return (
    <form action={action} onSubmit={onSubmit} className="space-y-2" data-testid="import-cancel-form">
      <input type="hidden" name="runId" value={runId} />
      <ConfirmSubmit label={labels.cancel} question={labels.question} confirm={labels.confirm} keep={labels.keep} variant="secondary" disabled={pending} />
      <FormMessage state={state} />
    </form>
  );
}
