"use client";
import { useRefreshingAction } from "@/components/forms/use-refreshing-action";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, FormMessage } from "@/components/ui/field";
import { updateCertificateSettingsAction } from "@/lib/certificate/actions";
import { formatCertificateNumber, validateCertificateFormat } from "@/lib/certificate/rules";
import { interpolate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";

type Props = {
  settings: { certificateFormat: string; signatoryName: string | null; signatoryPosition: string | null; nextSeq: number; year: number; month: number };
  t: Messages["certificate"];
};

/** Number format (with a live preview of the next number) and the signatory's name and position. */
export function CertificateSettingsForm({ settings, t }: Props) {
  // Controlled, so a refused save keeps what was typed (React resets uncontrolled fields after an action).
  const [format, setFormat] = useState(settings.certificateFormat);
  const [name, setName] = useState(settings.signatoryName ?? "");
  const [position, setPosition] = useState(settings.signatoryPosition ?? "");
  const [state, action, pending] = useRefreshingAction(updateCertificateSettingsAction);
  const s = t.settings;
  const problem = validateCertificateFormat(format);
  const preview = problem ? null : formatCertificateNumber(format.trim(), { seq: settings.nextSeq, year: settings.year, month: settings.month });
  const err = (field: string) => state.fieldErrors?.[field];
  return (
    <form action={action} className="space-y-4 p-4 sm:p-5" noValidate data-testid="certificate-settings">
      <fieldset disabled={pending} className="space-y-4">
        <div>
          <Field name="format" label={s.format} hint={s.formatHint} value={format} onChange={(e) => setFormat(e.target.value)} maxLength={80} required errors={err("format")} />
          <p className="mt-2 rounded-md bg-slate-50 px-3 py-2 text-sm text-slate-700" aria-live="polite" data-testid="number-preview">
            {preview ? interpolate(s.preview, { year: settings.year, number: preview }) : t.errors.format[problem ?? "empty"]}
          </p>
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field name="signatoryName" label={s.signatoryName} hint={s.signatoryNameHint} value={name} onChange={(e) => setName(e.target.value)} maxLength={120} errors={err("signatoryName")} />
          <Field name="signatoryPosition" label={s.signatoryPosition} hint={s.signatoryPositionHint} value={position} onChange={(e) => setPosition(e.target.value)} maxLength={160} errors={err("signatoryPosition")} />
        </div>
      </fieldset>
      <FormMessage state={state} />
      <Button type="submit" disabled={pending}>{pending ? s.saving : s.save}</Button>
    </form>
  );
}
