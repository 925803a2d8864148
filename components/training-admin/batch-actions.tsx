"use client";
import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import type { ActionState } from "@/lib/action";
import { completeBatchAction, reopenBatchAction, setBatchStatusAction } from "@/lib/catalog/actions";
import type { Messages } from "@/lib/i18n/messages/id";
import { ConfirmSubmit } from "./confirm-submit";
import { TextArea } from "./form-controls";
import { useSubmit } from "./use-submit";

export type StatusMove = { status: "OPEN" | "CLOSED" | "RUNNING" | "CANCELLED"; label: string };

type Props = { batchId: string; moves: StatusMove[]; canComplete: boolean; canReopen: boolean; t: Messages["trainingAdmin"]["batch"] };

function StatusForm({ batchId, move, t, action, pending }: { batchId: string; move: StatusMove; t: Props["t"]; action: (f: FormData) => void; pending: boolean }) {
  const onSubmit = useSubmit(action);
  return (
    <form action={action} onSubmit={onSubmit}>
      <input type="hidden" name="batchId" value={batchId} />
      <input type="hidden" name="status" value={move.status} />
      {move.status === "CANCELLED" ? (
        <ConfirmSubmit label={move.label} question={t.cancelConfirm} confirm={t.confirm} keep={t.keep} variant="danger" disabled={pending} />
      ) : (
        <Button type="submit" variant={move.status === "OPEN" || move.status === "RUNNING" ? "primary" : "secondary"} disabled={pending}>{move.label}</Button>
      )}
    </form>
  );
}

/** Status changes the rules allow from here, closing with JP credit, and reopening with a reason. */
export function BatchActions({ batchId, moves, canComplete, canReopen, t }: Props) {
  const [statusState, statusAction, statusPending] = useActionState<ActionState, FormData>(setBatchStatusAction, { ok: false });
  const [completeState, completeAction, completePending] = useActionState<ActionState, FormData>(completeBatchAction, { ok: false });
  const [reopenState, reopenAction, reopenPending] = useActionState<ActionState, FormData>(reopenBatchAction, { ok: false });
  const [reason, setReason] = useState("");
  const onComplete = useSubmit(completeAction);
  const onReopen = useSubmit(reopenAction);

  return (
    <div className="space-y-4 p-4 sm:p-5" data-testid="batch-actions">
      {!moves.length && !canComplete && !canReopen ? <p className="text-sm text-slate-500">{t.noActions}</p> : null}
      {moves.length ? (
        <div className="flex flex-wrap gap-2">
          {moves.map((move) => <StatusForm key={move.status} batchId={batchId} move={move} t={t} action={statusAction} pending={statusPending} />)}
        </div>
      ) : null}
      {canComplete ? (
        <form action={completeAction} onSubmit={onComplete}>
          <input type="hidden" name="batchId" value={batchId} />
          <ConfirmSubmit label={t.complete} question={t.completeConfirm} confirm={t.confirm} keep={t.keep} disabled={completePending} />
        </form>
      ) : null}
      {canReopen ? (
        <form action={reopenAction} onSubmit={onReopen} className="space-y-3" noValidate>
          <input type="hidden" name="batchId" value={batchId} />
          <TextArea id="reopen-reason" name="reason" rows={2} label={t.reason} hint={t.reopenHint} value={reason} onChange={(e) => setReason(e.target.value)} errors={reopenState.fieldErrors?.reason} />
          <Button type="submit" variant="secondary" disabled={reopenPending}>{t.reopen}</Button>
        </form>
      ) : null}
      {/* Results stay visible after the page re-renders with the new status (and other buttons). */}
      <FormMessage state={statusState} />
      <FormMessage state={completeState} />
      <FormMessage state={reopenState} />
    </div>
  );
}
