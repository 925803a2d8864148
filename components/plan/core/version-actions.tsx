"use client";
import { useState } from "react";
import { useOrgAction, type ServerAction } from "@/components/org/use-org-action";
import { TextArea } from "@/components/training-admin/form-controls";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import type { PlanVersionStatus } from "@/lib/generated/prisma/enums";
import type { Messages } from "@/lib/i18n/messages/id";
import {
  approvePlanVersionAction, deletePlanRevisionAction, returnPlanVersionAction, startPlanRevisionAction, submitPlanVersionAction,
} from "@/lib/plan/plans-actions";

type Props = {
  t: Messages["planCore"];
  planId: string;
  version: { id: string; number: number; status: PlanVersionStatus };
  /** Every version of the plan is approved: a revision may start. */
  canRevise: boolean;
  canManage: boolean;
  canApprove: boolean;
};

/** One version move, asking first when `question` is given. */
function MoveButton({ action, versionId, label, question, t, variant = "primary" }: { action: ServerAction; versionId: string; label: string; question?: string; t: Messages["planCore"]; variant?: "primary" | "secondary" | "danger" }) {
  const [asking, setAsking] = useState(false);
  const { state, action: run, pending, onSubmit } = useOrgAction(action);
  return (
    <form action={run} onSubmit={onSubmit} className="space-y-2">
      <input type="hidden" name="versionId" value={versionId} />
      {question && asking ? (
        <div className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3" role="alertdialog" aria-label={label}>
          <p className="text-sm text-amber-900">{question}</p>
          <div className="flex flex-wrap gap-2">
            <Button type="submit" variant={variant === "secondary" ? "primary" : variant} disabled={pending} data-testid="confirm">{t.actions.confirm}</Button>
            <Button type="button" variant="secondary" onClick={() => setAsking(false)}>{t.actions.cancel}</Button>
          </div>
        </div>
      ) : question ? (
        <Button type="button" variant={variant} onClick={() => setAsking(true)}>{label}</Button>
      ) : (
        <Button type="submit" variant={variant} disabled={pending}>{label}</Button>
      )}
      <FormMessage state={state.ok ? null : state} />
    </form>
  );
}

function RevisionForm({ planId, t }: { planId: string; t: Messages["planCore"] }) {
  const [open, setOpen] = useState(false);
  const { state, action, pending, onSubmit } = useOrgAction<{ year: number; number: number }>(startPlanRevisionAction, (d) => `/admin/rencana/${d.year}?versi=${d.number}`);
  if (!open) return <Button type="button" variant="secondary" onClick={() => setOpen(true)}>{t.actions.startRevision}</Button>;
  return (
    <form action={action} onSubmit={onSubmit} noValidate className="w-full max-w-xl space-y-2 rounded-md border border-slate-200 p-3" aria-label={t.actions.startRevision}>
      <input type="hidden" name="planId" value={planId} />
      <TextArea id="reason" name="reason" label={t.actions.reason} hint={t.actions.reasonHint} rows={2} maxLength={1000} required errors={state.fieldErrors?.reason} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={pending}>{t.actions.startRevision}</Button>
        <Button type="button" variant="secondary" onClick={() => setOpen(false)}>{t.actions.cancel}</Button>
      </div>
      <FormMessage state={state.ok ? null : state} />
    </form>
  );
}

/** The actions of a version, by its status and the viewer's permissions. */
export function VersionActions({ t, planId, version, canRevise, canManage, canApprove }: Props) {
  const a = t.actions;
  return (
    <div className="flex flex-wrap items-start gap-3" data-testid="version-actions">
      {canManage && version.status === "DRAFT" ? <MoveButton action={submitPlanVersionAction} versionId={version.id} label={a.submit} question={a.submitQuestion} t={t} /> : null}
      {canManage && version.status === "SUBMITTED" ? <MoveButton action={returnPlanVersionAction} versionId={version.id} label={a.returnToDraft} t={t} variant="secondary" /> : null}
      {canApprove && version.status === "SUBMITTED" ? <MoveButton action={approvePlanVersionAction} versionId={version.id} label={a.approve} question={a.approveQuestion} t={t} /> : null}
      {canManage && version.status === "DRAFT" && version.number > 0 ? (
        <MoveButton action={deletePlanRevisionAction} versionId={version.id} label={a.deleteRevision} question={a.deleteRevisionQuestion} t={t} variant="danger" />
      ) : null}
      {canManage && canRevise ? <RevisionForm planId={planId} t={t} /> : null}
    </div>
  );
}
