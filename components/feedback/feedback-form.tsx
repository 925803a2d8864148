"use client";
import { useActionState } from "react";
import type { ActionState } from "@/lib/action";
import { useSubmit } from "@/components/training-admin/use-submit";
import { submitFeedbackAction } from "@/lib/feedback/actions";
import { BERAKHLAK } from "@/lib/feedback/rules";
import type { Messages } from "@/lib/i18n/messages/id";
import { ConfirmSubmit } from "@/components/training-admin/confirm-submit";
import { TextArea } from "@/components/training-admin/form-controls";
import { FormMessage } from "@/components/ui/field";

const PLAN_ROWS = 3;
const input = "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm";

function Errors({ id, errors }: { id: string; errors?: string[] }) {
  return (
    <div id={id} aria-live="polite">
      {errors?.map((e) => <p key={e} className="text-sm text-red-700" data-testid={`error-${id.replace(/-error$/, "")}`}>{e}</p>)}
    </div>
  );
}

/** The supervisor's level-3 feedback: application, examples, a 1–5 rating, BerAKHLAK, obstacles, follow-up plan. */
export function FeedbackForm({ taskId, t }: { taskId: string; t: Messages["feedback"] }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(submitFeedbackAction, { ok: false });
  // Submitted by hand so a refused form keeps what was typed (a form action would reset it).
  const onSubmit = useSubmit(action);
  const err = (field: string) => state.fieldErrors?.[field];
  if (state.ok) return <div className="p-4 sm:p-5"><FormMessage state={state} /></div>;
  return (
    <form action={action} onSubmit={onSubmit} className="space-y-5 p-4 sm:p-5" noValidate data-testid="feedback-form">
      <input type="hidden" name="taskId" value={taskId} />
      {(["applied", "examples"] as const).map((name) => (
        <TextArea key={name} id={name} name={name} label={t.form[name]} rows={3} errors={err(name)} />
      ))}
      <fieldset aria-describedby="rating-error">
        <legend className="text-sm font-medium text-slate-800">{t.form.rating}</legend>
        <div className="mt-2 flex flex-wrap gap-2">
          {t.form.ratingLabels.map((label, i) => (
            <label key={label} className="flex items-center gap-2 rounded-md border border-slate-200 px-3 py-1.5 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50">
              <input type="radio" name="rating" value={i + 1} className="size-4" /> {label}
            </label>
          ))}
        </div>
        <Errors id="rating-error" errors={err("rating")} />
      </fieldset>
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">{t.form.behaviours}</legend>
        <div className="mt-2 grid gap-2 sm:grid-cols-2 lg:grid-cols-4">
          {BERAKHLAK.map((code) => (
            <label key={code} className="flex items-center gap-2 text-sm text-slate-800">
              <input type="checkbox" name="behaviours" value={code} className="size-4 rounded border-slate-300" /> {t.berakhlak[code]}
            </label>
          ))}
        </div>
      </fieldset>
      <TextArea id="obstacles" name="obstacles" label={t.form.obstacles} rows={2} />
      <fieldset aria-describedby="plans-error">
        <legend className="text-sm font-medium text-slate-800">{t.form.plans}</legend>
        <p className="text-xs text-slate-500">{t.form.plansHint}</p>
        <div className="mt-2 space-y-2">
          {Array.from({ length: PLAN_ROWS }, (_, i) => (
            <div key={i} className="grid gap-2 sm:grid-cols-[2fr_1fr_10rem]">
              <input name="planAction" aria-label={`${t.form.planAction} ${i + 1}`} placeholder={t.form.planAction} className={input} />
              <input name="planOwner" aria-label={`${t.form.planOwner} ${i + 1}`} placeholder={t.form.planOwner} className={input} />
              <input name="planDue" type="date" aria-label={`${t.form.planDue} ${i + 1}`} className={input} />
            </div>
          ))}
        </div>
        <Errors id="plans-error" errors={err("plans")} />
      </fieldset>
      <FormMessage state={state} />
      <ConfirmSubmit label={pending ? t.form.submitting : t.form.submit} question={t.form.confirm} confirm={t.form.submit} keep={t.form.keep} disabled={pending} />
    </form>
  );
}
