"use client";
import { useState } from "react";
import { useOrgAction } from "@/components/org/use-org-action";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import type { Messages } from "@/lib/i18n/messages/id";
import { deletePlanLineAction } from "@/lib/plan/plans-actions";

/** Deletes a draft's line, after asking. */
export function DeleteLine({ t, lineId, year }: { t: Messages["planCore"]; lineId: string; year: number }) {
  const [asking, setAsking] = useState(false);
  const { state, action, pending, onSubmit } = useOrgAction(deletePlanLineAction, () => `/admin/rencana/${year}`);
  return (
    <form action={action} onSubmit={onSubmit} className="space-y-2 px-4 py-4 sm:px-5">
      <input type="hidden" name="lineId" value={lineId} />
      {asking ? (
        <div className="space-y-2 rounded-md border border-red-200 bg-red-50 p-3" role="alertdialog" aria-label={t.line.delete}>
          <p className="text-sm text-red-900">{t.line.deleteQuestion}</p>
          <div className="flex flex-wrap gap-2">
            <Button type="submit" variant="danger" disabled={pending}>{t.line.delete}</Button>
            <Button type="button" variant="secondary" onClick={() => setAsking(false)} autoFocus>{t.actions.cancel}</Button>
          </div>
        </div>
      ) : (
        <Button type="button" variant="danger" onClick={() => setAsking(true)}>{t.line.delete}</Button>
      )}
      <FormMessage state={state.ok ? null : state} />
    </form>
  );
}
