"use client";
import { useActionState } from "react";
import type { ActionState } from "@/lib/action";
import { useSubmit } from "@/components/training-admin/use-submit";
import { updateOwnContactAction } from "@/lib/people/actions";
import { Button } from "@/components/ui/button";
import { Field, FormMessage } from "@/components/ui/field";

type Labels = { phone: string; email: string; save: string; saving: string };

export function ContactForm({ phone, email, labels }: { phone: string | null; email: string | null; labels: Labels }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(updateOwnContactAction, { ok: false });
  // Submitted by hand so a refused form keeps what was typed (a form action would reset it).
  const onSubmit = useSubmit(action);
  return (
    <form action={action} onSubmit={onSubmit} className="space-y-4 p-4 sm:p-5" noValidate>
      <div className="grid gap-4">
        <Field name="phone" label={labels.phone} type="tel" inputMode="tel" autoComplete="tel" defaultValue={phone ?? ""} errors={state.fieldErrors?.phone} />
        <Field name="email" label={labels.email} type="email" autoComplete="email" defaultValue={email ?? ""} errors={state.fieldErrors?.email} />
      </div>
      <FormMessage state={state} />
      <Button type="submit" disabled={pending}>{pending ? labels.saving : labels.save}</Button>
    </form>
  );
}
