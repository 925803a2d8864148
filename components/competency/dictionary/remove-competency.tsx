"use client";
import { useOrgAction } from "@/components/org/use-org-action";
import { ConfirmSubmit } from "@/components/training-admin/confirm-submit";
import { FormMessage } from "@/components/ui/field";
import { removeCompetencyAction } from "@/lib/competency/standards-actions";
import type { CompetencyUse } from "@/lib/competency/standards-rules";
import { interpolate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";

/** Removes a competency after a confirmation; one still in use explains what uses it instead of offering the button. */
export function RemoveCompetency({ competencyId, use, m }: { competencyId: string; use: CompetencyUse; m: Messages }) {
  const f = m.compStandards.form;
  const { state, action, pending, onSubmit } = useOrgAction(removeCompetencyAction, () => "/admin/kamus-kompetensi");
  if (use.standards + use.programs + use.results > 0) {
    return (
      <div className="p-4 sm:p-5" data-testid="competency-in-use">
        <p className="text-sm font-medium text-slate-900">{f.inUseTitle}</p>
        <p className="mt-1 text-sm text-slate-700">{interpolate(f.inUseBody, { ...use })}</p>
      </div>
    );
  }
  return (
    <form action={action} onSubmit={onSubmit} className="space-y-3 p-4 sm:p-5">
      <input type="hidden" name="competencyId" value={competencyId} />
      <ConfirmSubmit label={f.remove} question={f.removeQuestion} confirm={f.removeConfirm} keep={f.keep} variant="danger" disabled={pending} />
      <FormMessage state={state.ok ? null : state} />
    </form>
  );
}
