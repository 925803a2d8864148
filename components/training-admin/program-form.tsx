"use client";
import { CheckList } from "./check-list";
import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import type { ActionState } from "@/lib/action";
import { createProgramAction } from "@/lib/catalog/actions";
import { updateProgramAction } from "@/lib/catalog/edit-actions";
import { ROUTE_CODES } from "@/lib/catalog/rules";
import type { PositionType } from "@/lib/generated/prisma/enums";
import type { Messages } from "@/lib/i18n/messages/id";
import { POSITION_TYPES } from "@/lib/people/enums";
import { BudgetRows, budgetLineInput, emptyBudgetRow, type BudgetRow } from "./budget-rows";
import { rowKey } from "./use-submit";
import { CompetencyRows, type CompetencyOption, type CompetencyRow } from "./competency-rows";
import { FormSection, Select, TextArea, TextInput } from "./form-controls";
import { ProgramEvaluationFields } from "./program-evaluation-form";
import { parseTaxPercent } from "./format";
import { useSubmit } from "./use-submit";

type Props = {
  competencies: CompetencyOption[];
  t: Messages["trainingAdmin"];
  /** Top-level units (OPD, kecamatan) a program may be limited to; their sub-units are included. */
  units: { id: string; name: string }[];
  positionTypes: Messages["positionType"];
  levels: Messages["competency"]["levels"];
  saving: string;
  /** Changing a saved program: its id, what it holds now, and the submit button's label. */
  edit?: { programId: string; initial: SavedProgram; submit: string };
  /** A new program started from a training need (/admin/kebutuhan-pelatihan): a suggested title and its competency. */
  prefill?: { title: string; competencies: { competencyId: string; targetLevel: number }[] };
};

/** A saved program as the edit form starts from it (lib/catalog/edit-queries.ts). */
export type SavedProgram = {
  title: string; description: string; objectives: string; routeCode: string; organiser: string; isLeadership: boolean;
  feedbackMonths: number; tracksResults: boolean; eligibleTypes: PositionType[]; eligibleUnitIds: string[];
  competencies: { competencyId: string; targetLevel: number }[];
  budgetLines: { item: string; volume: number; unit: string; unitPrice: number; taxBasisPoints: number; fundSource: string }[];
};

const generalOf = (p?: SavedProgram) => ({
  title: p?.title ?? "", description: p?.description ?? "", objectives: p?.objectives ?? "", routeCode: p?.routeCode ?? "",
  organiser: p?.organiser ?? "", isLeadership: p?.isLeadership ?? false, feedbackMonths: String(p?.feedbackMonths ?? 3), tracksResults: p?.tracksResults ?? false,
});

const budgetRowsOf = (p?: SavedProgram): BudgetRow[] =>
  p ? p.budgetLines.map((l) => ({ key: rowKey(), item: l.item, volume: String(l.volume), unit: l.unit, unitPrice: String(l.unitPrice), tax: String(l.taxBasisPoints / 100), fundSource: l.fundSource })) : [emptyBudgetRow()];

export function ProgramForm({ competencies, units, t, positionTypes, levels, saving, edit, prefill }: Props) {
  const f = t.programForm;
  const initial = edit?.initial;
  const [state, action, pending] = useActionState<ActionState, FormData>(edit ? updateProgramAction : createProgramAction, { ok: false });
  const [general, setGeneral] = useState(() => ({ ...generalOf(initial), ...(prefill && !initial ? { title: prefill.title } : {}) }));
  const [eligibleTypes, setEligibleTypes] = useState<PositionType[]>(initial?.eligibleTypes ?? []);
  const [eligibleUnitIds, setEligibleUnitIds] = useState<string[]>(initial?.eligibleUnitIds ?? []);
  const [competencyRows, setCompetencyRows] = useState<CompetencyRow[]>(() => (initial?.competencies ?? prefill?.competencies ?? []).map((c) => ({ key: rowKey(), competencyId: c.competencyId, targetLevel: String(c.targetLevel) })));
  const [budgetRows, setBudgetRows] = useState<BudgetRow[]>(() => budgetRowsOf(initial));
  const [showTaxErrors, setShowTaxErrors] = useState(false);
  const set = (patch: Partial<typeof general>) => setGeneral((g) => ({ ...g, ...patch }));
  const err = (field: string) => state.fieldErrors?.[field];

  const payload = {
    ...(edit ? { programId: edit.programId } : {}),
    ...general,
    eligibleTypes,
    eligibleUnitIds,
    competencies: competencyRows.map((r) => ({ competencyId: r.competencyId, targetLevel: Number(r.targetLevel) })),
    budgetLines: budgetRows.map(budgetLineInput),
  };
  const onSubmit = useSubmit(action, () => {
    const taxOk = budgetRows.every((r) => parseTaxPercent(r.tax) !== null);
    setShowTaxErrors(!taxOk);
    return taxOk;
  });

  return (
    <form action={action} onSubmit={onSubmit} noValidate>
      <input type="hidden" name="payload" value={JSON.stringify(payload)} />
      <FormSection title={f.general}>
        <TextInput id="title" label={f.titleLabel} value={general.title} onChange={(e) => set({ title: e.target.value })} errors={err("title")} />
        <div className="grid gap-4 sm:grid-cols-2">
          <Select
            id="routeCode"
            label={f.routeCode}
            placeholder={f.routePlaceholder}
            value={general.routeCode}
            onChange={(e) => set({ routeCode: e.target.value })}
            options={ROUTE_CODES.map((c) => ({ value: c, label: `${c} · ${t.routes[c]}` }))}
            errors={err("routeCode")}
          />
          <TextInput id="organiser" label={f.organiser} hint={f.organiserHint} value={general.organiser} onChange={(e) => set({ organiser: e.target.value })} errors={err("organiser")} />
        </div>
        <TextArea id="description" label={f.description} value={general.description} onChange={(e) => set({ description: e.target.value })} errors={err("description")} />
        <TextArea id="objectives" label={f.objectives} hint={f.objectivesHint} value={general.objectives} onChange={(e) => set({ objectives: e.target.value })} errors={err("objectives")} />
        <div className="flex items-start gap-2">
          <input id="isLeadership" type="checkbox" className="mt-1 size-4 rounded border-slate-300" checked={general.isLeadership} onChange={(e) => set({ isLeadership: e.target.checked })} aria-describedby="isLeadership-hint" />
          <div>
            <label htmlFor="isLeadership" className="text-sm font-medium text-slate-800">{f.isLeadership}</label>
            <p id="isLeadership-hint" className="text-xs text-slate-500">{f.isLeadershipHint}</p>
          </div>
        </div>
      </FormSection>

      <FormSection title={f.eligibleTypes} hint={f.eligibleTypesHint}>
        <CheckList items={POSITION_TYPES.map((type) => ({ value: type, label: positionTypes[type] }))} selected={eligibleTypes} onChange={setEligibleTypes} />
        <div aria-live="polite">{err("eligibleTypes")?.map((e) => <p key={e} className="text-sm text-red-700">{e}</p>)}</div>
      </FormSection>

      <FormSection title={f.eligibleUnits} hint={f.eligibleUnitsHint}>
        <CheckList items={units.map((u) => ({ value: u.id, label: u.name }))} selected={eligibleUnitIds} onChange={setEligibleUnitIds} />
      </FormSection>

      <FormSection title={f.evaluation} hint={f.evaluationHint}>
        <ProgramEvaluationFields
          months={general.feedbackMonths}
          tracksResults={general.tracksResults}
          onMonths={(feedbackMonths) => set({ feedbackMonths })}
          onTracksResults={(tracksResults) => set({ tracksResults })}
          errors={err("feedbackMonths")}
          t={f}
        />
      </FormSection>

      <FormSection title={f.competencies}>
        <CompetencyRows rows={competencyRows} onChange={setCompetencyRows} options={competencies} fieldErrors={state.fieldErrors} t={t} levels={levels} />
      </FormSection>

      <FormSection title={f.budget}>
        <BudgetRows rows={budgetRows} onChange={setBudgetRows} fieldErrors={state.fieldErrors} showTaxErrors={showTaxErrors} t={t} />
      </FormSection>

      <div className="space-y-3 border-t border-slate-100 px-4 py-4 sm:px-5">
        <FormMessage state={state} />
        <Button type="submit" disabled={pending}>{pending ? saving : (edit?.submit ?? f.submit)}</Button>
      </div>
    </form>
  );
}
