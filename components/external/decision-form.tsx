"use client";
import { ReasonConfirmForm } from "@/components/forms/reason-confirm-form";
import { rejectExternalTrainingAction, verifyExternalTrainingAction } from "@/lib/external/actions";
import { interpolate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";

type VerifyProps = { id: string; t: Messages["external"]; question: string; closedYear: number | null };

export function VerifyForm({ id, t, question, closedYear }: VerifyProps) {
  const d = t.decision;
  return (
    <ReasonConfirmForm
      action={verifyExternalTrainingAction}
      fields={{ id }}
      label={d.verify}
      testId="verify-form"
      reason={{
        id: "verify-reason",
        label: d.reason,
        hint: closedYear ? interpolate(d.verifyReasonRequired, { year: closedYear }) : d.verifyReasonHint,
        required: Boolean(closedYear),
      }}
      submit={{ label: d.verify, pending: d.deciding, question, confirm: d.verifyConfirm, keep: d.keep }}
    />
  );
}

export function RejectForm({ id, t }: { id: string; t: Messages["external"] }) {
  const d = t.decision;
  return (
    <ReasonConfirmForm
      action={rejectExternalTrainingAction}
      fields={{ id }}
      label={d.reject}
      testId="reject-form"
      reason={{ id: "reject-reason", label: d.rejectReason, hint: d.rejectReasonHint, required: true }}
      submit={{ label: d.reject, pending: d.deciding, question: d.rejectQuestion, confirm: d.rejectConfirm, keep: d.keep, variant: "danger" }}
    />
  );
}
