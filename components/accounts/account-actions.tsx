"use client";
import { useActionState, useState } from "react";
import type { ActionState } from "@/lib/action";
import { resetPasswordAction, setAccountActiveAction } from "@/lib/accounts/actions";
import { interpolate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { TemporaryPassword, type Credentials } from "./temporary-password";

/** A button that asks before it posts: the question, "Ya, …" and "Batal". */
function ConfirmedForm({
  action, fields, label, question, confirm, cancel, working, variant, pending, testId,
}: {
  action: (form: FormData) => void;
  fields: Record<string, string>;
  label: string;
  question: string;
  confirm: string;
  cancel: string;
  working: string;
  variant: "danger" | "secondary";
  pending: boolean;
  testId: string;
}) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return <Button type="button" variant={variant} disabled={pending} onClick={() => setAsking(true)} data-testid={testId}>{pending ? working : label}</Button>;
  }
  return (
    <form action={(form) => { setAsking(false); action(form); }} className="space-y-2 rounded-md border border-red-200 bg-red-50 p-3">
      {Object.entries(fields).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)}
      <p className="text-sm text-red-900" role="alert">{question}</p>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="danger" data-testid={`${testId}-confirm`}>{confirm}</Button>
        <Button type="button" variant="secondary" autoFocus onClick={() => setAsking(false)}>{cancel}</Button>
      </div>
    </form>
  );
}

/** Reset the password (the temporary one is shown once), deactivate or reactivate: each asks first. */
export function AccountActions({ userId, name, active, t }: { userId: string; name: string; active: boolean; t: Messages["accounts"] }) {
  const [reset, resetAction, resetting] = useActionState<ActionState<Credentials>, FormData>(resetPasswordAction, { ok: false });
  const [status, statusAction, switching] = useActionState<ActionState, FormData>(setAccountActiveAction, { ok: false });
  const d = t.detail;
  return (
    <div className="space-y-5 p-4 sm:p-5">
      <div className="space-y-2">
        <p className="text-sm text-slate-600">{d.resetHint}</p>
        <ConfirmedForm
          action={resetAction} fields={{ userId }} label={d.reset} question={interpolate(d.resetQuestion, { name })}
          confirm={d.resetConfirm} cancel={d.cancel} working={d.working} variant="secondary" pending={resetting} testId="reset-password"
        />
        {reset.ok && reset.data ? <TemporaryPassword credentials={reset.data} t={t.temporary} /> : null}
        {!reset.ok ? <FormMessage state={reset} /> : null}
      </div>
      <div className="space-y-2 border-t border-slate-100 pt-4">
        {active ? (
          <>
            <p className="text-sm text-slate-600">{d.deactivateHint}</p>
            <ConfirmedForm
              action={statusAction} fields={{ userId, active: "false" }} label={d.deactivate} question={interpolate(d.deactivateQuestion, { name })}
              confirm={d.deactivateConfirm} cancel={d.cancel} working={d.working} variant="danger" pending={switching} testId="deactivate-account"
            />
          </>
        ) : (
          <form action={statusAction}>
            <input type="hidden" name="userId" value={userId} />
            <input type="hidden" name="active" value="true" />
            <Button type="submit" disabled={switching} data-testid="reactivate-account">{switching ? d.working : d.reactivate}</Button>
          </form>
        )}
        <FormMessage state={status} />
      </div>
    </div>
  );
}
