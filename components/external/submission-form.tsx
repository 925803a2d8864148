"use client";
import Link from "@/components/ui/link";
import { startTransition, useActionState, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { FormMessage } from "@/components/ui/field";
import { FormSection, TextInput } from "@/components/training-admin/form-controls";
import type { ActionState } from "@/lib/action";
import { ROUTE_CODES } from "@/lib/catalog/rules";
import { submitExternalTrainingAction } from "@/lib/external/actions";
import { FILE_ACCEPT, MAX_FILE_BYTES, minutesFromInput } from "@/lib/external/rules";
import type { RouteCode } from "@/lib/generated/prisma/enums";
import { interpolate, type Locale } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { formatMinutesJp } from "@/lib/ledger/rules";

type Props = {
  t: Messages["external"];
  routes: Record<RouteCode, string>;
  locale: Locale;
  today: string;
  /** Recording on an ASN's behalf (an admin or operator): the action, whose training, and the words that differ. */
  onBehalf?: {
    action: (prev: ActionState, form: FormData) => Promise<ActionState>;
    employeeId: string;
    submit: string;
    submitting: string;
    reason: string;
    reasonHint: string;
  };
};
type Unit = "minutes" | "jp";

const controlClass = (errors?: string[]) =>
  cn("block w-full rounded-md border bg-white px-3 py-2 text-sm shadow-sm", errors?.length ? "border-red-500" : "border-slate-300");

/**
 * The ASN's submission of training taken elsewhere. Submitted without React's form reset, so a refused
 * submission (or a duplicate warning) keeps what was typed and the chosen file.
 */
export function SubmissionForm({ t, routes, locale, today, onBehalf }: Props) {
  const f = t.form;
  const formRef = useRef<HTMLFormElement>(null);
  const [unit, setUnit] = useState<Unit>("minutes");
  const [amount, setAmount] = useState("");
  const [confirm, setConfirm] = useState(false);
  const [fileError, setFileError] = useState<string | null>(null);
  const [state, action, pending] = useActionState<ActionState, FormData>(async (prev, form) => {
    const result = await (onBehalf?.action ?? submitExternalTrainingAction)(prev, form);
    if (result.ok) {
      formRef.current?.reset();
      setAmount("");
      setConfirm(false);
    }
    return result;
  }, { ok: false });

  const err = (field: string) => state.fieldErrors?.[field];
  const duplicateReasons = state.fieldErrors?.confirmDuplicate;
  const showConfirm = Boolean(duplicateReasons?.length) || confirm;
  const duration = amount.trim() ? minutesFromInput({ [unit]: amount }) : null;
  const durationErrors = err(unit) ?? err(unit === "minutes" ? "jp" : "minutes");
  const fileErrors = fileError ? [fileError] : err("file");

  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const file = (form.elements.namedItem("file") as HTMLInputElement | null)?.files?.[0];
    // A friendly early answer; the server checks the size (and the content) again.
    if (file && file.size > MAX_FILE_BYTES) {
      setFileError(t.errors.file.tooBig);
      return;
    }
    setFileError(null);
    const data = new FormData(form);
    startTransition(() => action(data));
  };

  const routeOption = (code: RouteCode) => <option key={code} value={code}>{`${code} · ${routes[code]}`}</option>;

  return (
    <form ref={formRef} action={action} onSubmit={onSubmit} noValidate data-testid="external-form">
      {onBehalf ? <input type="hidden" name="employeeId" value={onBehalf.employeeId} /> : null}
      <FormSection title={f.trainingSection}>
        <TextInput id="title" name="title" label={f.trainingTitle} maxLength={300} required errors={err("title")} />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextInput id="organiser" name="organiser" label={f.organiser} maxLength={200} required errors={err("organiser")} />
          <TextInput id="location" name="location" label={f.location} hint={f.locationHint} maxLength={200} errors={err("location")} />
        </div>
        <div className="space-y-1">
          <label htmlFor="routeCode" className="block text-sm font-medium text-slate-800">{f.routeCode}</label>
          <select
            id="routeCode"
            name="routeCode"
            defaultValue=""
            required
            aria-invalid={err("routeCode")?.length ? true : undefined}
            aria-describedby={["routeCode-hint", err("routeCode")?.length ? "routeCode-error" : null].filter(Boolean).join(" ")}
            className={controlClass(err("routeCode"))}
          >
            <option value="">{f.chooseRoute}</option>
            <optgroup label={f.classical}>{ROUTE_CODES.filter((c) => c.startsWith("KL")).map(routeOption)}</optgroup>
            <optgroup label={f.nonClassical}>{ROUTE_CODES.filter((c) => c.startsWith("NKL")).map(routeOption)}</optgroup>
          </select>
          <p id="routeCode-hint" className="text-xs text-slate-500">{f.routeHint}</p>
          <div id="routeCode-error" aria-live="polite">
            {err("routeCode")?.map((e) => <p key={e} className="text-sm text-red-700" data-testid="error-routeCode">{e}</p>)}
          </div>
        </div>
      </FormSection>

      <FormSection title={f.durationSection}>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextInput id="startDate" name="startDate" type="date" label={f.startDate} max={today} required errors={err("startDate")} />
          <TextInput id="endDate" name="endDate" type="date" label={f.endDate} max={today} required errors={err("endDate")} />
        </div>
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium text-slate-800">{f.durationUnit}</legend>
          <div className="flex gap-4">
            {(["minutes", "jp"] as const).map((u) => (
              <label key={u} className="flex items-center gap-2 text-sm">
                <input type="radio" name="durationUnit" value={u} checked={unit === u} onChange={() => setUnit(u)} />
                {u === "minutes" ? f.unitMinutes : f.unitJp}
              </label>
            ))}
          </div>
        </fieldset>
        <TextInput
          id="duration"
          name={unit}
          label={unit === "minutes" ? f.minutes : f.jp}
          hint={duration?.ok ? `${f.durationHint} ${interpolate(f.preview, { duration: formatMinutesJp(duration.minutes, locale) })}` : f.durationHint}
          inputMode={unit === "minutes" ? "numeric" : "decimal"}
          value={amount}
          onChange={(e) => setAmount(e.target.value)}
          required
          errors={durationErrors}
          className="sm:max-w-xs"
        />
      </FormSection>

      <FormSection title={f.certificateSection}>
        <TextInput id="certificateNumber" name="certificateNumber" label={f.certificateNumber} maxLength={100} required errors={err("certificateNumber")} />
        <TextInput
          id="file"
          name="file"
          type="file"
          accept={FILE_ACCEPT}
          label={f.file}
          hint={f.fileHint}
          required
          errors={fileErrors}
          onChange={() => setFileError(null)}
        />
        {onBehalf ? (
          <TextInput id="reason" name="reason" label={onBehalf.reason} hint={onBehalf.reasonHint} maxLength={500} errors={err("reason")} />
        ) : null}
      </FormSection>

      <div className="space-y-3 border-t border-slate-100 px-4 py-4 sm:px-5">
        {showConfirm ? (
          <div className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3" data-testid="duplicate-warning">
            <div aria-live="polite">
              {duplicateReasons?.length ? <p className="text-sm font-medium text-amber-900" role="alert">{state.message}</p> : null}
              <ul className="list-disc pl-5 text-sm text-amber-900">
                {duplicateReasons?.map((reason) => <li key={reason}>{reason}</li>)}
              </ul>
            </div>
            <label className="flex items-start gap-2 text-sm text-slate-900">
              <input type="checkbox" name="confirmDuplicate" checked={confirm} onChange={(e) => setConfirm(e.target.checked)} className="mt-0.5" />
              <span>
                <span className="font-medium">{t.duplicate.confirm}</span>
                <span className="block text-xs text-slate-600">{t.duplicate.confirmHint}</span>
              </span>
            </label>
          </div>
        ) : null}
        {duplicateReasons?.length ? null : <FormMessage state={state} />}
        {state.ok && !onBehalf ? (
          <Link href="/jp/eksternal" className="inline-block text-sm font-medium text-brand-800 hover:underline">{f.seeMine}</Link>
        ) : null}
        <div>
          <Button type="submit" disabled={pending}>{pending ? onBehalf?.submitting ?? f.submitting : onBehalf?.submit ?? f.submit}</Button>
        </div>
      </div>
    </form>
  );
}
