"use client";
import { useOrgAction } from "@/components/org/use-org-action";
import { TextInput } from "@/components/training-admin/form-controls";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import type { Messages } from "@/lib/i18n/messages/id";
import { createPlanAction } from "@/lib/plan/plans-actions";

/** Creates the plan of a year (default next year) and opens it. */
export function CreatePlanForm({ t, defaultYear }: { t: Messages["planCore"]; defaultYear: number }) {
  const { state, action, pending, onSubmit } = useOrgAction<{ year: number }>(createPlanAction, (data) => `/admin/rencana/${data.year}`);
  return (
    <form action={action} onSubmit={onSubmit} noValidate className="flex flex-wrap items-end gap-3 px-4 py-4 sm:px-5" aria-label={t.list.create}>
      <TextInput id="year" name="year" label={t.list.year} hint={t.list.createHint} defaultValue={String(defaultYear)} inputMode="numeric" maxLength={4} required errors={state.fieldErrors?.year} className="w-40" />
      <Button type="submit" disabled={pending} className="mb-6">{t.list.create}</Button>
      <div className="basis-full"><FormMessage state={state.ok ? null : state} /></div>
    </form>
  );
}
