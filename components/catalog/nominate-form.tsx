"use client";
import { useActionState } from "react";
import type { ActionState } from "@/lib/action";
import { useSubmit } from "@/components/training-admin/use-submit";
import { lookupNomineeAction, nominateAction, type Nominee, type NomineeState } from "@/lib/enrolment/actions";
import { interpolate } from "@/lib/i18n/format";
import { formatNip } from "@/lib/people/nip";
import { Button } from "@/components/ui/button";
import { Field, FormMessage } from "@/components/ui/field";

type Labels = { batch: string; hint: string; nip: string; lookup: string; lookingUp: string; nominate: string; nominating: string; statusTemplate: string };

function Confirm({ batchId, nominee, labels }: { batchId: string; nominee: Nominee; labels: Labels }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(nominateAction, { ok: false });
  // Submitted by hand so a refused form keeps what was typed (a form action would reset it).
  const onSubmit = useSubmit(action);
  return (
    <form action={action} onSubmit={onSubmit} className="space-y-3 rounded-md border border-slate-200 bg-slate-50 p-3" data-testid="nominee">
      <input type="hidden" name="batchId" value={batchId} />
      <input type="hidden" name="employeeId" value={nominee.id} />
      <div className="text-sm">
        <p className="font-medium text-slate-900">{nominee.name}</p>
        <p className="font-mono text-xs text-slate-500">{formatNip(nominee.nip)}</p>
        <p className="text-slate-600">{nominee.position} · {nominee.unit}</p>
        {nominee.status ? <p className="mt-1 text-amber-800">{interpolate(labels.statusTemplate, { status: nominee.status })}</p> : null}
      </div>
      {nominee.status ? null : (
        <Button type="submit" disabled={pending || state.ok}>
          {pending ? labels.nominating : interpolate(labels.nominate, { name: nominee.name })}
        </Button>
      )}
      <FormMessage state={state} />
    </form>
  );
}

/**
 * An OPD operator picks a batch open for registration, looks up a NIP inside their own unit, sees who it is,
 * then nominates them. The nominate command checks the scope, window and eligibility again.
 */
export function NominateForm({ batches, labels }: { batches: { id: string; label: string }[]; labels: Labels }) {
  const [state, lookup, pending] = useActionState<NomineeState, FormData>(lookupNomineeAction, { ok: false });
  // Submitted by hand so a refused form keeps what was typed (a form action would reset it).
  const onLookup = useSubmit(lookup);
  const batchId = state.batchId ?? batches[0]?.id ?? "";
  return (
    <div className="space-y-3 p-4 sm:p-5">
      <form action={lookup} onSubmit={onLookup} className="space-y-3" noValidate>
        <div className="space-y-1">
          <label htmlFor="nominate-batch" className="block text-sm font-medium text-slate-800">{labels.batch}</label>
          <select
            id="nominate-batch"
            name="batchId"
            defaultValue={batchId}
            className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm"
          >
            {batches.map((b) => <option key={b.id} value={b.id}>{b.label}</option>)}
          </select>
        </div>
        <Field
          name="nip"
          label={labels.nip}
          hint={labels.hint}
          inputMode="numeric"
          autoComplete="off"
          defaultValue={state.nip ? formatNip(state.nip) : ""}
          errors={state.fieldErrors?.nip}
        />
        {state.message ? <FormMessage state={state} /> : null}
        <Button type="submit" variant="secondary" disabled={pending}>{pending ? labels.lookingUp : labels.lookup}</Button>
      </form>
      {state.nominee ? <Confirm key={`${state.nominee.id}-${state.lookup}`} batchId={batchId} nominee={state.nominee} labels={labels} /> : null}
    </div>
  );
}
