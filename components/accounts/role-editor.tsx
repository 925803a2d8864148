"use client";
import { useActionState, useState } from "react";
import type { ActionState } from "@/lib/action";
import { grantRoleAction, revokeRoleAction } from "@/lib/accounts/actions";
import { GRANTABLE_ROLES } from "@/lib/accounts/rules";
import { interpolate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { useSubmit } from "@/components/training-admin/use-submit";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";

export type RoleRow = { id: string; role: keyof Messages["roles"]; unitName: string | null };

const selectClass = "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm";

/** One granted role with its "Cabut" (asks first). */
function RevokeButton({ role, label, name, t }: { role: RoleRow; label: string; name: string; t: Messages["accounts"] }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(revokeRoleAction, { ok: false });
  const [asking, setAsking] = useState(false);
  return (
    <div className="space-y-1">
      {asking ? (
        <form action={(form) => { setAsking(false); action(form); }} className="flex flex-wrap items-center gap-2">
          <input type="hidden" name="roleId" value={role.id} />
          <span className="text-sm text-red-900" role="alert">{interpolate(t.role.revokeQuestion, { role: label, name })}</span>
          <Button type="submit" variant="danger" className="px-3 py-1">{t.role.revokeConfirm}</Button>
          <Button type="button" variant="secondary" className="px-3 py-1" autoFocus onClick={() => setAsking(false)}>{t.detail.cancel}</Button>
        </form>
      ) : (
        <Button type="button" variant="ghost" className="px-2 py-1 text-red-700" disabled={pending} onClick={() => setAsking(true)} aria-label={`${t.role.revoke}: ${label}`}>
          {t.role.revoke}
        </Button>
      )}
      {!state.ok ? <FormMessage state={state} /> : null}
    </div>
  );
}

/** The roles an admin grants and revokes (ADMIN, OPERATOR of a unit, TRAINER); ASN and SUPERVISOR are listed, not edited. */
export function RoleEditor({
  userId, name, roles, units, labels, t,
}: {
  userId: string;
  name: string;
  roles: RoleRow[];
  units: { id: string; label: string }[];
  labels: Messages["roles"];
  t: Messages["accounts"];
}) {
  const [state, action, pending] = useActionState<ActionState, FormData>(grantRoleAction, { ok: false });
  const [role, setRole] = useState<string>("TRAINER");
  const onSubmit = useSubmit(action);
  const label = (r: RoleRow) => (r.unitName ? `${labels[r.role]} · ${r.unitName}` : labels[r.role]);
  const granted = roles.filter((r) => (GRANTABLE_ROLES as readonly string[]).includes(r.role));
  return (
    <div className="space-y-4 p-4 sm:p-5">
      {granted.length ? (
      <ul className="divide-y divide-slate-100" data-testid="granted-roles">
        {granted.map((r) => (
          <li key={r.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
            <span className="min-w-0 break-words text-sm text-slate-900">{label(r)}</span>
            <RevokeButton role={r} label={label(r)} name={name} t={t} />
          </li>
        ))}
      </ul>
      ) : null}
      <form action={action} onSubmit={onSubmit} className="grid gap-3 sm:grid-cols-[12rem_1fr_auto] sm:items-end" noValidate>
        <input type="hidden" name="userId" value={userId} />
        <label className="space-y-1 text-sm font-medium text-slate-800">
          <span>{t.role.role}</span>
          <select name="role" value={role} onChange={(e) => setRole(e.target.value)} className={selectClass}>
            {GRANTABLE_ROLES.map((r) => <option key={r} value={r}>{labels[r]}</option>)}
          </select>
        </label>
        <label className="min-w-0 space-y-1 text-sm font-medium text-slate-800">
          <span>{t.role.unit}</span>
          <select name="unitId" disabled={role !== "OPERATOR"} defaultValue="" className={selectClass} aria-invalid={state.fieldErrors?.unitId ? true : undefined}>
            <option value="">{t.role.chooseUnit}</option>
            {units.map((u) => <option key={u.id} value={u.id}>{u.label}</option>)}
          </select>
          {state.fieldErrors?.unitId?.map((e) => <span key={e} className="block text-sm font-normal text-red-700">{e}</span>)}
        </label>
        <Button type="submit" disabled={pending}>{pending ? t.role.granting : t.role.grant}</Button>
      </form>
      <FormMessage state={state} />
      <p className="text-xs text-slate-500">{t.role.asnNote}</p>
    </div>
  );
}
