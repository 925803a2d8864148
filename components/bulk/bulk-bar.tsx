"use client";
import { useState, useTransition } from "react";
import type { ActionState, ItemOutcome } from "@/lib/action";
import { MAX_SELECTION } from "@/lib/bulk/selection";
import { summarise, type RowOutcome } from "@/lib/bulk/rules";
import { interpolate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { SelectAllCheckbox, useSelection } from "./selection";

export type BulkAction = (prev: ActionState, form: FormData) => Promise<ActionState<ItemOutcome<{ status: string }>[]>>;

/** The words of one list's bulk decision; without `reject` the bar only approves (verifies). */
export type BulkActionLabels = {
  label: string;
  approve: string;
  approveQuestion?: string;
  approveConfirm?: string;
  reject?: string;
  rejectQuestion?: string;
  reason?: string;
  reasonHint?: string;
  reasonRequired?: string;
  rejectConfirm?: string;
};

type Props = {
  action: BulkAction;
  /** The name the action reads the ticked ids from. */
  idsField: string;
  labels: BulkActionLabels;
  t: Messages["bulk"];
};

type Step = "idle" | "approve" | "reject";

/**
 * The bar above a list with tick boxes: "pilih semua", the count, and the decision for the ticked rows. A
 * rejection asks for its reason and a confirmation; so does an approval whose labels carry a question. The
 * outcome is one sentence ("12 disetujui, 1 ditolak sistem: nama: alasan") and each row shows its own.
 */
export function BulkBar({ action, idsField, labels, t }: Props) {
  const { items, selected, record } = useSelection();
  const [step, setStep] = useState<Step>("idle");
  const [note, setNote] = useState("");
  const [noteError, setNoteError] = useState<string | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const count = selected.size;
  const tooMany = count > MAX_SELECTION;
  const names = Object.fromEntries(items.map((i) => [i.id, i.name]));

  function run(approve: boolean) {
    const form = new FormData();
    for (const id of selected) form.append(idsField, id);
    form.set("approve", String(approve));
    form.set("note", approve ? "" : note);
    startTransition(async () => {
      const state = await action({ ok: false }, form);
      if (!state.ok || !state.data) {
        const reason = state.fieldErrors?.note?.[0];
        if (reason) setNoteError(reason);
        else setMessage({ ok: false, text: Object.values(state.fieldErrors ?? {})[0]?.[0] ?? state.message ?? "" });
        return;
      }
      const outcomes: [string, RowOutcome][] = state.data.map((o) => [o.id, o.ok ? { ok: true, status: o.data.status } : { ok: false, message: o.message }]);
      record(Object.fromEntries(outcomes));
      setMessage({ ok: outcomes.every(([, o]) => o.ok), text: summarise(outcomes, names, { done: t.outcome, refused: t.refused }) });
      setStep("idle");
      setNote("");
      setNoteError(null);
    });
  }

  const confirmReject = () => {
    if (note.trim().length < 5) {
      setNoteError(labels.reasonRequired ?? labels.reasonHint ?? t.none);
      return;
    }
    run(false);
  };

  return (
    <div className="space-y-3 border-b border-slate-100 px-4 py-3 sm:px-5" role="group" aria-label={labels.label} data-testid="bulk-bar">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <SelectAllCheckbox label={t.selectAll} title={t.selectAllOnPage} />
        <span className="text-sm text-slate-600" data-testid="bulk-count" aria-live="polite">{interpolate(t.selected, { count })}</span>
        <div className="flex flex-wrap gap-2 sm:ml-auto">
          <Button
            type="button"
            className="px-3 py-1.5"
            disabled={!count || tooMany || pending}
            onClick={() => (labels.approveQuestion ? setStep("approve") : run(true))}
          >
            {pending ? interpolate(t.working, { count }) : interpolate(labels.approve, { count })}
          </Button>
          {labels.reject ? (
            <Button type="button" variant="danger" className="px-3 py-1.5" disabled={!count || tooMany || pending} onClick={() => setStep("reject")}>
              {interpolate(labels.reject, { count })}
            </Button>
          ) : null}
        </div>
      </div>
      {tooMany ? <p className="text-sm text-red-700" role="alert">{t.tooMany}</p> : null}
      {step === "approve" && count ? (
        <div className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3">
          <p className="text-sm text-amber-900" role="alert">{interpolate(labels.approveQuestion ?? "", { count })}</p>
          <div className="flex flex-wrap gap-2">
            <Button type="button" disabled={pending} onClick={() => run(true)}>{interpolate(labels.approveConfirm ?? labels.approve, { count })}</Button>
            <Button type="button" variant="secondary" autoFocus onClick={() => setStep("idle")}>{t.cancel}</Button>
          </div>
        </div>
      ) : null}
      {step === "reject" && count ? (
        <div className="space-y-2 rounded-md border border-red-200 bg-red-50 p-3">
          <p className="text-sm text-red-900" role="alert">{interpolate(labels.rejectQuestion ?? "", { count })}</p>
          <label htmlFor="bulk-note" className="block text-sm font-medium text-slate-800">{labels.reason}</label>
          <textarea
            id="bulk-note"
            value={note}
            onChange={(e) => setNote(e.target.value)}
            rows={2}
            maxLength={500}
            autoFocus
            aria-invalid={noteError ? true : undefined}
            aria-describedby="bulk-note-hint bulk-note-error"
            className={cn("block w-full rounded-md border bg-white px-3 py-2 text-sm shadow-sm", noteError ? "border-red-500" : "border-slate-300")}
          />
          <p id="bulk-note-hint" className="text-xs text-slate-600">{labels.reasonHint}</p>
          <div id="bulk-note-error" aria-live="polite">{noteError ? <p className="text-sm text-red-700">{noteError}</p> : null}</div>
          <div className="flex flex-wrap gap-2">
            <Button type="button" variant="danger" disabled={pending} onClick={confirmReject}>{interpolate(labels.rejectConfirm ?? "", { count })}</Button>
            <Button type="button" variant="secondary" onClick={() => setStep("idle")}>{t.cancel}</Button>
          </div>
        </div>
      ) : null}
      <div aria-live="polite">
        {message?.text ? (
          <p data-testid="bulk-message" className={cn("break-words rounded-md px-3 py-2 text-sm", message.ok ? "bg-emerald-50 text-emerald-800" : "bg-amber-50 text-amber-900")}>
            {message.text}
          </p>
        ) : null}
      </div>
    </div>
  );
}
