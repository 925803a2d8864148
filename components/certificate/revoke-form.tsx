"use client";
import { ReasonConfirmForm } from "@/components/forms/reason-confirm-form";
import { revokeCertificateAction } from "@/lib/certificate/actions";
import { interpolate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";

/** "Cabut": a disclosure with the reason and a confirmation step; the page reloads once revoked. */
export function RevokeForm({ certificateId, number, t }: { certificateId: string; number: string; t: Messages["certificate"] }) {
  const r = t.revoke;
  return (
    <details className="group text-left" data-testid="revoke-certificate">
      <summary className="cursor-pointer text-sm font-medium text-red-800 hover:underline">{r.label}</summary>
      <ReasonConfirmForm
        action={revokeCertificateAction}
        fields={{ certificateId }}
        label={interpolate(r.formLabel, { number })}
        className="mt-2 w-72 max-w-full space-y-2"
        reason={{ id: `revoke-${certificateId}`, label: r.reason, hint: r.reasonHint, required: true }}
        submit={{ label: r.label, pending: r.revoking, question: interpolate(r.question, { number }), confirm: r.confirm, keep: r.keep, variant: "danger" }}
      />
    </details>
  );
}
