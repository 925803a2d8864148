"use client";
import { useActionState } from "react";
import { loginAction, type LoginState } from "@/lib/auth/actions";
import { Button } from "@/components/ui/button";
import { Field, FormMessage } from "@/components/ui/field";

type Labels = { identifier: string; identifierHint: string; password: string; submit: string; submitting: string };

export function LoginForm({ callbackUrl, labels }: { callbackUrl?: string; labels: Labels }) {
  const [state, action, pending] = useActionState<LoginState, FormData>(loginAction, { ok: false });
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl ?? ""} />
      <Field
        name="identifier"
        label={labels.identifier}
        hint={labels.identifierHint}
        autoComplete="username"
        defaultValue={state.identifier}
        required
      />
      <Field name="password" label={labels.password} type="password" autoComplete="current-password" required />
      <FormMessage state={state} />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? labels.submitting : labels.submit}
      </Button>
    </form>
  );
}
