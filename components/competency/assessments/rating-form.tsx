"use client";
import { useRefreshingAction } from "@/components/forms/use-refreshing-action";
import { Button } from "@/components/ui/button";
import { Field, FormMessage } from "@/components/ui/field";
import { rateSelfAction, rateStaffAction } from "@/lib/competency/assessments-actions";
import { interpolate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";

export type RatingLine = {
  competencyId: string; code: string; name: string; requiredLevel: number;
  levels: { level: number; descriptor: string }[];
  /** The last earlier rating of the same source, already worded ("Penilaian atasan terakhir: level 3 (…)"). */
  previous: string;
};

const LEVELS = [1, 2, 3, 4, 5] as const;
const PILL = "inline-flex cursor-pointer items-center gap-2 rounded-full border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-800 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50 has-[:checked]:font-medium has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-600";

type Props = { mode: "staff" | "self"; employeeId?: string; lines: RatingLine[]; datedToday: string; t: Messages["compAssess"]["rate"] };

/**
 * One rating of several competencies at once: per competency of the standard, "not rated" or one level 1–5, with the
 * five level descriptors one click away. The page reloads after saving, so the "last rating" lines show what was just recorded.
 */
export function RatingForm({ mode, employeeId, lines, datedToday, t }: Props) {
  const serverAction = mode === "staff" ? rateStaffAction : rateSelfAction;
  const [state, action, pending] = useRefreshingAction(serverAction);
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
              <div className="mt-3 flex flex-wrap gap-2">
                <label className={PILL}>
                  <input type="radio" name={`level.${line.competencyId}`} value="" defaultChecked className="accent-brand-700" />
                  <span>{t.notRated}</span>
                </label>
                {LEVELS.map((level) => (
                  <label key={level} className={PILL}>
                    <input type="radio" name={`level.${line.competencyId}`} value={level} className="accent-brand-700" />
                    <span>
                      {interpolate(t.levelOption, { level })}
                      {level === line.requiredLevel ? <span className="ml-1 text-xs text-brand-700">({t.standardShort})</span> : null}
                    </span>
                  </label>
                ))}
              </div>
              {line.levels.some((l) => l.descriptor) ? (
                <details className="mt-3 text-sm">
                  <summary className="cursor-pointer font-medium text-brand-700 hover:underline">{t.descriptors}</summary>
                  <dl className="mt-2 space-y-2">
                    {line.levels.map((l) => (
                      <div key={l.level} className={l.level === line.requiredLevel ? "rounded-md bg-brand-50 p-2" : "p-2"}>
                        <dt className="font-semibold text-slate-900">{interpolate(t.levelOption, { level: l.level })}</dt>
                        <dd className="break-words text-slate-700">{l.descriptor}</dd>
                      </div>
                    ))}
                  </dl>
                </details>
              ) : null}
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
