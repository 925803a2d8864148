"use client";
import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import type { ActionState } from "@/lib/action";
import { updateProgramEvaluationAction } from "@/lib/catalog/actions";
import type { Messages } from "@/lib/i18n/messages/id";
import { TextInput } from "./form-controls";
import { useSubmit } from "./use-submit";

type FieldsProps = {
  months: string;
  tracksResults: boolean;
  onMonths: (months: string) => void;
  onTracksResults: (on: boolean) => void;
  errors?: string[];
  t: Messages["trainingAdmin"]["programForm"];
  /** Shown under the months, e.g. that a change applies to tasks not yet created. */
  monthsNote?: string;
};

/** The months until level-3 feedback, and whether level 4 is measured: in the program form and its settings card. */
export function ProgramEvaluationFields({ months, tracksResults, onMonths, onTracksResults, errors, t, monthsNote }: FieldsProps) {
  return (
    <div className="space-y-4">
      <TextInput
        id="feedbackMonths" name="feedbackMonths" label={t.feedbackMonths} hint={t.feedbackMonthsHint}
        inputMode="numeric" className="max-w-xs" value={months} onChange={(e) => onMonths(e.target.value)} errors={errors}
      />
      {monthsNote ? <p className="text-sm text-slate-600" data-testid="feedback-months-note">{monthsNote}</p> : null}
      <div className="flex items-start gap-2">
        <input
          id="tracksResults" name="tracksResults" type="checkbox" className="mt-1 size-4 shrink-0 rounded border-slate-300"
          checked={tracksResults} onChange={(e) => onTracksResults(e.target.checked)} aria-describedby="tracksResults-hint"
        />
        <div>
          <label htmlFor="tracksResults" className="text-sm font-medium text-slate-800">{t.tracksResults}</label>
          <p id="tracksResults-hint" className="text-xs text-slate-500">{t.tracksResultsHint}</p>
        </div>
      </div>
    </div>
  );
}

type Props = { programId: string; feedbackMonths: number; tracksResults: boolean; t: Messages["trainingAdmin"]; saving: string };

/** The "Pengaturan evaluasi" card's form on the admin program page. */
export function ProgramEvaluationForm({ programId, feedbackMonths, tracksResults, t, saving }: Props) {
  const [state, action, pending] = useActionState<ActionState, FormData>(updateProgramEvaluationAction, { ok: false });
  const onSubmit = useSubmit(action);
  const [months, setMonths] = useState(String(feedbackMonths));
  const [tracks, setTracks] = useState(tracksResults);
  return (
    <form action={action} onSubmit={onSubmit} noValidate className="space-y-4 p-4 sm:p-5" data-testid="program-evaluation-form">
      <input type="hidden" name="programId" value={programId} />
      <ProgramEvaluationFields
        months={months} tracksResults={tracks} onMonths={setMonths} onTracksResults={setTracks}
        errors={state.fieldErrors?.feedbackMonths} t={t.programForm} monthsNote={t.program.evaluation.monthsApplies}
      />
      <FormMessage state={state} />
      <Button type="submit" disabled={pending}>{pending ? saving : t.program.evaluation.save}</Button>
    </form>
  );
}
