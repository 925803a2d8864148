"use client";
import { useActionState } from "react";
import type { ActionState } from "@/lib/action";
import { registerSelfAction } from "@/lib/enrolment/actions";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";

/**
 * The "Daftar" button of one batch. The command checks window, eligibility, clashes and quota itself and
 * its message is shown here. Once registered, the button goes and the message (which says what happens next)
 * stays: the action does not re-render the page, so the form shows the outcome itself. It also stays mounted
 * (without the button) when the page is next rendered with the registration.
 */
export function RegisterForm({ batchId, showButton, labels }: { batchId: string; showButton: boolean; labels: { register: string; registering: string; batch: string } }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(registerSelfAction, { ok: false });
  const registered = state.ok;
  if ((!showButton || registered) && !state.message) return null;
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="batchId" value={batchId} />
      {showButton && !registered ? (
        <Button type="submit" disabled={pending} aria-label={`${labels.register}: ${labels.batch}`} data-testid="register-button">
          {pending ? labels.registering : labels.register}
        </Button>
      ) : null}
      <FormMessage state={state} />
    </form>
  );
}
