"use client";
import { useActionState, useCallback } from "react";
import { useSubmit } from "@/components/training-admin/use-submit";
import { Button } from "@/components/ui/button";
import { Field, FormMessage } from "@/components/ui/field";
import type { ActionState } from "@/lib/action";
import type { Messages } from "@/lib/i18n/messages/id";
import { recordBatchSpendingAction } from "@/lib/plan/actual-actions";
import { FUND_SOURCES } from "@/lib/plan/rules";

type T = Messages["planActual"];

/** Records one realised row; a negative amount (a correction) is confirmed first, since rows are never deleted. */
export function SpendingForm({ batchId, today, t, saving }: { batchId: string; today: string; t: T; saving: string }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(recordBatchSpendingAction, { ok: false });
  const check = useCallback(() => {
    const amount = document.getElementById("amount") as HTMLInputElement | null;
    return !amount?.value.trim().startsWith("-") || window.confirm(t.spending.correctionConfirm);
  }, [t]);
  const onSubmit = useSubmit(action, check);
  const errors = state.fieldErrors;
  const s = t.spending;
  return (
    <form action={action} onSubmit={onSubmit} noValidate className="space-y-3" data-testid="spending-form">
      <input type="hidden" name="batchId" value={batchId} />
      <fieldset disabled={pending} className="grid min-w-0 gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <div className="space-y-1">
          <label htmlFor="fundSource" className="block text-sm font-medium text-slate-800">{s.fundSource}</label>
          <select id="fundSource" name="fundSource" defaultValue="APBD" className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm">
            {FUND_SOURCES.map((f) => <option key={f} value={f}>{t.fundSource[f]}</option>)}
          </select>
        </div>
        <Field name="amount" label={s.amount} hint={s.amountHelp} inputMode="numeric" className="[&_input]:text-right" errors={errors?.amount} />
        <Field name="spentOn" label={s.spentOn} type="date" max={today} defaultValue={today} errors={errors?.spentOn} />
        <Field name="description" label={s.description} maxLength={300} errors={errors?.description} />
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending} data-testid="spending-save">{pending ? saving : s.add}</Button>
        <FormMessage state={state} />
      </div>
    </form>
  );
}
