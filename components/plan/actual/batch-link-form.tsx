"use client";
import { useActionState } from "react";
import { useSubmit } from "@/components/training-admin/use-submit";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import type { ActionState } from "@/lib/action";
import type { Messages } from "@/lib/i18n/messages/id";
import { linkBatchToPlanAction, unlinkBatchFromPlanAction } from "@/lib/plan/actual-actions";

type T = Messages["planActual"]["batch"];
type Line = { itemId: string; title: string; position: number };

/** Choose the plan line the batch delivers, or unlink it (after a confirmation). */
export function BatchLinkForm({ batchId, lines, linkedItemId, t, saving }: { batchId: string; lines: Line[]; linkedItemId: string | null; t: T; saving: string }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(linkBatchToPlanAction, { ok: false });
  const [unlinkState, unlink, unlinking] = useActionState<ActionState, FormData>(unlinkBatchFromPlanAction, { ok: false });
  const onSubmit = useSubmit(action);
  const onUnlink = useSubmit(unlink, () => window.confirm(t.unlinkConfirm));
  const errors = state.fieldErrors?.itemId;
  return (
    <div className="space-y-3">
      <form action={action} onSubmit={onSubmit} noValidate className="flex flex-wrap items-end gap-3">
        <input type="hidden" name="batchId" value={batchId} />
        <div className="min-w-0 flex-1 space-y-1">
          <label htmlFor="itemId" className="block text-sm font-medium text-slate-800">{t.line}</label>
          <select
            id="itemId" name="itemId" defaultValue={linkedItemId ?? ""} data-testid="plan-line-select"
            aria-invalid={errors?.length ? true : undefined} aria-describedby={errors?.length ? "itemId-error" : undefined}
            className="block w-full max-w-full truncate rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm"
          >
            <option value="">{t.choose}</option>
            {lines.map((l) => <option key={l.itemId} value={l.itemId}>{l.position}. {l.title}</option>)}
          </select>
          <div id="itemId-error" aria-live="polite">{errors?.map((e) => <p key={e} className="text-sm text-red-700">{e}</p>)}</div>
        </div>
        <Button type="submit" disabled={pending} data-testid="plan-link-save">{pending ? saving : t.save}</Button>
      </form>
      <FormMessage state={state} />
      {linkedItemId ? (
        <form action={unlink} onSubmit={onUnlink}>
          <input type="hidden" name="batchId" value={batchId} />
          <Button type="submit" variant="secondary" disabled={unlinking} data-testid="plan-unlink">{t.unlink}</Button>
          <FormMessage state={unlinkState} />
        </form>
      ) : null}
    </div>
  );
}
