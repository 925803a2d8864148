"use client";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Td } from "@/components/ui/table";
import { useSubmit } from "@/components/training-admin/use-submit";
import type { ActionState } from "@/lib/action";
import { interpolate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { saveObserverRatingsAction } from "@/lib/learning/actions";
import type { LearningRow } from "@/lib/learning/queries";
import { RATING_LEVELS } from "@/lib/learning/rules";

type Competency = { id: string; code: string; name: string };

/** Observer ratings of one participant: one select (1–5, or none) per competency the program develops. */
export function RatingsRow({ row, competencies, t, saving }: { row: LearningRow; competencies: Competency[]; t: Messages["learning"]; saving: string }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(saveObserverRatingsAction, { ok: false });
  const onSubmit = useSubmit(action);
  const formId = `ratings-${row.enrolmentId}`;
  return (
    <tr data-testid="ratings-row">
      <Td className="font-medium">{row.name}</Td>
      {competencies.map((c) => (
        <Td key={c.id}>
          <select form={formId} name={`level:${c.id}`} defaultValue={row.ratings[c.id] ?? ""} aria-label={interpolate(t.ratings.levelLabel, { competency: c.name, name: row.name })}
            className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm">
            <option value="">{t.ratings.noLevel}</option>
            {RATING_LEVELS.map((l) => <option key={l} value={l}>{l}</option>)}
          </select>
        </Td>
      ))}
      <Td>
        <input form={formId} name="observerName" defaultValue={row.observerName ?? ""} aria-label={`${t.ratings.observer} · ${row.name}`} maxLength={120}
          className="w-40 rounded-md border border-slate-300 bg-white px-2 py-1 text-sm" />
      </Td>
      <Td>
        <form id={formId} action={action} onSubmit={onSubmit} noValidate className="space-y-1">
          <input type="hidden" name="enrolmentId" value={row.enrolmentId} />
          <Button type="submit" variant="secondary" className="whitespace-nowrap px-3 py-1" disabled={pending}>{pending ? saving : t.ratings.save}</Button>
          <div aria-live="polite" className="text-xs">
            {state.message ? <p className={state.ok ? "text-emerald-700" : "text-red-700"}>{state.message}</p> : null}
          </div>
        </form>
      </Td>
    </tr>
  );
}
