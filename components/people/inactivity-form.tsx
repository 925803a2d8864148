"use client";
import { Select, TextInput } from "@/components/training-admin/form-controls";
import { ConfirmSubmit } from "@/components/training-admin/confirm-submit";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { interpolate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { createInactivityAction, deleteInactivityAction, updateInactivityAction } from "@/lib/people/admin-actions";
import { useRefreshingAction } from "./use-refreshing-action";

type Labels = Messages["people"]["inactivity"];
export type PeriodValues = { id: string; kind: "LONG_LEAVE" | "STUDY_ASSIGNMENT" | "OTHER"; startDate: string; endDate: string; note: string | null };

/** Add a period (with `employeeId`) or edit one (with `period`); `onDone` closes an editor after a success. */
export function InactivityForm({ employeeId, period, labels, onDone }: { employeeId?: string; period?: PeriodValues; labels: Labels; onDone?: () => void }) {
  const { state, action, pending, onSubmit } = useRefreshingAction(period ? updateInactivityAction : createInactivityAction, onDone);
  const p = period ? `period-${period.id}-` : "period-";
  const e = state.fieldErrors;
  return (
    <form action={action} onSubmit={onSubmit} className="space-y-4" noValidate aria-label={period ? labels.edit : labels.add} data-testid={period ? "inactivity-edit-form" : "inactivity-form"}>
      {period ? <input type="hidden" name="periodId" value={period.id} /> : <input type="hidden" name="employeeId" value={employeeId} />}
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Select id={`${p}kind`} name="kind" label={labels.kind} defaultValue={period?.kind ?? "LONG_LEAVE"} errors={e?.kind}
          options={(["LONG_LEAVE", "STUDY_ASSIGNMENT", "OTHER"] as const).map((k) => ({ value: k, label: labels.kinds[k] }))} />
        <TextInput id={`${p}startDate`} name="startDate" type="date" label={labels.start} defaultValue={period?.startDate} errors={e?.startDate} />
        <TextInput id={`${p}endDate`} name="endDate" type="date" label={labels.end} defaultValue={period?.endDate} errors={e?.endDate} />
        <TextInput id={`${p}note`} name="note" label={labels.note} maxLength={500} defaultValue={period?.note ?? ""} errors={e?.note} />
      </div>
      <FormMessage state={state} />
      <Button type="submit" disabled={pending}>{pending ? labels.saving : period ? labels.submitEdit : labels.submitAdd}</Button>
    </form>
  );
}

/** Delete a period, after a confirmation naming it. */
export function DeleteInactivityForm({ periodId, range, labels }: { periodId: string; range: string; labels: Labels }) {
  const { state, action, pending, onSubmit } = useRefreshingAction(deleteInactivityAction);
  return (
    <form action={action} onSubmit={onSubmit} noValidate aria-label={`${labels.delete} ${range}`}>
      <input type="hidden" name="periodId" value={periodId} />
      <ConfirmSubmit label={labels.delete} question={interpolate(labels.deleteQuestion, { range })} confirm={labels.deleteConfirm} keep={labels.keep} variant="danger" disabled={pending} />
      <FormMessage state={state.ok ? null : state} />
    </form>
  );
}
