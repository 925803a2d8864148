"use client";
import { useOrgAction } from "@/components/org/use-org-action";
import { TextInput } from "@/components/training-admin/form-controls";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { createStandardVersionAction } from "@/lib/competency/standards-actions";
import { interpolate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";

/** Creates a version of a position's standard: legal basis, effective date, and what it starts with. */
export function NewVersionForm({ positionId, typeName, canCopy, m }: { positionId: string; typeName: string; canCopy: boolean; m: Messages }) {
  const s = m.compStandards.standards;
  const { state, action, pending, onSubmit } = useOrgAction<{ versionId: string }>(
    createStandardVersionAction,
    (data) => `/admin/jabatan/${positionId}/standar?versi=${data.versionId}`,
  );
  const errors = state.fieldErrors;
  return (
    <form action={action} onSubmit={onSubmit} noValidate className="space-y-4 p-4 sm:p-5" aria-label={s.newVersion}>
      <input type="hidden" name="positionId" value={positionId} />
      <TextInput id="legalBasis" name="legalBasis" label={s.legalBasis} placeholder={s.legalBasisPlaceholder} maxLength={300} required errors={errors?.legalBasis} />
      <TextInput id="effectiveFrom" name="effectiveFrom" type="date" label={s.effectiveFrom} required errors={errors?.effectiveFrom} className="max-w-56" />
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-800">{s.from}</legend>
        {canCopy ? (
          <label className="flex items-start gap-2 text-sm">
            <input type="radio" name="from" value="COPY" defaultChecked className="mt-1" /> {s.fromCopy}
          </label>
        ) : null}
        <label className="flex items-start gap-2 text-sm">
          <input type="radio" name="from" value="DEFAULT" defaultChecked={!canCopy} className="mt-1" /> {interpolate(s.fromDefault, { type: typeName })}
        </label>
        <label className="ml-6 flex items-start gap-2 text-sm text-slate-700">
          <input type="checkbox" name="keepTechnical" defaultChecked={canCopy} disabled={!canCopy} className="mt-1" /> {s.keepTechnical}
        </label>
        <div aria-live="polite">{errors?.from?.map((e) => <p key={e} className="text-sm text-red-700">{e}</p>)}</div>
      </fieldset>
      <FormMessage state={state.ok ? null : state} />
      <Button type="submit" disabled={pending}>{pending ? s.saving : s.createVersion}</Button>
    </form>
  );
}
