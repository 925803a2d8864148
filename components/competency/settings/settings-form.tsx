"use client";
import { useActionState } from "react";
import type { ActionState } from "@/lib/action";
import { useSubmit } from "@/components/training-admin/use-submit";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { Field, FormMessage } from "@/components/ui/field";
import { saveCompetencySettingsAction } from "@/lib/competency/settings-actions";
import type { CompetencySettingsInput } from "@/lib/competency/settings-schema";
import type { AssessmentSource } from "@/lib/generated/prisma/enums";
import { interpolate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";

type T = Messages["compRules"];
type Errors = Record<string, string[]> | undefined;

/** The column of each source's validity, in trust order (SOURCE_TRUST). */
const VALIDITY_FIELDS: [AssessmentSource, keyof CompetencySettingsInput][] = [
  ["ASSESSMENT_CENTRE", "validityAssessmentCentre"],
  ["UJI_KOMPETENSI", "validityUjiKompetensi"],
  ["MULTI_RATER", "validityMultiRater"],
  ["SUPERVISOR", "validitySupervisor"],
  ["SELF", "validitySelf"],
];

function ErrorsOf({ name, errors }: { name: string; errors?: string[] }) {
  return (
    <div id={`${name}-error`} aria-live="polite">
      {errors?.map((e) => <p key={e} className="text-sm text-red-700" data-testid={`error-${name}`}>{e}</p>)}
    </div>
  );
}

function ValidityRow({ rank, label, name, value, t, errors }: { rank: number; label: string; name: string; value: number; t: T; errors?: string[] }) {
  return (
    <li className="px-4 py-3 sm:px-5">
      <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
        <label htmlFor={name} className="flex min-w-0 items-center gap-3 text-sm font-medium text-slate-800">
          <span aria-hidden="true" className="inline-flex size-6 shrink-0 items-center justify-center rounded-full bg-brand-50 text-xs font-semibold text-brand-800">{rank}</span>
          {label}
        </label>
        <span className="flex items-center gap-2 text-sm text-slate-600">
          <input
            id={name} name={name} type="number" min={1} max={10} inputMode="numeric" defaultValue={value}
            aria-invalid={errors?.length ? true : undefined} aria-describedby={errors?.length ? `${name}-error` : undefined}
            className={`w-20 rounded-md border bg-white px-3 py-2 text-right text-sm shadow-sm ${errors?.length ? "border-red-500" : "border-slate-300"}`}
          />
          {t.settings.validity.years}
        </span>
      </div>
      <ErrorsOf name={name} errors={errors} />
    </li>
  );
}

function BandRow({ title, nameField, pctField, values, t, errors, range }: {
  title: string; nameField: keyof CompetencySettingsInput; pctField?: keyof CompetencySettingsInput; values: CompetencySettingsInput; t: T; errors: Errors; range?: string;
}) {
  return (
    <div className="grid gap-3 px-4 py-4 sm:grid-cols-[10rem_1fr_10rem] sm:items-start sm:px-5">
      <p className="text-sm font-semibold text-slate-800 sm:pt-7">{title}</p>
      <Field name={nameField} label={t.settings.jpm.name} maxLength={40} defaultValue={String(values[nameField])} errors={errors?.[nameField]} />
      {pctField ? (
        <Field name={pctField} label={t.settings.jpm.from} type="number" min={1} max={100} inputMode="numeric" defaultValue={String(values[pctField])} errors={errors?.[pctField]} />
      ) : (
        <p className="text-sm text-slate-500 sm:pt-7">{range}</p>
      )}
    </div>
  );
}

export function CompetencySettingsForm({ values, t }: { values: CompetencySettingsInput; t: T }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(saveCompetencySettingsAction, { ok: false });
  // Submitted by hand so a refused form keeps what was typed.
  const onSubmit = useSubmit(action);
  const errors = state.fieldErrors;
  const s = t.settings;
  return (
    <form action={action} onSubmit={onSubmit} noValidate className="space-y-6">
      <fieldset disabled={pending} className="min-w-0 space-y-6">
        <Card>
          <CardHeader title={s.validity.title} subtitle={s.validity.explain} />
          <ol className="divide-y divide-slate-100">
            {VALIDITY_FIELDS.map(([source, name], i) => (
              <ValidityRow key={source} rank={i + 1} label={t.sources[source]} name={name} value={Number(values[name])} t={t} errors={errors?.[name]} />
            ))}
          </ol>
        </Card>
        <Card>
          <CardHeader title={s.jpm.title} subtitle={s.jpm.explain} />
          <div className="divide-y divide-slate-100">
            <BandRow title={s.jpm.high} nameField="jpmHighName" pctField="jpmHighPct" values={values} t={t} errors={errors} />
            <BandRow title={s.jpm.mid} nameField="jpmMidName" pctField="jpmMidPct" values={values} t={t} errors={errors} />
            <BandRow title={s.jpm.low} nameField="jpmLowName" values={values} t={t} errors={errors} range={s.jpm.lowRange} />
          </div>
        </Card>
        <Card>
          <CardHeader title={s.weighting.title} subtitle={s.weighting.explain} />
          <div className="space-y-4 p-4 sm:p-5">
            <label className="flex items-start gap-2 text-sm font-medium text-slate-800">
              <input type="checkbox" name="weightByImportance" defaultChecked={values.weightByImportance} className="mt-0.5 size-4 shrink-0 rounded border-slate-300" />
              <span>
                {s.weighting.toggle}
                <span className="block text-xs font-normal text-slate-500">{s.weighting.off}</span>
              </span>
            </label>
            <div className="grid gap-4 sm:grid-cols-3">
              {(["MUTLAK", "PENTING", "PERLU"] as const).map((importance) => {
                const name = `weight${importance[0]}${importance.slice(1).toLowerCase()}` as "weightMutlak" | "weightPenting" | "weightPerlu";
                return (
                  <Field
                    key={importance} name={name} label={interpolate(s.weighting.weight, { importance: t.importance[importance] })}
                    type="number" min={1} max={100} inputMode="numeric" defaultValue={values[name]} errors={errors?.[name]}
                  />
                );
              })}
            </div>
          </div>
        </Card>
      </fieldset>
      <FormMessage state={state} />
      <Button type="submit" disabled={pending}>{pending ? s.saving : s.save}</Button>
    </form>
  );
}
