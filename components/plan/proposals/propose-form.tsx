"use client";
import { useRouter } from "next/navigation";
import { useActionState, useState } from "react";
import { Select, TextArea, TextInput } from "@/components/training-admin/form-controls";
import { useSubmit } from "@/components/training-admin/use-submit";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import type { ActionState } from "@/lib/action";
import { interpolate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { proposePlanLineAction } from "@/lib/plan/proposals-actions";
import type { UnitNeed } from "@/lib/plan/proposals-queries";

type T = Messages["planProposals"]["form"];
type Option = { value: string; label: string };
const EMPTY = { need: "", title: "", competencyId: "", targetLevel: "", targetPeople: "" };

/** The operator's new proposal for one unit: picking one of the unit's needs fills title, competency, level and people. */
export function ProposeForm({ planId, unitId, needs, competencies, routes, t }: {
  planId: string; unitId: string; needs: UnitNeed[]; competencies: Option[]; routes: Option[]; t: T;
}) {
  const router = useRouter();
  const [values, setValues] = useState(EMPTY);
  const [state, action, pending] = useActionState<ActionState, FormData>(async (prev, form) => {
    const result = await proposePlanLineAction(prev, form);
    if (result.ok) {
      setValues(EMPTY);
      router.refresh();
    }
    return result;
  }, { ok: false });
  const onSubmit = useSubmit(action);
  const set = (name: keyof typeof EMPTY) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => setValues({ ...values, [name]: e.target.value });
  const chosen = needs.find((n) => `${n.competencyId}:${n.targetLevel}` === values.need);
  const pickNeed = (e: React.ChangeEvent<HTMLSelectElement>) => {
    const need = needs.find((n) => `${n.competencyId}:${n.targetLevel}` === e.target.value);
    setValues(need
      ? { need: e.target.value, title: interpolate(t.needTitle, { name: need.name }), competencyId: need.competencyId, targetLevel: String(need.targetLevel), targetPeople: String(need.people) }
      : { ...values, need: "" });
  };
  const errors = state.fieldErrors;
  return (
    <form action={action} onSubmit={onSubmit} noValidate className="space-y-4 px-4 py-4 sm:px-5" data-testid="propose-form">
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="unitId" value={unitId} />
      <input type="hidden" name="needCompetencyId" value={chosen?.competencyId ?? ""} />
      <input type="hidden" name="needTargetLevel" value={chosen ? String(chosen.targetLevel) : ""} />
      <fieldset disabled={pending} className="min-w-0 space-y-4">
        {needs.length ? (
          <Select id="need" label={t.need} hint={t.needHint} value={values.need} onChange={pickNeed} placeholder={t.needNone}
            options={needs.map((n) => ({ value: `${n.competencyId}:${n.targetLevel}`, label: interpolate(t.needOption, { rank: n.rank, code: n.code, name: n.name, level: n.targetLevel, people: n.people }) }))} />
        ) : <p className="text-sm text-slate-600">{t.noNeeds}</p>}
        <TextInput id="title" name="title" label={t.titleLabel} maxLength={200} value={values.title} onChange={set("title")} errors={errors?.title} required />
        <div className="grid gap-4 sm:grid-cols-[1fr_8rem]">
          <Select id="competencyId" name="competencyId" label={t.competency} value={values.competencyId} onChange={set("competencyId")} placeholder={t.competencyNone} options={competencies} errors={errors?.competencyId} />
          <Select id="targetLevel" name="targetLevel" label={t.level} value={values.targetLevel} onChange={set("targetLevel")} placeholder="—" options={[1, 2, 3, 4, 5].map((l) => ({ value: String(l), label: String(l) }))} errors={errors?.targetLevel} />
        </div>
        <div className="grid gap-4 sm:grid-cols-3">
          <TextInput id="targetPeople" name="targetPeople" label={t.people} type="number" min={1} inputMode="numeric" value={values.targetPeople} onChange={set("targetPeople")} errors={errors?.targetPeople} required />
          <Select id="plannedMonth" name="plannedMonth" label={t.month} defaultValue="" placeholder="—" options={Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: String(i + 1) }))} errors={errors?.plannedMonth} />
          <TextInput id="jpPerParticipant" name="jpPerParticipant" label={t.jp} type="number" min={1} inputMode="numeric" errors={errors?.jpPerParticipant} required />
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <Select id="routeCode" name="routeCode" label={t.route} defaultValue="" placeholder="—" options={routes} errors={errors?.routeCode} />
          <TextInput id="estimatedRupiah" name="estimatedRupiah" label={t.estimate} hint={t.estimateHint} inputMode="numeric" errors={errors?.estimatedRupiah} />
        </div>
        <TextArea id="justification" name="justification" label={t.justification} rows={3} maxLength={1000} errors={errors?.justification} />
        <FormMessage state={state} />
        <Button type="submit">{pending ? t.submitting : t.submit}</Button>
      </fieldset>
    </form>
  );
}
