"use client";
import { useActionState } from "react";
import type { ActionState } from "@/lib/action";
import { reassignFeedbackAction } from "@/lib/feedback/actions";
import type { Messages } from "@/lib/i18n/messages/id";
import { useSubmit } from "@/components/training-admin/use-submit";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";

export function ReassignForm({ taskId, t }: { taskId: string; t: Messages["feedback"]["admin"] }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(reassignFeedbackAction, { ok: false });
  const onSubmit = useSubmit(action);
  const errorId = `nip-${taskId}-error`;
  return (
    <form action={action} onSubmit={onSubmit} className="flex flex-wrap items-start gap-2" noValidate>
      <input type="hidden" name="taskId" value={taskId} />
      <div>
        <input
          name="supervisorNip" inputMode="numeric" aria-label={t.newSupervisorNip} placeholder={t.newSupervisorNip}
          aria-describedby={errorId} aria-invalid={state.fieldErrors?.supervisorNip ? true : undefined}
          className="w-52 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm shadow-sm"
        />
        <div id={errorId} aria-live="polite">{state.fieldErrors?.supervisorNip?.map((e) => <p key={e} className="text-xs text-red-700">{e}</p>)}</div>
      </div>
      <Button type="submit" variant="secondary" disabled={pending}>{t.reassignSubmit}</Button>
      {state.ok ? <FormMessage state={state} /> : null}
    </form>
  );
}
