"use client";
import { useActionState, useState } from "react";
import { rowKey, useSubmit } from "@/components/training-admin/use-submit";
import { FormSection, TextInput } from "@/components/training-admin/form-controls";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import type { ActionState } from "@/lib/action";
import { interpolate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { createQuestionSetAction, updateQuestionSetAction } from "@/lib/reaction/actions";
import type { Aspect } from "@/lib/reaction/rules";
import { QuestionRows, type QuestionRow } from "./question-rows";

export type QuestionSetValues = {
  setId?: string;
  name: string;
  anonymous: boolean;
  active: boolean;
  questions: { id?: string; aspect: Aspect; text: string }[];
  /** Responses so far: with any, questions and anonymity are locked. */
  responses: number;
};

type Props = { initial: QuestionSetValues; t: Messages["reaction"]; saving: string };

function Check({ id, label, hint, checked, disabled, onChange }: { id: string; label: string; hint: string; checked: boolean; disabled?: boolean; onChange: (v: boolean) => void }) {
  return (
    <div className="flex items-start gap-2">
      <input id={id} type="checkbox" className="mt-1 size-4 rounded border-slate-300" checked={checked} disabled={disabled} onChange={(e) => onChange(e.target.checked)} aria-describedby={`${id}-hint`} />
      <div>
        <label htmlFor={id} className="text-sm font-medium text-slate-800">{label}</label>
        <p id={`${id}-hint`} className="text-xs text-slate-500">{hint}</p>
      </div>
    </div>
  );
}

/** Creates a set, or edits one; removing questions of a saved set asks for confirmation before saving. */
export function QuestionSetForm({ initial, t, saving }: Props) {
  const f = t.form;
  const editing = Boolean(initial.setId);
  const locked = initial.responses > 0;
  const [state, action, pending] = useActionState<ActionState, FormData>(editing ? updateQuestionSetAction : createQuestionSetAction, { ok: false });
  const [general, setGeneral] = useState({ name: initial.name, anonymous: initial.anonymous, active: initial.active });
  const [rows, setRows] = useState<QuestionRow[]>(() => initial.questions.map((q) => ({ key: rowKey(), ...q })));
  const [confirming, setConfirming] = useState(false);
  const removed = initial.questions.some((q) => q.id && !rows.some((r) => r.id === q.id));
  const payload = {
    ...(initial.setId ? { setId: initial.setId } : {}),
    ...general,
    questions: rows.map((r) => ({ ...(r.id ? { id: r.id } : {}), aspect: r.aspect, text: r.text })),
  };
  const onSubmit = useSubmit(action, () => {
    if (editing && removed && !confirming) {
      setConfirming(true);
      return false;
    }
    setConfirming(false);
    return true;
  });

  return (
    <form action={action} onSubmit={onSubmit} noValidate data-testid="question-set-form">
      <input type="hidden" name="payload" value={JSON.stringify(payload)} />
      {locked ? <p className="mx-4 mt-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 sm:mx-5">{interpolate(f.locked, { count: initial.responses })}</p> : null}
      <FormSection title={f.general}>
        <TextInput id="name" label={f.name} value={general.name} onChange={(e) => setGeneral((g) => ({ ...g, name: e.target.value }))} errors={state.fieldErrors?.name} />
        <Check id="anonymous" label={f.anonymous} hint={f.anonymousHint} checked={general.anonymous} disabled={locked} onChange={(anonymous) => setGeneral((g) => ({ ...g, anonymous }))} />
        <Check id="active" label={f.active} hint={f.activeHint} checked={general.active} onChange={(active) => setGeneral((g) => ({ ...g, active }))} />
      </FormSection>
      <FormSection title={f.questions} hint={f.questionsHint}>
        <QuestionRows rows={rows} onChange={setRows} onAdd={() => setRows((r) => [...r, { key: rowKey(), aspect: "", text: "" }])} fieldErrors={state.fieldErrors} locked={locked} t={t} />
        <div aria-live="polite">{state.fieldErrors?.questions?.map((e) => <p key={e} className="text-sm text-red-700">{e}</p>)}</div>
      </FormSection>
      <div className="space-y-3 border-t border-slate-100 px-4 py-4 sm:px-5">
        <FormMessage state={state} />
        {confirming ? (
          <div className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3">
            <p className="text-sm text-amber-900" role="alert">{f.saveQuestion}</p>
            <div className="flex flex-wrap gap-2">
              <Button type="submit" variant="danger" disabled={pending}>{f.saveYes}</Button>
              <Button type="button" variant="secondary" autoFocus onClick={() => setConfirming(false)}>{t.sets.keep}</Button>
            </div>
          </div>
        ) : (
          <Button type="submit" disabled={pending}>{pending ? saving : editing ? f.submitEdit : f.submitNew}</Button>
        )}
      </div>
    </form>
  );
}
