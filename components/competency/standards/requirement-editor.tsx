"use client";
import { useOrgAction } from "@/components/org/use-org-action";
import { ConfirmSubmit } from "@/components/training-admin/confirm-submit";
import { Select, TextInput } from "@/components/training-admin/form-controls";
import { Badge } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { removeRequirementAction, saveRequirementAction } from "@/lib/competency/standards-actions";
import { IMPORTANCES } from "@/lib/competency/standards-rules";
import type { StandardVersionView } from "@/lib/competency/standards-queries";
import { interpolate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";

type Requirement = StandardVersionView["requirements"][number];
const KINDS = ["EDUCATION", "TRAINING", "EXPERIENCE"] as const;
const importanceTone = { MUTLAK: "red", PENTING: "amber", PERLU: "slate" } as const;

/** A requirement as read: kind, description, importance and the catalog program that fulfils it. */
export function RequirementText({ requirement: r, m }: { requirement: Requirement; m: Messages }) {
  const s = m.compStandards.standards;
  return (
    <div>
      <p className="text-sm text-slate-900">
        <span className="mr-2 text-xs font-medium uppercase tracking-wide text-slate-500">{s.requirementKinds[r.kind]}</span>
        {r.description} <Badge tone={importanceTone[r.importance]}>{m.competency.importanceLabel[r.importance]}</Badge>
      </p>
      {r.program ? <p className="mt-0.5 text-xs text-slate-600">{interpolate(s.fulfilledBy, { program: r.program.title })}</p> : null}
    </div>
  );
}

/** Adds a requirement to a version, or edits one (`requirement`); removing asks first. */
export function RequirementForm({ versionId, requirement, programs, m }: { versionId: string; requirement?: Requirement; programs: { id: string; title: string }[]; m: Messages }) {
  const s = m.compStandards.standards;
  const save = useOrgAction(saveRequirementAction);
  const remove = useOrgAction(removeRequirementAction);
  const id = requirement ? `req-${requirement.id}` : "req-new";
  const errors = save.state.fieldErrors;
  return (
    <div className={requirement ? "px-4 py-3 sm:px-5" : "border-t border-slate-100 px-4 py-4 sm:px-5"} data-testid={requirement ? "standard-requirement" : undefined}>
      {requirement ? <RequirementText requirement={requirement} m={m} /> : <h3 className="text-sm font-semibold text-slate-900">{s.addRequirement}</h3>}
      <form action={save.action} onSubmit={save.onSubmit} noValidate className="mt-2 grid gap-3 sm:grid-cols-[9rem_minmax(0,1fr)_8rem] sm:items-end" aria-label={requirement ? requirement.description : s.addRequirement}>
        <input type="hidden" name="versionId" value={versionId} />
        {requirement ? <input type="hidden" name="requirementId" value={requirement.id} /> : null}
        <Select id={`${id}-kind`} name="kind" label={s.requirementKind} defaultValue={requirement?.kind ?? "TRAINING"} options={KINDS.map((k) => ({ value: k, label: s.requirementKinds[k] }))} errors={errors?.kind} />
        <TextInput id={`${id}-description`} name="description" label={s.requirement} defaultValue={requirement?.description} placeholder={s.requirementPlaceholder} maxLength={500} errors={errors?.description} />
        <Select id={`${id}-importance`} name="importance" label={s.importance} defaultValue={requirement?.importance ?? "MUTLAK"} options={IMPORTANCES.map((i) => ({ value: i, label: m.competency.importanceLabel[i] }))} errors={errors?.importance} />
        <Select
          id={`${id}-program`} name="programId" label={s.program} defaultValue={requirement?.program?.id ?? ""} className="sm:col-span-2"
          options={[{ value: "", label: s.noProgram }, ...programs.map((p) => ({ value: p.id, label: p.title }))]} errors={errors?.programId}
        />
        <Button type="submit" variant={requirement ? "secondary" : "primary"} disabled={save.pending}>{save.pending ? s.saving : requirement ? s.save : s.add}</Button>
      </form>
      {requirement ? (
        <form action={remove.action} onSubmit={remove.onSubmit} className="mt-2">
          <input type="hidden" name="requirementId" value={requirement.id} />
          <ConfirmSubmit label={s.remove} question={s.removeRequirementQuestion} confirm={s.removeConfirm} keep={s.keep} variant="secondary" disabled={remove.pending} />
        </form>
      ) : null}
      <div className="mt-2"><FormMessage state={save.state.message ? save.state : remove.state.ok ? null : remove.state} /></div>
    </div>
  );
}
