"use client";
import { useActionState, useRef, useEffect } from "react";
import type { ActionState } from "@/lib/action";
import { changePasswordAction } from "@/lib/accounts/actions";
import type { Messages } from "@/lib/i18n/messages/id";
import { Button } from "@/components/ui/button";
import { Field, FormMessage } from "@/components/ui/field";

/** The user's own password: the current one, the new one twice. After a forced change the action moves on. */
export function PasswordForm({ forced, t }: { forced: boolean; t: Messages["accounts"]["password"] }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(changePasswordAction, { ok: false });
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.ok) formRef.current?.reset();
  }, [state]);
  return (
    <form ref={formRef} action={action} className="max-w-md space-y-4 p-4 sm:p-5" noValidate data-testid="password-form">
      <Field name="currentPassword" type="password" autoComplete="current-password" label={forced ? t.currentForced : t.current} errors={state.fieldErrors?.currentPassword} required />
      <Field name="newPassword" type="password" autoComplete="new-password" label={t.new} hint={t.hint} errors={state.fieldErrors?.newPassword} minLength={10} required />
      <Field name="confirmPassword" type="password" autoComplete="new-password" label={t.confirm} errors={state.fieldErrors?.confirmPassword} required />
      <FormMessage state={state} />
      <Button type="submit" disabled={pending}>{pending ? t.saving : t.submit}</Button>
    </form>
  );
}
