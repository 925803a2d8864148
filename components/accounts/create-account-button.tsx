"use client";
import { useActionState, useEffect } from "react";
import type { ActionState } from "@/lib/action";
import { createAccountAction } from "@/lib/accounts/actions";
import type { Messages } from "@/lib/i18n/messages/id";
import { useSelection } from "@/components/bulk/selection";
import { Button } from "@/components/ui/button";
import { Badge } from "@/components/ui/card";
import { TemporaryPassword, type Credentials } from "./temporary-password";

/** One row's "Buat akun": creates the account and shows its temporary password in the row, once. */
export function CreateAccountButton({ employeeId, name, t }: { employeeId: string; name: string; t: Messages["accounts"] }) {
  const [state, action, pending] = useActionState<ActionState<Credentials>, FormData>(createAccountAction, { ok: false });
  const { record, outcomes } = useSelection();
  useEffect(() => {
    if (state.ok) record({ [employeeId]: { ok: true, status: "CREATED" } });
  }, [state.ok, employeeId, record]);
  if (state.ok && state.data) return <TemporaryPassword credentials={state.data} t={t.temporary} />;
  // Created with the others from the bulk bar: its password is in the bar's list.
  if (outcomes[employeeId]?.ok) return <span data-testid="row-outcome"><Badge tone="green">{t.bulk.rowDone}</Badge></span>;
  return (
    <form action={action} className="space-y-1">
      <input type="hidden" name="employeeId" value={employeeId} />
      <Button type="submit" variant="secondary" className="whitespace-nowrap px-3 py-1.5" disabled={pending} aria-label={`${t.createOne}: ${name}`}>
        {pending ? t.creating : t.createOne}
      </Button>
      {state.message && !state.ok ? <p className="max-w-xs text-xs text-red-700" data-testid="row-refused">{state.message}</p> : null}
    </form>
  );
}
