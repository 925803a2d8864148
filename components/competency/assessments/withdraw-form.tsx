"use client";
import { ReasonConfirmForm } from "@/components/forms/reason-confirm-form";
import { withdrawAssessmentAction } from "@/lib/competency/assessments-actions";
import { interpolate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";

/** "Tarik": a disclosure with the required reason and a confirmation step; the page reloads once withdrawn. */
export function WithdrawForm({ assessmentId, code, level, date, t }: { assessmentId: string; code: string; level: number; date: string; t: Messages["compAssess"]["withdraw"] }) {
  const values = { code, level, date };
  return (
    <details className="text-left" data-testid="withdraw-assessment">
      <summary className="cursor-pointer whitespace-nowrap text-sm font-medium text-red-800 hover:underline">{t.label}</summary>
      <ReasonConfirmForm
        action={withdrawAssessmentAction}
        fields={{ assessmentId }}
        label={interpolate(t.formLabel, values)}
        className="mt-2 w-72 max-w-full space-y-2"
        reason={{ id: `withdraw-${assessmentId}`, label: t.reason, hint: t.reasonHint, required: true }}
        submit={{ label: t.label, pending: t.pending, question: interpolate(t.question, values), confirm: t.confirm, keep: t.keep, variant: "danger" }}
      />
    </details>
  );
}
