"use client";
import Link from "@/components/ui/link";
import { useActionState } from "react";
import { ConfirmSubmit } from "@/components/training-admin/confirm-submit";
import { buttonClass, Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import type { ActionState } from "@/lib/action";
import { interpolate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { copyQuestionSetAction, setQuestionSetActiveAction } from "@/lib/reaction/actions";

type Props = { setId: string; name: string; active: boolean; t: Messages["reaction"]["sets"] };

/** Edit, activate or deactivate (asking first), and copy one set. */
export function SetActions({ setId, name, active, t }: Props) {
  const [activeState, activeAction, activePending] = useActionState<ActionState, FormData>(setQuestionSetActiveAction, { ok: false });
  const [copyState, copyAction, copyPending] = useActionState<ActionState, FormData>(copyQuestionSetAction, { ok: false });
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-start gap-2">
        <Link href={`/admin/evaluasi/${setId}`} className={buttonClass("secondary", "px-3 py-1.5")}>
          {t.edit}<span className="sr-only"> {name}</span>
        </Link>
        <form action={activeAction}>
          <input type="hidden" name="setId" value={setId} />
          <input type="hidden" name="active" value={String(!active)} />
          {active ? (
            <ConfirmSubmit label={t.deactivate} question={interpolate(t.deactivateQuestion, { name })} confirm={t.deactivateYes} keep={t.keep} variant="danger" disabled={activePending} />
          ) : (
            <Button type="submit" variant="secondary" className="px-3 py-1.5" disabled={activePending}>{t.activate}</Button>
          )}
        </form>
        <form action={copyAction}>
          <input type="hidden" name="setId" value={setId} />
          <Button type="submit" variant="ghost" className="px-3 py-1.5" disabled={copyPending}>{t.copy}<span className="sr-only"> {name}</span></Button>
        </form>
      </div>
      <FormMessage state={activeState} />
      <FormMessage state={copyState} />
    </div>
  );
}
