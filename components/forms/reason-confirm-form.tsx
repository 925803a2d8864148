"use client";
import { useRefreshingAction } from "./use-refreshing-action";
import { useState } from "react";
import { ConfirmSubmit } from "@/components/training-admin/confirm-submit";
import { TextArea } from "@/components/training-admin/form-controls";
import { FormMessage } from "@/components/ui/field";
import type { ActionState } from "@/lib/action";

type Action = (prev: ActionState, form: FormData) => Promise<ActionState>;

type Props = {
  action: Action;
  /** Hidden fields naming what is decided (e.g. { id }). */
  fields: Record<string, string>;
  /** The form's accessible name. */
  label: string;
  reason: { id: string; label: string; hint?: string; required: boolean };
  submit: { label: string; pending: string; question: string; confirm: string; keep: string; variant?: "primary" | "danger" };
  className?: string;
  testId?: string;
};

/**
 * A decision that carries a reason and asks for confirmation (verify, reject, revoke). The reason is
 * controlled, so a refused decision keeps it (React resets uncontrolled fields after an action), and the page
 * reloads its data once the decision is taken.
 */
export function ReasonConfirmForm({ action: serverAction, fields, label, reason, submit, className = "space-y-3", testId }: Props) {
  const [text, setText] = useState("");
  const [state, action, pending] = useRefreshingAction(serverAction);
  return (
    <form action={action} className={className} aria-label={label} noValidate data-testid={testId}>
      {Object.entries(fields).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)}
      <TextArea
        id={reason.id}
        name="reason"
        label={reason.label}
        hint={reason.hint}
        rows={2}
        maxLength={500}
        required={reason.required}
        value={text}
        onChange={(e) => setText(e.target.value)}
        errors={state.fieldErrors?.reason}
      />
      <FormMessage state={state} />
      {state.ok ? null : (
        <div className="flex flex-wrap gap-2">
          <ConfirmSubmit
            label={pending ? submit.pending : submit.label}
            question={submit.question}
            confirm={submit.confirm}
            keep={submit.keep}
            variant={submit.variant ?? "primary"}
            disabled={pending}
          />
        </div>
      )}
    </form>
  );
}
