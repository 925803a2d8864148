"use client";
import { useActionState } from "react";
import type { ActionState } from "@/lib/action";
import { useSubmit } from "@/components/training-admin/use-submit";
import type { RouteCode } from "@/lib/generated/prisma/enums";
import type { Messages } from "@/lib/i18n/messages/id";
import type { Policy } from "@/lib/policy/rules";
import { savePolicyAction } from "@/lib/policy/actions";
import { Button } from "@/components/ui/button";
import { Field, FormMessage } from "@/components/ui/field";

type Props = {
  year: number;
  policy: Policy;
  routes: { code: RouteCode; label: string }[];
  t: Messages["jp"]["policy"];
  locked: boolean;
};

export function PolicyForm({ year, policy, routes, t, locked }: Props) {
  const [state, action, pending] = useActionState<ActionState, FormData>(savePolicyAction, { ok: false });
  // Submitted by hand so a refused form keeps what was typed (a form action would reset it).
  const onSubmit = useSubmit(action);
  const err = (field: string) => state.fieldErrors?.[field];
  return (
    <form action={action} onSubmit={onSubmit} className="space-y-5 p-4 sm:p-5" noValidate>
      <input type="hidden" name="year" value={year} />
      <fieldset disabled={locked || pending} className="space-y-5">
        <div className="grid gap-4 sm:grid-cols-2">
          <Field name="targetJp" label={t.targetJp} hint={t.targetJpHint} type="number" min={1} max={200} inputMode="numeric" defaultValue={policy.targetJp} errors={err("targetJp")} />
          <Field name="completionThresholdPct" label={t.completionThresholdPct} hint={t.completionThresholdHint} type="number" min={1} max={100} inputMode="numeric" defaultValue={policy.completionThresholdPct} errors={err("completionThresholdPct")} />
          <Field name="pppkCeilingJp" label={t.pppkCeilingJp} hint={t.pppkCeilingHint} type="number" min={0} max={200} inputMode="numeric" defaultValue={policy.pppkCeilingJp ?? ""} errors={err("pppkCeilingJp")} />
        </div>
        <label className="flex items-start gap-2 text-sm text-slate-800">
          <input type="checkbox" name="proRate" defaultChecked={policy.proRate} className="mt-0.5 size-4 rounded border-slate-300" />
          {t.proRate}
        </label>
        <fieldset>
          <legend className="text-sm font-medium text-slate-800">{t.countedRouteCodes}</legend>
          <p className="text-xs text-slate-500">{t.countedRouteCodesHint}</p>
          <div className="mt-2 grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
            {routes.map((r) => (
              <label key={r.code} className="flex items-center gap-2 text-sm text-slate-800">
                <input type="checkbox" name="countedRouteCodes" value={r.code} defaultChecked={policy.countedRouteCodes.includes(r.code)} className="size-4 rounded border-slate-300" />
                <span className="font-mono text-xs text-slate-500">{r.code}</span> {r.label}
              </label>
            ))}
          </div>
          <div aria-live="polite">{err("countedRouteCodes")?.map((e) => <p key={e} className="text-sm text-red-700">{e}</p>)}</div>
        </fieldset>
      </fieldset>
      <FormMessage state={state} />
      {locked ? null : <Button type="submit" disabled={pending}>{pending ? t.saving : t.save}</Button>}
    </form>
  );
}
