"use client";
import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import type { ActionState } from "@/lib/action";
import { createBatchAction } from "@/lib/catalog/actions";
import type { SessionKind } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { FormSection, TextInput } from "./form-controls";
import { QuotaRows, type QuotaRow, type UnitOption } from "./quota-rows";
import { SessionRows, sessionInput, type SessionRow } from "./session-rows";
import { useSubmit } from "./use-submit";

type Props = {
  programId: string;
  nextNumber: number;
  units: UnitOption[];
  countedKinds: SessionKind[];
  locale: Locale;
  t: Messages["trainingAdmin"];
  saving: string;
  /** For a batch that has already taken place, the registration window may be left empty. */
  pastHint: string;
};

export function BatchForm({ programId, nextNumber, units, countedKinds, locale, t, saving, pastHint }: Props) {
  const f = t.batchForm;
  const [state, action, pending] = useActionState<ActionState, FormData>(createBatchAction, { ok: false });
  const [general, setGeneral] = useState({
    number: String(nextNumber), startDate: "", endDate: "", venue: "", onlineUrl: "", capacity: "30", registrationOpensAt: "", registrationClosesAt: "",
  });
  const [quotas, setQuotas] = useState<QuotaRow[]>([]);
  const [sessions, setSessions] = useState<SessionRow[]>([]);
  const set = (patch: Partial<typeof general>) => setGeneral((g) => ({ ...g, ...patch }));
  const err = (field: string) => state.fieldErrors?.[field];
  const onSubmit = useSubmit(action);

  const payload = {
    programId,
    ...general,
    quotas: quotas.map((q) => ({ unitId: q.unitId, seats: q.seats.trim() })),
    sessions: sessions.map(sessionInput),
  };
  const field = (name: keyof typeof general, label: string, extra: React.InputHTMLAttributes<HTMLInputElement> & { hint?: string } = {}) => (
    <TextInput id={name} label={label} value={general[name]} onChange={(e) => set({ [name]: e.target.value })} errors={err(name)} {...extra} />
  );

  return (
    <form action={action} onSubmit={onSubmit} noValidate>
      <input type="hidden" name="payload" value={JSON.stringify(payload)} />
      <FormSection title={f.general}>
        <div className="grid gap-4 sm:grid-cols-3">
          {field("number", f.number, { inputMode: "numeric" })}
          {field("startDate", f.startDate, { type: "date" })}
          {field("endDate", f.endDate, { type: "date", min: general.startDate || undefined })}
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          {field("venue", f.venue, { hint: f.venueHint })}
          {field("onlineUrl", f.onlineUrl, { type: "url", inputMode: "url", hint: f.onlineUrlHint })}
        </div>
        <div className="grid gap-4 sm:grid-cols-3">
          {field("capacity", f.capacity, { inputMode: "numeric" })}
          {field("registrationOpensAt", f.registrationOpensAt, { type: "datetime-local", hint: `${f.timeZoneHint} ${pastHint}` })}
          {field("registrationClosesAt", f.registrationClosesAt, { type: "datetime-local", hint: `${f.timeZoneHint} ${pastHint}` })}
        </div>
      </FormSection>

      <FormSection title={f.quotas} hint={f.quotasHint}>
        <QuotaRows rows={quotas} onChange={setQuotas} units={units} capacity={general.capacity} fieldErrors={state.fieldErrors} t={t} />
      </FormSection>

      <FormSection title={f.rundown} hint={f.rundownHint}>
        <SessionRows
          rows={sessions}
          onChange={setSessions}
          defaultDate={general.startDate}
          countedKinds={countedKinds}
          locale={locale}
          fieldErrors={state.fieldErrors}
          t={t}
        />
      </FormSection>

      <div className="space-y-3 border-t border-slate-100 px-4 py-4 sm:px-5">
        <FormMessage state={state} />
        <Button type="submit" disabled={pending}>{pending ? saving : f.submit}</Button>
      </div>
    </form>
  );
}
