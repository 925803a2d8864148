"use client";
import { useActionState, useState } from "react";
import { useSelection } from "@/components/bulk/selection";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import type { ActionState } from "@/lib/action";
import { decideAsAgencyAction, withdrawAction } from "@/lib/catalog/actions";
import { interpolate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { TextArea } from "./form-controls";
import { useSubmit } from "./use-submit";

type Props = {
  batchId: string;
  enrolmentId: string;
  name: string;
  canDecide: boolean;
  canWithdraw: boolean;
  t: Messages["trainingAdmin"]["enrolments"];
};

/** A reason form folded in a <details>: reject (with a note) or withdraw (with a reason). */
function ReasonForm({ summary, label, submit, field, hidden, action, state, pending, hint, idBase }: {
  summary: string; label: string; submit: string; field: "note" | "reason"; hidden: Record<string, string>;
  action: (f: FormData) => void; state: ActionState; pending: boolean; hint: string; idBase: string;
}) {
  const [text, setText] = useState("");
  const onSubmit = useSubmit(action);
  return (
    <details>
      <summary className="cursor-pointer list-none rounded-md px-2 py-1 text-sm font-medium text-red-700 hover:bg-red-50" aria-label={label}>{summary}</summary>
      <form action={action} onSubmit={onSubmit} noValidate className="mt-2 w-64 max-w-full space-y-2 text-left">
        {Object.entries(hidden).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)}
        <TextArea id={`${idBase}-${field}`} name={field} rows={2} label={label} hint={hint} value={text} onChange={(e) => setText(e.target.value)} errors={state.fieldErrors?.[field]} />
        <Button type="submit" variant="danger" disabled={pending}>{submit}</Button>
      </form>
    </details>
  );
}

export function EnrolmentActions({ batchId, enrolmentId, name, canDecide: pendingAgency, canWithdraw: active, t }: Props) {
  const { outcomes, record } = useSelection();
  // The decision answers with the new status only: the row shows it (through the selection) without a re-render.
  const decide = async (prev: ActionState, form: FormData) => {
    const result = await decideAsAgencyAction(prev, form);
    const status = (result.data as { status?: string } | undefined)?.status;
    if (result.ok && status) record({ [enrolmentId]: { ok: true, status } });
    return result;
  };
  const [approveState, approveAction, approving] = useActionState<ActionState, FormData>(decide, { ok: false });
  const [rejectState, rejectAction, rejecting] = useActionState<ActionState, FormData>(decide, { ok: false });
  const decided = outcomes[enrolmentId];
  const canDecide = pendingAgency && !decided?.ok;
  const canWithdraw = active && !(decided?.ok && decided.status === "REJECTED");
  const [withdrawState, withdrawFormAction, withdrawing] = useActionState<ActionState, FormData>(withdrawAction, { ok: false });
  const onApprove = useSubmit(approveAction);
  const forName = interpolate(t.forName, { name });

  return (
    <div className="flex flex-col items-end gap-1">
      {canDecide ? (
        <>
          <form action={approveAction} onSubmit={onApprove}>
            <input type="hidden" name="enrolmentId" value={enrolmentId} />
            <input type="hidden" name="batchId" value={batchId} />
            <input type="hidden" name="approve" value="true" />
            <Button type="submit" className="px-3 py-1" disabled={approving} aria-label={`${t.approve} ${forName}`}>{t.approve}</Button>
          </form>
          <ReasonForm
            summary={t.reject} label={`${t.rejectNote} ${forName}`} submit={t.rejectSubmit} field="note" hint={t.reasonHint}
            hidden={{ enrolmentId, batchId, approve: "false" }} action={rejectAction} state={rejectState} pending={rejecting} idBase={`reject-${enrolmentId}`}
          />
        </>
      ) : null}
      {canWithdraw ? (
        <ReasonForm
          summary={t.withdraw} label={`${t.withdrawReason} ${forName}`} submit={t.withdrawSubmit} field="reason" hint={t.reasonHint}
          hidden={{ enrolmentId, batchId }} action={withdrawFormAction} state={withdrawState} pending={withdrawing} idBase={`withdraw-${enrolmentId}`}
        />
      ) : null}
      {[approveState, rejectState, withdrawState].map((s, i) => (s.message && !s.fieldErrors ? <FormMessage key={i} state={s} /> : null))}
    </div>
  );
}
