"use client";
import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { Td } from "@/components/ui/table";
import { useSubmit } from "@/components/training-admin/use-submit";
import type { ActionState } from "@/lib/action";
import { formatGain, interpolate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { saveLearningScoreAction } from "@/lib/learning/actions";
import type { LearningRow } from "@/lib/learning/queries";

const scoreText = (n: number | null) => (n === null ? "" : String(n));

/** One participant on the grid: pre-test and post-test edited in place, the gain as last saved. */
export function ScoreRow({ row, t, saving }: { row: LearningRow; t: Messages["learning"]; saving: string }) {
  const [pre, setPre] = useState(scoreText(row.preScore));
  const [post, setPost] = useState(scoreText(row.postScore));
  // Scores saved elsewhere (an import, another tab) replace what is shown, once, when they arrive.
  const [shown, setShown] = useState({ pre: row.preScore, post: row.postScore });
  if (shown.pre !== row.preScore || shown.post !== row.postScore) {
    setShown({ pre: row.preScore, post: row.postScore });
    setPre(scoreText(row.preScore));
    setPost(scoreText(row.postScore));
  }
  const [state, action, pending] = useActionState<ActionState, FormData>(saveLearningScoreAction, { ok: false });
  const onSubmit = useSubmit(action);
  const formId = `score-${row.enrolmentId}`;
  const errors = [...(state.fieldErrors?.preScore ?? []), ...(state.fieldErrors?.postScore ?? [])];
  const input = "w-20 rounded-md border bg-white px-2 py-1 text-sm tabular-nums shadow-sm";
  return (
    <tr data-testid="learning-row">
      <Td className="tabular-nums text-slate-600">{row.nip}</Td>
      <Td className="font-medium">{row.name}</Td>
      <Td>
        <input form={formId} name="preScore" inputMode="numeric" aria-label={interpolate(t.edit.preLabel, { name: row.name })} value={pre} onChange={(e) => setPre(e.target.value)}
          aria-invalid={state.fieldErrors?.preScore ? true : undefined} className={`${input} ${state.fieldErrors?.preScore ? "border-red-500" : "border-slate-300"}`} />
      </Td>
      <Td>
        <input form={formId} name="postScore" inputMode="numeric" aria-label={interpolate(t.edit.postLabel, { name: row.name })} value={post} onChange={(e) => setPost(e.target.value)}
          aria-invalid={state.fieldErrors?.postScore ? true : undefined} className={`${input} ${state.fieldErrors?.postScore ? "border-red-500" : "border-slate-300"}`} />
      </Td>
      <Td className="tabular-nums"><span data-testid="learning-gain">{formatGain(row.gain)}</span></Td>
      <Td>
        <form id={formId} action={action} onSubmit={onSubmit} noValidate className="space-y-1">
          <input type="hidden" name="enrolmentId" value={row.enrolmentId} />
          <Button type="submit" variant="secondary" className="whitespace-nowrap px-3 py-1" disabled={pending}>{pending ? saving : t.edit.save}</Button>
          <div aria-live="polite" className="text-xs">
            {errors.length ? <p className="text-red-700">{errors[0]}</p> : state.message ? <p className={state.ok ? "text-emerald-700" : "text-red-700"}>{state.message}</p> : null}
          </div>
        </form>
      </Td>
    </tr>
  );
}
