"use client";
import { useRefreshingAction } from "@/components/forms/use-refreshing-action";
import { ConfirmSubmit } from "@/components/training-admin/confirm-submit";
import { FormMessage } from "@/components/ui/field";
import type { ActionState } from "@/lib/action";

type Action = (prev: ActionState, form: FormData) => Promise<ActionState>;

/** A small form whose submit asks first (accept, merge, close the window, withdraw); the page reloads once done. */
export function ConfirmActionForm({ action: serverAction, fields, label, submit, children, testId, className = "space-y-2" }: {
  action: Action;
  fields: Record<string, string>;
  label: string;
  submit: { label: string; question: string; confirm: string; keep: string; variant?: "primary" | "secondary" | "danger" };
  children?: React.ReactNode;
  testId?: string;
  className?: string;
}) {
  const [state, action, pending] = useRefreshingAction(serverAction);
  return (
    <form action={action} aria-label={label} className={className} data-testid={testId} noValidate>
      {Object.entries(fields).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)}
      {children}
      {state.fieldErrors ? Object.values(state.fieldErrors).flat().map((e) => <p key={e} className="text-sm text-red-700">{e}</p>) : null}
      <FormMessage state={state} />
      {state.ok ? null : <ConfirmSubmit {...submit} disabled={pending} />}
    </form>
  );
}
