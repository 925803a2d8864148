"use client";
import { useActionState, useState } from "react";
import type { ActionState } from "@/lib/action";
import { decideAsSupervisorAction } from "@/lib/enrolment/supervisor-actions";
import { interpolate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { FormMessage } from "@/components/ui/field";
import { useSelection } from "@/components/bulk/selection";
import { useAnnounce } from "./decision-feedback";

type Labels = Messages["trainingTeam"]["pending"];

/** Approve or reject one registration; the pressed button carries approve=true|false. */
export function DecisionForm({ enrolmentId, name, labels }: { enrolmentId: string; name: string; labels: Labels }) {
  const announce = useAnnounce();
  const { record } = useSelection();
  // Controlled, so a refused decision keeps the note (React resets uncontrolled fields after an action).
  const [note, setNote] = useState("");
  const [state, action, pending] = useActionState<ActionState, FormData>(async (prev, form) => {
    const result = await decideAsSupervisorAction(prev, form);
    if (result.ok) {
      // The action answers with the new status only; the row shows it in place of this form.
      const status = (result.data as { status?: string } | undefined)?.status ?? "PENDING_AGENCY";
      announce(interpolate(status !== "REJECTED" ? labels.approved : labels.rejected, { name }));
      record({ [enrolmentId]: { ok: true, status } });
    }
    return result;
  }, { ok: false });
  const noteId = `note-${enrolmentId}`;
  const errors = state.fieldErrors?.note;
  const generalError = !state.ok && state.message && !errors?.length ? state : null;

  return (
    <form action={action} className="space-y-2" aria-label={interpolate(labels.decisionFor, { name })} noValidate>
      <input type="hidden" name="enrolmentId" value={enrolmentId} />
      <div className="space-y-1">
        <label htmlFor={noteId} className="block text-sm font-medium text-slate-800">{labels.note}</label>
        <textarea
          id={noteId}
          name="note"
          value={note}
          onChange={(e) => setNote(e.target.value)}
          rows={2}
          maxLength={500}
          aria-invalid={errors?.length ? true : undefined}
          aria-describedby={`${noteId}-hint ${noteId}-error`}
          className={cn(
            "block w-full rounded-md border bg-white px-3 py-2 text-sm shadow-sm",
            errors?.length ? "border-red-500" : "border-slate-300",
          )}
        />
        <p id={`${noteId}-hint`} className="text-xs text-slate-500">{labels.noteHint}</p>
        <div id={`${noteId}-error`} aria-live="polite">
          {errors?.map((e) => (
            <p key={e} className="text-sm text-red-700" data-testid="error-note">{e}</p>
          ))}
        </div>
      </div>
      <FormMessage state={generalError} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" name="approve" value="true" disabled={pending}>{pending ? labels.deciding : labels.approve}</Button>
        <Button type="submit" name="approve" value="false" variant="danger" disabled={pending}>{labels.reject}</Button>
      </div>
    </form>
  );
}
