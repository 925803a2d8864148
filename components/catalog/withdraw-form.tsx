"use client";
import { useActionState, useId, useState } from "react";
import type { ActionState } from "@/lib/action";
import { withdrawAction } from "@/lib/enrolment/actions";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { cn } from "@/components/ui/cn";

type Labels = { open: string; reason: string; hint: string; confirm: string; proceed: string; yes: string; working: string; cancel: string };

/** Withdrawal: a reason (required), then an explicit second step before anything is sent. */
export function WithdrawForm({ enrolmentId, labels }: { enrolmentId: string; labels: Labels }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(withdrawAction, { ok: false });
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState("");
  const id = useId();
  const errors = state.fieldErrors?.reason;
  if (state.ok) return <FormMessage state={state} />;
  return (
    <details className="rounded-md border border-slate-200">
      <summary className="cursor-pointer px-3 py-2 text-sm font-medium text-red-800 hover:bg-red-50">{labels.open}</summary>
      <form action={action} className="space-y-3 border-t border-slate-100 p-3" noValidate>
        <input type="hidden" name="enrolmentId" value={enrolmentId} />
        <div className="space-y-1">
          <label htmlFor={`${id}-reason`} className="block text-sm font-medium text-slate-800">{labels.reason}</label>
          <textarea
            id={`${id}-reason`}
            name="reason"
            rows={3}
            required
            minLength={5}
            maxLength={500}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            aria-invalid={errors?.length ? true : undefined}
            aria-describedby={`${id}-hint ${id}-error`}
            className={cn("block w-full rounded-md border bg-white px-3 py-2 text-sm shadow-sm", errors?.length ? "border-red-500" : "border-slate-300")}
          />
          <p id={`${id}-hint`} className="text-xs text-slate-500">{labels.hint}</p>
          <div id={`${id}-error`} aria-live="polite">
            {errors?.map((e) => <p key={e} className="text-sm text-red-700">{e}</p>)}
          </div>
        </div>
        {confirming ? (
          <div className="space-y-2 rounded-md bg-red-50 p-3" role="alert">
            <p className="text-sm text-red-900">{labels.confirm}</p>
            <div className="flex flex-wrap gap-2">
              <Button type="submit" variant="danger" disabled={pending}>{pending ? labels.working : labels.yes}</Button>
              <Button type="button" variant="secondary" onClick={() => setConfirming(false)} disabled={pending}>{labels.cancel}</Button>
            </div>
          </div>
        ) : (
          <Button type="button" variant="secondary" onClick={() => setConfirming(true)}>{labels.proceed}</Button>
        )}
        <FormMessage state={state} />
      </form>
    </details>
  );
}
