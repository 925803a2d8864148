"use client";
import { useRouter } from "next/navigation";
import { useActionState, useState } from "react";
import { FormMessage } from "@/components/ui/field";
import { ConfirmSubmit } from "@/components/training-admin/confirm-submit";
import { TextArea } from "@/components/training-admin/form-controls";
import type { ActionState } from "@/lib/action";
import { rejectExternalTrainingAction, verifyExternalTrainingAction } from "@/lib/external/actions";
import { interpolate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";

type Action = (prev: ActionState, form: FormData) => Promise<ActionState>;

/** A decision with a reason field and a confirmation step; the page reloads its data once decided. */
function useDecision(serverAction: Action) {
  const router = useRouter();
  // Controlled, so a refused decision keeps the reason (React resets uncontrolled fields after an action).
  const [reason, setReason] = useState("");
  const [state, action, pending] = useActionState<ActionState, FormData>(async (prev, form) => {
    const result = await serverAction(prev, form);
    if (result.ok) router.refresh();
    return result;
  }, { ok: false });
  return { reason, setReason, state, action, pending };
}

type VerifyProps = { id: string; t: Messages["external"]; question: string; closedYear: number | null };

export function VerifyForm({ id, t, question, closedYear }: VerifyProps) {
  const d = t.decision;
  const { reason, setReason, state, action, pending } = useDecision(verifyExternalTrainingAction);
  return (
    <form action={action} className="space-y-3" aria-label={d.verify} noValidate data-testid="verify-form">
      <input type="hidden" name="id" value={id} />
      <TextArea
        id="verify-reason"
        name="reason"
        label={d.reason}
        hint={closedYear ? interpolate(d.verifyReasonRequired, { year: closedYear }) : d.verifyReasonHint}
        rows={2}
        maxLength={500}
        required={Boolean(closedYear)}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        errors={state.fieldErrors?.reason}
      />
      <FormMessage state={state} />
      {state.ok ? null : (
        <div className="flex flex-wrap gap-2">
          <ConfirmSubmit label={pending ? d.deciding : d.verify} question={question} confirm={d.verifyConfirm} keep={d.keep} disabled={pending} />
        </div>
      )}
    </form>
  );
}

export function RejectForm({ id, t }: { id: string; t: Messages["external"] }) {
  const d = t.decision;
  const { reason, setReason, state, action, pending } = useDecision(rejectExternalTrainingAction);
  return (
    <form action={action} className="space-y-3" aria-label={d.reject} noValidate data-testid="reject-form">
      <input type="hidden" name="id" value={id} />
      <TextArea
        id="reject-reason"
        name="reason"
        label={d.rejectReason}
        hint={d.rejectReasonHint}
        rows={2}
        maxLength={500}
        required
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        errors={state.fieldErrors?.reason}
      />
      <FormMessage state={state} />
      {state.ok ? null : (
        <div className="flex flex-wrap gap-2">
          <ConfirmSubmit label={pending ? d.deciding : d.reject} question={d.rejectQuestion} confirm={d.rejectConfirm} keep={d.keep} variant="danger" disabled={pending} />
        </div>
      )}
    </form>
  );
}
