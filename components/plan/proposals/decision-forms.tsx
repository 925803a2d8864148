"use client";
import { useState } from "react";
import { ReasonConfirmForm } from "@/components/forms/reason-confirm-form";
import type { Messages } from "@/lib/i18n/messages/id";
import { acceptPlanProposalAction, declinePlanProposalAction, mergePlanProposalAction } from "@/lib/plan/proposals-actions";
import { ConfirmActionForm } from "./confirm-action-form";

type T = Messages["planProposals"]["decide"];
export type DraftLineOption = { id: string; label: string };

/** The three decisions on one proposal: accept, merge into a line of the draft, decline with a reason. */
export function DecisionForms({ proposalId, lines, t }: { proposalId: string; lines: DraftLineOption[]; t: T }) {
  const [lineId, setLineId] = useState("");
  const [mode, setMode] = useState<"none" | "merge" | "decline">("none");
  return (
    <div className="space-y-3" data-testid="decision-forms">
      <div className="flex flex-wrap items-start gap-2">
        <ConfirmActionForm
          action={acceptPlanProposalAction}
          fields={{ proposalId }}
          label={t.accept}
          testId="accept-form"
          submit={{ label: t.accept, question: t.acceptQuestion, confirm: t.confirm, keep: t.keep }}
        />
        <button type="button" className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50" aria-expanded={mode === "merge"} onClick={() => setMode(mode === "merge" ? "none" : "merge")}>{t.merge}</button>
        <button type="button" className="rounded-md border border-red-300 bg-white px-4 py-2 text-sm font-medium text-red-800 hover:bg-red-50" aria-expanded={mode === "decline"} onClick={() => setMode(mode === "decline" ? "none" : "decline")}>{t.decline}</button>
      </div>
      {mode === "merge" ? (
        lines.length ? (
          <ConfirmActionForm
            action={mergePlanProposalAction}
            fields={{ proposalId }}
            label={t.merge}
            testId="merge-form"
            submit={{ label: t.merge, question: t.mergeQuestion, confirm: t.confirm, keep: t.keep }}
          >
            <label className="block text-sm font-medium text-slate-800" htmlFor={`merge-${proposalId}`}>{t.mergeLine}</label>
            <select id={`merge-${proposalId}`} name="lineId" value={lineId} onChange={(e) => setLineId(e.target.value)} className="block w-full max-w-xl rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm">
              <option value="">{t.mergeChoose}</option>
              {lines.map((l) => <option key={l.id} value={l.id}>{l.label}</option>)}
            </select>
          </ConfirmActionForm>
        ) : <p className="text-sm text-slate-600">{t.noLines}</p>
      ) : null}
      {mode === "decline" ? (
        <ReasonConfirmForm
          action={declinePlanProposalAction}
          fields={{ proposalId }}
          label={t.decline}
          testId="decline-form"
          reason={{ id: `decline-reason-${proposalId}`, label: t.reason, hint: t.reasonHint, required: true }}
          submit={{ label: t.decline, pending: t.deciding, question: t.declineQuestion, confirm: t.confirm, keep: t.keep, variant: "danger" }}
        />
      ) : null}
    </div>
  );
}
