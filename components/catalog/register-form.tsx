"use client";
import { useActionState } from "react";
import type { ActionState } from "@/lib/action";
import { registerSelfAction } from "@/lib/enrolment/actions";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";

/**
 * The "Daftar" button of one batch. The command checks window, eligibility, clashes and quota itself and
 * its message is shown here. It stays mounted (without the button) once registered, so the message survives
 * the page refresh that follows.
 */
export function RegisterForm({ batchId, showButton, labels }: { batchId: string; showButton: boolean; labels: { register: string; registering: string; batch: string; toAgency: string } }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(registerSelfAction, { ok: false });
  if (!showButton && !state.message) return null;
  const toAgency = state.ok && (state.data as { status?: string } | undefined)?.status === "PENDING_AGENCY";
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="batchId" value={batchId} />
      {showButton ? (
        <Button type="submit" disabled={pending} aria-label={`${labels.register}: ${labels.batch}`} data-testid="register-button">
          {pending ? labels.registering : labels.register}
        </Button>
      ) : null}
      {/* The command's message names the supervisor; without one the registration goes straight to the agency. */}
      <FormMessage state={toAgency ? { ok: true, message: labels.toAgency } : state} />
    </form>
  );
}
