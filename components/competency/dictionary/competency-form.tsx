"use client";
import { FormSection, Select, TextArea, TextInput } from "@/components/training-admin/form-controls";
import { useOrgAction } from "@/components/org/use-org-action";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { createCompetencyAction, updateCompetencyAction } from "@/lib/competency/standards-actions";
import { EDITABLE_KINDS, type EditableKind } from "@/lib/competency/standards-rules";
import { interpolate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";

type Values = {
  competencyId: string; kind: EditableKind; code: string; name: string; description: string;
  levels: { level: number; descriptor: string; indicators: string[] }[];
};

/** Creates or edits a technical or government competency: kind, code, name, definition and five levels. */
export function CompetencyForm({ m, values }: { m: Messages; values?: Values }) {
  const f = m.compStandards.form;
  const editing = Boolean(values);
  const { state, action, pending, onSubmit } = useOrgAction<{ competencyId: string }>(
    editing ? updateCompetencyAction : createCompetencyAction,
    editing ? undefined : (data) => `/admin/kamus-kompetensi/${data.competencyId}`,
  );
  const errors = state.fieldErrors;
  return (
    <form action={action} onSubmit={onSubmit} noValidate className="space-y-5 p-4 sm:p-5" aria-label={editing ? f.editTitle : f.createTitle}>
      {values ? <input type="hidden" name="competencyId" value={values.competencyId} /> : null}
      <div className="grid gap-4 sm:grid-cols-3">
        <Select
          id="kind" name="kind" label={f.kind} defaultValue={values?.kind ?? ""} required errors={errors?.kind} placeholder={f.kindPlaceholder}
          options={EDITABLE_KINDS.map((k) => ({ value: k, label: m.competency.kinds[k] }))}
        />
        <TextInput id="code" name="code" label={f.code} hint={f.codeHint} defaultValue={values?.code} maxLength={20} required errors={errors?.code} />
        <TextInput id="name" name="name" label={f.name} defaultValue={values?.name} maxLength={200} required errors={errors?.name} className="sm:col-span-3" />
      </div>
      <TextArea id="description" name="description" label={f.description} defaultValue={values?.description} rows={3} required errors={errors?.description} />
      <FormSection title={f.levels} hint={f.levelsHint}>
        <div className="space-y-4">
          {[1, 2, 3, 4, 5].map((level) => {
            const current = values?.levels.find((l) => l.level === level);
            return (
              <fieldset key={level} className="space-y-3 rounded-md border border-slate-200 p-3">
                <legend className="px-1 text-sm font-semibold text-slate-900">
                  {interpolate(m.compStandards.dictionary.levelTitle, { level, name: m.competency.levels[level as 1] })}
                </legend>
                <TextArea
                  id={`descriptor${level}`} name={`descriptor${level}`} label={interpolate(f.descriptor, { level })} rows={3}
                  defaultValue={current?.descriptor} required errors={errors?.[`descriptor${level}`]}
                />
                <TextArea
                  id={`indicators${level}`} name={`indicators${level}`} label={interpolate(f.indicators, { level })} rows={3}
                  defaultValue={current?.indicators.join("\n")} errors={errors?.[`indicators${level}`]}
                />
              </fieldset>
            );
          })}
        </div>
      </FormSection>
      <FormMessage state={editing || !state.ok ? state : null} />
      <Button type="submit" disabled={pending}>{pending ? f.saving : editing ? f.save : f.create}</Button>
    </form>
  );
}
