"use client";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import type { ActionState } from "@/lib/action";
import { setFollowUpPlanDoneAction } from "@/lib/feedback/actions";
import { interpolate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";

/** "Tandai selesai" / "Batalkan selesai" for one follow-up plan; a refusal is shown beside it. */
export function PlanDoneButton({ planId, action: planAction, done, t }: { planId: string; action: string; done: boolean; t: Messages["feedback"] }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(setFollowUpPlanDoneAction, { ok: false });
  return (
    <form action={action} className="flex items-center gap-2">
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="done" value={done ? "false" : "true"} />
      <Button
        type="submit" variant="secondary" className="px-2.5 py-1 text-xs" disabled={pending}
        aria-label={interpolate(done ? t.planMarkOpenLabel : t.planMarkDoneLabel, { action: planAction })}
      >
        {done ? t.planMarkOpen : t.planMarkDone}
      </Button>
      <span aria-live="polite" className="text-xs text-red-700">{!state.ok && state.message ? state.message : null}</span>
    </form>
  );
}
