"use client";
import { useRouter } from "next/navigation";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field, FormMessage } from "@/components/ui/field";
import type { ActionState } from "@/lib/action";
import { rateSelfAction, rateStaffAction } from "@/lib/competency/assessments-actions";
import { interpolate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";

export type RatingLine = {
  competencyId: string; code: string; name: string; requiredLevel: number;
  levels: { level: number; descriptor: string }[];
  /** The last earlier rating of the same source, already worded ("Penilaian atasan terakhir: level 3 (…)"). */
  previous: string;
};

type Props = { mode: "staff" | "self"; employeeId?: string; lines: RatingLine[]; datedToday: string; t: Messages["compAssess"]["rate"] };

/**
 * One rating of several competencies at once: per competency of the standard, "not rated" or one level, each level
 * with its descriptor. The page reloads after saving, so the "last rating" lines show what was just recorded.
 */
export function RatingForm({ mode, employeeId, lines, datedToday, t }: Props) {
  const router = useRouter();
  const serverAction = mode === "staff" ? rateStaffAction : rateSelfAction;
  const [state, action, pending] = useActionState<ActionState, FormData>(async (prev, form) => {
    const result = await serverAction(prev, form);
    if (result.ok) router.refresh();
    return result;
  }, { ok: false });
  const ratingErrors = state.fieldErrors?.ratings ?? Object.entries(state.fieldErrors ?? {}).filter(([k]) => k.startsWith("ratings.")).flatMap(([, v]) => v);
  return (
    <form action={action} aria-label={t.formLabel} className="space-y-5" data-testid="rating-form" noValidate>
      {employeeId ? <input type="hidden" name="employeeId" value={employeeId} /> : null}
      <ol className="space-y-4">
        {lines.map((line) => (
          <li key={line.competencyId}>
            <fieldset className="min-w-0 rounded-lg border border-slate-200 bg-white p-4" data-testid="rating-line">
              <legend className="px-1 text-sm font-semibold text-slate-900">
                <span className="font-mono">{line.code}</span> {line.name}
              </legend>
              <p className="text-xs text-slate-600">
                {interpolate(t.standard, { level: line.requiredLevel })} · <span data-testid="rating-previous">{line.previous}</span>
              </p>
              <div className="mt-3 grid gap-2">
                <label className="flex items-start gap-2 text-sm text-slate-700">
                  <input type="radio" name={`level.${line.competencyId}`} value="" defaultChecked className="mt-1" />
                  <span>{t.notRated}</span>
                </label>
                {line.levels.map((l) => (
                  <label key={l.level} className="flex items-start gap-2 rounded-md px-1 py-0.5 text-sm text-slate-800 has-[:checked]:bg-brand-50">
                    <input type="radio" name={`level.${line.competencyId}`} value={l.level} className="mt-1" />
                    <span className="min-w-0 break-words">
                      <strong>{interpolate(t.levelOption, { level: l.level })}</strong>
                      {l.level === line.requiredLevel ? <span className="ml-1 text-xs text-brand-700">({t.requiredLevels})</span> : null}
                      {l.descriptor ? <span className="block text-slate-600">{l.descriptor}</span> : null}
                    </span>
                  </label>
                ))}
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      <div aria-live="polite">
        {ratingErrors.map((e) => <p key={e} className="text-sm text-red-700" data-testid="error-ratings">{e}</p>)}
      </div>
      <Field name="documentNumber" label={t.documentNumber} hint={t.documentHint} maxLength={100} errors={state.fieldErrors?.documentNumber} />
      <p className="text-xs text-slate-500">{datedToday}</p>
      <FormMessage state={state} />
      <Button type="submit" disabled={pending}>{pending ? t.submitting : t.submit}</Button>
    </form>
  );
}
