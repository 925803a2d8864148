"use client";
import { useOrgAction } from "@/components/org/use-org-action";
import { FormSection, Select, TextArea, TextInput } from "@/components/training-admin/form-controls";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { ROUTE_CODES } from "@/lib/catalog/rules";
import type { Messages } from "@/lib/i18n/messages/id";
import { POSITION_TYPES } from "@/lib/people/enums";
import { addPlanLineAction, updatePlanLineAction } from "@/lib/plan/plans-actions";
import { PROVIDERS } from "@/lib/plan/lines-schema";
import type { LineFormOptions } from "@/lib/plan/plans-queries";
import { BudgetEditor, type BudgetRow } from "./budget-editor";

export type LineValues = {
  title: string; competencyId: string | null; targetLevel: number | null; unitId: string | null; targetPositionTypes: string[];
  targetUnitIds: string[]; targetPositionIds: string[]; targetPeople: number; routeCode: string; provider: string; providerName: string;
  plannedMonth: number; jpPerParticipant: number; curriculumFit: string;
  budget: { position: number; item: string; volume: number; unit: string; unitPrice: number; fundSource: string; accountCode: string }[];
};

type Props = {
  m: Messages;
  year: number;
  options: LineFormOptions;
  /** A new line goes into this draft version; an existing one is edited by its id. */
  target: { versionId: string } | { lineId: string };
  values?: LineValues;
  readOnly?: boolean;
};

/** The plan line form: the art. 207(3) fields, the target group and the budget items (read-only outside a draft). */
export function LineForm({ m, year, options, target, values, readOnly }: Props) {
  const t = m.planCore;
  const l = t.line;
  const editing = "lineId" in target;
  const { state, action, pending, onSubmit } = useOrgAction<{ lineId: string; year: number }>(editing ? updatePlanLineAction : addPlanLineAction, editing ? undefined : () => `/admin/rencana/${year}`);
  const e = state.fieldErrors;
  const initialBudget: BudgetRow[] = (values?.budget ?? []).map((b, i) => ({ key: i + 1, position: b.position, item: b.item, volume: String(b.volume), unit: b.unit, unitPrice: String(b.unitPrice), fundSource: b.fundSource, accountCode: b.accountCode }));
  const multi = "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm";
  return (
    <form action={action} onSubmit={onSubmit} noValidate aria-label={editing ? l.editTitle.replace("{year}", String(year)) : l.newTitle.replace("{year}", String(year))}>
      {"lineId" in target ? <input type="hidden" name="lineId" value={target.lineId} /> : <input type="hidden" name="versionId" value={target.versionId} />}
      <fieldset disabled={readOnly} className="min-w-0">
        <FormSection title={l.section}>
          <div className="grid gap-4 sm:grid-cols-6">
            <TextInput id="title" name="title" label={l.title} defaultValue={values?.title} maxLength={200} required errors={e?.title} className="sm:col-span-6" />
            <Select id="competencyId" name="competencyId" label={l.competency} defaultValue={values?.competencyId ?? ""} placeholder={l.noCompetency} errors={e?.competencyId} className="sm:col-span-4"
              options={options.competencies.map((c) => ({ value: c.id, label: `${c.code} · ${c.name}` }))} />
            <Select id="targetLevel" name="targetLevel" label={l.targetLevel} defaultValue={values?.targetLevel ? String(values.targetLevel) : ""} placeholder="—" errors={e?.targetLevel} className="sm:col-span-2"
              options={[1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: String(n) }))} />
            <Select id="routeCode" name="routeCode" label={l.routeCode} defaultValue={values?.routeCode ?? "KL03"} errors={e?.routeCode} className="sm:col-span-3"
              options={ROUTE_CODES.map((r) => ({ value: r, label: `${r} · ${m.trainingAdmin.routes[r]}` }))} />
            <Select id="plannedMonth" name="plannedMonth" label={l.plannedMonth} defaultValue={String(values?.plannedMonth ?? 3)} errors={e?.plannedMonth} className="sm:col-span-3"
              options={t.months.map((name, i) => ({ value: String(i + 1), label: name }))} />
            <Select id="provider" name="provider" label={l.provider} defaultValue={values?.provider ?? "INTERNAL"} errors={e?.provider} className="sm:col-span-2"
              options={PROVIDERS.map((p) => ({ value: p, label: t.providers[p] }))} />
            <TextInput id="providerName" name="providerName" label={l.providerName} defaultValue={values?.providerName} maxLength={200} errors={e?.providerName} className="sm:col-span-4" />
            <TextInput id="jpPerParticipant" name="jpPerParticipant" label={l.jp} defaultValue={String(values?.jpPerParticipant ?? 20)} inputMode="numeric" maxLength={4} required errors={e?.jpPerParticipant} className="sm:col-span-2" />
            <TextArea id="curriculumFit" name="curriculumFit" label={l.curriculumFit} defaultValue={values?.curriculumFit} rows={2} maxLength={1000} errors={e?.curriculumFit} className="sm:col-span-6" />
          </div>
        </FormSection>
        <FormSection title={l.targetUnits}>
          <div className="grid gap-4 sm:grid-cols-6">
            <Select id="unitId" name="unitId" label={l.unit} defaultValue={values?.unitId ?? ""} placeholder={l.noUnit} errors={e?.unitId} className="sm:col-span-4"
              options={options.units.map((u) => ({ value: u.id, label: `${"\u00a0\u00a0".repeat(u.depth)}${u.name}` }))} />
            <TextInput id="targetPeople" name="targetPeople" label={l.targetPeople} defaultValue={String(values?.targetPeople ?? "")} inputMode="numeric" maxLength={6} required errors={e?.targetPeople} className="sm:col-span-2" />
            <div className="space-y-1 sm:col-span-3">
              <label htmlFor="targetUnitIds" className="block text-sm font-medium text-slate-800">{l.targetUnits}</label>
              <select id="targetUnitIds" name="targetUnitIds" multiple size={6} defaultValue={values?.targetUnitIds ?? []} className={multi} aria-describedby="targetUnitIds-hint">
                {options.units.map((u) => <option key={u.id} value={u.id}>{`${"\u00a0\u00a0".repeat(u.depth)}${u.name}`}</option>)}
              </select>
              <p id="targetUnitIds-hint" className="text-xs text-slate-500">{l.chooseHint}</p>
            </div>
            <div className="space-y-1 sm:col-span-3">
              <label htmlFor="targetPositionIds" className="block text-sm font-medium text-slate-800">{l.targetPositions}</label>
              <select id="targetPositionIds" name="targetPositionIds" multiple size={6} defaultValue={values?.targetPositionIds ?? []} className={multi} aria-describedby="targetPositionIds-hint">
                {options.positions.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
              </select>
              <p id="targetPositionIds-hint" className="text-xs text-slate-500">{l.chooseHint}</p>
              {e?.targetPositionIds ? <p className="text-sm text-red-700">{e.targetPositionIds.join(" ")}</p> : null}
            </div>
            <fieldset className="sm:col-span-6">
              <legend className="text-sm font-medium text-slate-800">{l.targetPositionTypes}</legend>
              <div className="mt-1 grid gap-1 sm:grid-cols-3">
                {POSITION_TYPES.map((p) => (
                  <label key={p} className="flex items-center gap-2 text-sm">
                    <input type="checkbox" name="targetPositionTypes" value={p} defaultChecked={values?.targetPositionTypes.includes(p)} />
                    {m.positionType[p]}
                  </label>
                ))}
              </div>
            </fieldset>
          </div>
        </FormSection>
        <FormSection title={l.budget}>
          {/* Re-mounted when the saved rows come back, so rows added in this visit get their positions before the next save. */}
          <BudgetEditor key={JSON.stringify(values?.budget ?? [])} t={t} initial={initialBudget} errors={e} disabled={readOnly} />
        </FormSection>
      </fieldset>
      {readOnly ? null : (
        <div className="space-y-3 border-t border-slate-100 px-4 py-4 sm:px-5">
          <FormMessage state={state} />
          <Button type="submit" disabled={pending}>{l.save}</Button>
        </div>
      )}
    </form>
  );
}
