"use client";
import { ConfirmSubmit } from "@/components/training-admin/confirm-submit";
import { Select, TextInput } from "@/components/training-admin/form-controls";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { interpolate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { closeUnitAction, moveUnitAction, reopenUnitAction } from "@/lib/org/actions";
import type { UnitChoice } from "@/lib/org/unit-queries";
import { unitOption, useOrgAction } from "./use-org-action";

type M = Messages["org"];

/** Moves the unit with its subtree; asks first. The targets exclude the unit's own subtree; closed ones are disabled. */
export function MoveUnitForm({ m, unitId, parentId, targets, below }: { m: M; unitId: string; parentId: string | null; targets: UnitChoice[]; below: number }) {
  const { state, action, pending, onSubmit } = useOrgAction(moveUnitAction);
  const closed = (name: string) => interpolate(m.positions.form.unitClosedOption, { name });
  return (
    <form action={action} onSubmit={onSubmit} noValidate className="space-y-4 p-4 sm:p-5" aria-label={m.forms.moveTitle}>
      <input type="hidden" name="unitId" value={unitId} />
      <Select
        id="move-parentId" name="parentId" label={m.unit.parent} hint={interpolate(m.forms.moveHint, { count: below })} defaultValue={parentId ?? ""}
        errors={state.fieldErrors?.parentId} placeholder={m.unit.topLevel} options={targets.map((t) => unitOption(t, closed))}
      />
      <FormMessage state={state} />
      <ConfirmSubmit label={pending ? m.forms.saving : m.forms.move} question={m.forms.moveQuestion} confirm={m.forms.moveConfirm} keep={m.forms.keep} disabled={pending} />
    </form>
  );
}

/** Closes the unit on a date; asks first, and says beforehand what still blocks it. */
export function CloseUnitForm({ m, unitId, today, blocked }: { m: M; unitId: string; today: string; blocked: string | null }) {
  const { state, action, pending, onSubmit } = useOrgAction(closeUnitAction);
  return (
    <form action={action} onSubmit={onSubmit} noValidate className="space-y-4 p-4 sm:p-5" aria-label={m.forms.closeTitle}>
      <input type="hidden" name="unitId" value={unitId} />
      <p className="text-sm text-slate-600">{m.forms.closeHint}</p>
      {blocked ? <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="close-blocked">{blocked}</p> : null}
      <TextInput id="closedOn" name="closedOn" type="date" label={m.forms.closedOn} defaultValue={today} max={today} required errors={state.fieldErrors?.closedOn} className="max-w-xs" />
      <FormMessage state={state} />
      <ConfirmSubmit label={pending ? m.forms.saving : m.forms.close} question={m.forms.closeQuestion} confirm={m.forms.closeConfirm} keep={m.forms.keep} variant="danger" disabled={pending} />
    </form>
  );
}

export function ReopenUnitForm({ m, unitId, closedSince }: { m: M; unitId: string; closedSince: string }) {
  const { state, action, pending, onSubmit } = useOrgAction(reopenUnitAction);
  return (
    <form action={action} onSubmit={onSubmit} noValidate className="space-y-4 p-4 sm:p-5" aria-label={m.forms.reopenTitle}>
      <input type="hidden" name="unitId" value={unitId} />
      <p className="text-sm text-slate-600">{interpolate(m.forms.reopenHint, { date: closedSince })}</p>
      <FormMessage state={state} />
      <Button type="submit" variant="secondary" disabled={pending}>{pending ? m.forms.saving : m.forms.reopen}</Button>
    </form>
  );
}
