"use client";
import { ConfirmSubmit } from "@/components/training-admin/confirm-submit";
import { TextInput } from "@/components/training-admin/form-controls";
import { FormMessage } from "@/components/ui/field";
import { interpolate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { endServiceAction, reinstateEmployeeAction } from "@/lib/people/admin-actions";
import { useRefreshingAction } from "./use-refreshing-action";

type Labels = Messages["people"]["endService"];

/** End of service with its date and reason, after a confirmation. */
export function EndServiceForm({ employeeId, name, labels }: { employeeId: string; name: string; labels: Labels }) {
  const { state, action, pending, onSubmit } = useRefreshingAction(endServiceAction);
  return (
    <form action={action} onSubmit={onSubmit} className="space-y-4 p-4 sm:p-5" noValidate aria-label={labels.title} data-testid="end-service-form">
      <input type="hidden" name="employeeId" value={employeeId} />
      <div className="grid gap-4">
        <TextInput id="endDate" name="endDate" type="date" label={labels.date} errors={state.fieldErrors?.endDate} />
        <TextInput id="reason" name="reason" label={labels.reason} hint={labels.reasonHint} maxLength={200} errors={state.fieldErrors?.reason} />
      </div>
      <FormMessage state={state} />
      <ConfirmSubmit label={pending ? labels.saving : labels.submit} question={interpolate(labels.question, { name })} confirm={labels.confirm} keep={labels.keep} variant="danger" disabled={pending} />
    </form>
  );
}

/** "Batalkan akhir masa kerja" (admins): the person is in service again. */
export function ReinstateForm({ employeeId, name, labels }: { employeeId: string; name: string; labels: Labels }) {
  const { state, action, pending, onSubmit } = useRefreshingAction(reinstateEmployeeAction);
  return (
    <form action={action} onSubmit={onSubmit} className="space-y-3" noValidate aria-label={labels.reinstate} data-testid="reinstate-form">
      <input type="hidden" name="employeeId" value={employeeId} />
      <FormMessage state={state} />
      <ConfirmSubmit label={pending ? labels.saving : labels.reinstate} question={interpolate(labels.reinstateQuestion, { name })} confirm={labels.reinstateConfirm} keep={labels.keep} variant="secondary" disabled={pending} />
    </form>
  );
}
