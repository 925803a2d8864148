"use client";
import { startTransition, useActionState, useRef, useState } from "react";
import { FormSection, Select, TextArea, TextInput } from "@/components/training-admin/form-controls";
import { ConfirmSubmit } from "@/components/training-admin/confirm-submit";
import { FormMessage } from "@/components/ui/field";
import type { ActionState } from "@/lib/action";
import { ROUTE_CODES } from "@/lib/catalog/rules";
import type { RouteCode } from "@/lib/generated/prisma/enums";
import { interpolate, type Locale } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { correctLedgerAction } from "@/lib/ledger/actions";
import { correctionMinutes, formatMinutesJp } from "@/lib/ledger/rules";

export type CorrectableEntry = { id: string; label: string };

type Props = {
  employeeId: string;
  personName: string;
  entries: CorrectableEntry[];
  today: string;
  routes: Record<RouteCode, string>;
  t: Messages["ledgerAdmin"]["correction"];
  keep: string;
  locale: Locale;
};

/**
 * An admin's correction of one person's ledger: + or −, in JP and/or minutes, with the signed total shown as it
 * is typed, and a second click that names the amount and the person before anything is written.
 */
export function CorrectionForm({ employeeId, personName, entries, today, routes, t, keep, locale }: Props) {
  const formRef = useRef<HTMLFormElement>(null);
  const [direction, setDirection] = useState<"add" | "subtract">("add");
  const [jp, setJp] = useState("");
  const [minutes, setMinutes] = useState("");
  const [state, action, pending] = useActionState<ActionState, FormData>(async (prev, form) => {
    const result = await correctLedgerAction(prev, form);
    if (result.ok) {
      formRef.current?.reset();
      setJp("");
      setMinutes("");
      setDirection("add");
    }
    return result;
  }, { ok: false });
  const err = (field: string) => state.fieldErrors?.[field];
  // Submitted without React's form reset, so a refused correction keeps what was typed.
  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => action(data));
  };
  const amount = correctionMinutes({ direction, jp, minutes });
  const amountText = amount.ok ? `${amount.minutes > 0 ? "+" : ""}${formatMinutesJp(amount.minutes, locale)}` : "";

  return (
    <form ref={formRef} action={action} onSubmit={onSubmit} noValidate data-testid="correction-form">
      <input type="hidden" name="employeeId" value={employeeId} />
      <FormSection title={t.formTitle} hint={t.formHint}>
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium text-slate-800">{t.direction}</legend>
          <div className="flex flex-wrap gap-4">
            {(["add", "subtract"] as const).map((d) => (
              <label key={d} className="flex items-center gap-2 text-sm">
                <input type="radio" name="direction" value={d} checked={direction === d} onChange={() => setDirection(d)} />
                {d === "add" ? t.add : t.subtract}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextInput id="jp" name="jp" label={t.jp} hint={t.jpHint} inputMode="decimal" value={jp} onChange={(e) => setJp(e.target.value)} errors={err("jp")} />
          <TextInput id="minutes" name="minutes" label={t.minutes} hint={t.minutesHint} inputMode="numeric" value={minutes} onChange={(e) => setMinutes(e.target.value)} errors={err("minutes")} />
        </div>
        <p className="text-sm font-medium text-slate-900" aria-live="polite" data-testid="correction-preview">
          {amount.ok ? interpolate(t.preview, { amount: amountText }) : "\u00a0"}
        </p>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextInput id="date" name="date" type="date" label={t.date} hint={t.dateHint} defaultValue={today} max={today} required errors={err("date")} />
          <TextInput id="title" name="title" label={t.entryTitle} placeholder={t.entryTitlePlaceholder} maxLength={200} required errors={err("title")} />
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <Select
            id="correctsId"
            name="correctsId"
            label={t.corrects}
            placeholder={t.correctsNone}
            options={entries.map((e) => ({ value: e.id, label: e.label }))}
            errors={err("correctsId")}
          />
          <Select
            id="routeCode"
            name="routeCode"
            label={t.routeCode}
            hint={t.routeHint}
            placeholder={t.routeSame}
            options={ROUTE_CODES.map((code) => ({ value: code, label: `${code} · ${routes[code]}` }))}
            errors={err("routeCode")}
          />
        </div>
        <TextArea id="reason" name="reason" label={t.reason} hint={t.reasonHint} minLength={10} maxLength={500} required errors={err("reason")} />
      </FormSection>
      <div className="space-y-3 border-t border-slate-100 px-4 py-4 sm:px-5">
        <FormMessage state={state} />
        <ConfirmSubmit
          label={pending ? t.saving : t.submit}
          question={interpolate(t.confirm, { amount: amountText || "—", name: personName })}
          confirm={t.submit}
          keep={keep}
          disabled={pending}
        />
      </div>
    </form>
  );
}
