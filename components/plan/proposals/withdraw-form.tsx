"use client";
import type { Messages } from "@/lib/i18n/messages/id";
import { withdrawPlanProposalAction } from "@/lib/plan/proposals-actions";
import { ConfirmActionForm } from "./confirm-action-form";

/** The operator takes back a proposal not decided yet (deleted, after a confirmation). */
export function WithdrawForm({ proposalId, t }: { proposalId: string; t: Messages["planProposals"]["mine"] }) {
  return (
    <ConfirmActionForm
      action={withdrawPlanProposalAction}
      fields={{ proposalId }}
      label={t.withdraw}
      testId="withdraw-form"
      submit={{ label: t.withdraw, question: t.withdrawQuestion, confirm: t.withdrawConfirm, keep: t.keep, variant: "secondary" }}
    />
  );
}
