"use client";
import { useActionState } from "react";
import type { ActionState } from "@/lib/action";
import { useSubmit } from "@/components/training-admin/use-submit";
import { changeSupervisorAction } from "@/lib/people/actions";
import { formatNip } from "@/lib/people/nip";
import { Button } from "@/components/ui/button";
import { Field, FormMessage } from "@/components/ui/field";

type Labels = { candidate: string; candidateHint: string; submit: string; saving: string };

export function SupervisorForm({ employeeId, currentNip, labels }: { employeeId: string; currentNip: string; labels: Labels }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(changeSupervisorAction, { ok: false });
  // Submitted by hand so a refused form keeps what was typed (a form action would reset it).
  const onSubmit = useSubmit(action);
  return (
    <form action={action} onSubmit={onSubmit} className="space-y-4 p-4 sm:p-5" noValidate>
      <input type="hidden" name="employeeId" value={employeeId} />
      <Field
        name="supervisorNip"
        label={labels.candidate}
        hint={labels.candidateHint}
        defaultValue={formatNip(currentNip)}
        inputMode="numeric"
        errors={state.fieldErrors?.supervisorNip}
      />
      <FormMessage state={state} />
      <Button type="submit" disabled={pending}>{pending ? labels.saving : labels.submit}</Button>
    </form>
  );
}
