"use client";
import { startTransition, useActionState, useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import type { ActionState } from "@/lib/action";
import { interpolate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { saveReactionDraftAction, submitReactionAction } from "@/lib/reaction/actions";
import { ratingField, type Sheet, type SheetItem } from "@/lib/reaction/rules";
import { itemAnchor, RatingItem } from "./rating-item";

type Props = { inviteId: string; items: SheetItem[]; draft: Sheet; t: Messages["reaction"] };
type Entry = { rating?: number; comment: string };

/**
 * The questionnaire: "Simpan draf" keeps what is filled in (even incomplete); "Kirim" asks once more, then
 * submits for good. Inputs are controlled, so what was typed stays after a refused submission; a refusal
 * lists the questions still to rate, each linking to its fieldset.
 */
export function AnswerForm({ inviteId, items, draft, t }: Props) {
  const [draftState, draftAction, draftPending] = useActionState<ActionState, FormData>(saveReactionDraftAction, { ok: false });
  const [submitState, submitAction, submitPending] = useActionState<ActionState, FormData>(submitReactionAction, { ok: false });
  const [last, setLast] = useState<"draft" | "submit" | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [sheet, setSheet] = useState<Record<string, Entry>>(() =>
    Object.fromEntries(items.map((i) => [i.key, { rating: draft[i.key]?.rating, comment: draft[i.key]?.comment ?? "" }])),
  );
  const summaryRef = useRef<HTMLDivElement>(null);
  const pending = draftPending || submitPending;
  const state = last === "submit" ? submitState : last === "draft" ? draftState : null;
  const fieldErrors = state && !state.ok ? state.fieldErrors : undefined;
  const missing = items.filter((i) => fieldErrors?.[ratingField(i.key)]?.length);

  useEffect(() => {
    if (submitState.fieldErrors) summaryRef.current?.focus();
  }, [submitState]);

  const update = (key: string, patch: Partial<Entry>) => setSheet((s) => ({ ...s, [key]: { ...s[key]!, ...patch } }));

  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const intent = submitter?.value === "submit" ? "submit" : "draft";
    const form = new FormData(event.currentTarget);
    setLast(intent);
    setConfirming(false);
    startTransition(() => (intent === "submit" ? submitAction(form) : draftAction(form)));
  };

  return (
    <form action={draftAction} onSubmit={onSubmit} noValidate data-testid="reaction-form">
      <input type="hidden" name="inviteId" value={inviteId} />
      {missing.length ? (
        <div ref={summaryRef} tabIndex={-1} role="alert" className="mx-4 mt-4 rounded-md border border-red-300 bg-red-50 p-3 sm:mx-5" data-testid="reaction-missing">
          <p className="text-sm font-medium text-red-900">{t.answer.missingTitle}</p>
          <ul className="mt-1 list-disc space-y-0.5 pl-5 text-sm text-red-900">
            {missing.map((i) => (
              <li key={i.key}>
                <a href={`#${itemAnchor(i.key)}`} className="underline">
                  {interpolate(t.answer.questionNumber, { number: i.number })}: {i.text}
                  {i.trainerName ? ` (${i.trainerName})` : ""}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {items.map((item) => (
        <RatingItem
          key={item.key}
          item={item}
          rating={sheet[item.key]?.rating}
          comment={sheet[item.key]?.comment ?? ""}
          errors={fieldErrors?.[ratingField(item.key)]}
          commentErrors={fieldErrors?.[`answers.${item.key}.comment`]}
          onRating={(rating) => update(item.key, { rating })}
          onComment={(comment) => update(item.key, { comment })}
          t={t}
        />
      ))}
      <div className="space-y-3 border-t border-slate-100 px-4 py-4 sm:px-5">
        <FormMessage state={state} />
        <p className="text-xs text-slate-500">{t.answer.draftNote}</p>
        {/* The draft button comes first: Enter in a radio group saves a draft, it never submits. */}
        <div className="flex flex-wrap gap-2">
          <Button type="submit" name="intent" value="draft" variant="secondary" disabled={pending}>{draftPending ? t.answer.saving : t.answer.saveDraft}</Button>
          {!confirming ? <Button type="button" disabled={pending} onClick={() => setConfirming(true)}>{t.answer.submit}</Button> : null}
        </div>
        {confirming ? (
          <div className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3">
            <p className="text-sm text-amber-900" role="alert">{t.answer.submitQuestion}</p>
            <div className="flex flex-wrap gap-2">
              <Button type="submit" name="intent" value="submit" disabled={pending}>{submitPending ? t.answer.saving : t.answer.submitYes}</Button>
              <Button type="button" variant="secondary" autoFocus onClick={() => setConfirming(false)}>{t.answer.keep}</Button>
            </div>
          </div>
        ) : null}
      </div>
    </form>
  );
}
