"use client";
import { useActionState } from "react";
import type { ActionState } from "@/lib/action";
import { useSubmit } from "@/components/training-admin/use-submit";
import { addSelfAssessmentAction } from "@/lib/feedback/actions";
import type { Messages } from "@/lib/i18n/messages/id";
import { TextArea } from "@/components/training-admin/form-controls";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";

export function SelfAssessmentForm({ taskId, current, t }: { taskId: string; current: string | null; t: Messages["feedback"] }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(addSelfAssessmentAction, { ok: false });
  // Submitted by hand so a refused form keeps what was typed (a form action would reset it).
  const onSubmit = useSubmit(action);
  return (
    <form action={action} onSubmit={onSubmit} className="space-y-3 p-4 sm:p-5" noValidate>
      <input type="hidden" name="taskId" value={taskId} />
      <TextArea id="selfAssessment" name="selfAssessment" label={t.selfHint} rows={3} defaultValue={current ?? ""} errors={state.fieldErrors?.selfAssessment} />
      <FormMessage state={state} />
      <Button type="submit" disabled={pending}>{t.selfSave}</Button>
    </form>
  );
}
