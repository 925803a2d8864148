"use client";
import { useRouter } from "next/navigation";
import { useActionState, useState } from "react";
import { ConfirmSubmit } from "@/components/training-admin/confirm-submit";
import { TextArea } from "@/components/training-admin/form-controls";
import { FormMessage } from "@/components/ui/field";
import type { ActionState } from "@/lib/action";
import { revokeCertificateAction } from "@/lib/certificate/actions";
import { interpolate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";

/** "Cabut": a disclosure with the reason and a confirmation step; the page reloads once revoked. */
export function RevokeForm({ certificateId, number, t }: { certificateId: string; number: string; t: Messages["certificate"] }) {
  const router = useRouter();
  // Controlled, so a refused revocation keeps the reason (React resets uncontrolled fields after an action).
  const [reason, setReason] = useState("");
  const [state, action, pending] = useActionState<ActionState, FormData>(async (prev, form) => {
    const result = await revokeCertificateAction(prev, form);
    if (result.ok) router.refresh();
    return result;
  }, { ok: false });
  const r = t.revoke;
  const id = `revoke-${certificateId}`;
  return (
    <details className="group text-left" data-testid="revoke-certificate">
      <summary className="cursor-pointer text-sm font-medium text-red-800 hover:underline">{r.label}</summary>
      <form action={action} className="mt-2 w-72 max-w-full space-y-2" aria-label={interpolate(r.formLabel, { number })} noValidate>
        <input type="hidden" name="certificateId" value={certificateId} />
        <TextArea
          id={id}
          name="reason"
          label={r.reason}
          hint={r.reasonHint}
          rows={2}
          maxLength={500}
          required
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          errors={state.fieldErrors?.reason}
        />
        <FormMessage state={state} />
        {state.ok ? null : (
          <ConfirmSubmit label={pending ? r.revoking : r.label} question={interpolate(r.question, { number })} confirm={r.confirm} keep={r.keep} variant="danger" disabled={pending} />
        )}
      </form>
    </details>
  );
}
