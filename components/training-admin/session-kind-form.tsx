"use client";
import { useActionState, useState } from "react";
import type { ActionState } from "@/lib/action";
import { changeSessionKindAction } from "@/lib/catalog/session-kind-actions";
import { SESSION_KINDS } from "@/lib/catalog/rules";
import type { SessionKind } from "@/lib/generated/prisma/enums";
import { interpolate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { cn } from "@/components/ui/cn";
import { useSubmit } from "./use-submit";

type Props = {
  session: { id: string; title: string; kind: SessionKind };
  kinds: Messages["trainingAdmin"]["sessionKinds"];
  t: Messages["rundown"]["kindChange"];
};

/** A saved session's kind, changed in place: learning sessions count JP and take attendance, the rest are schedule only. */
export function SessionKindForm({ session, kinds, t }: Props) {
  const [state, action, pending] = useActionState<ActionState, FormData>(changeSessionKindAction, { ok: false });
  const [kind, setKind] = useState<SessionKind>(session.kind);
  const onSubmit = useSubmit(action);
  const id = `kind-${session.id}`;
  return (
    <form action={action} onSubmit={onSubmit} noValidate className="flex flex-wrap items-center gap-1">
      <input type="hidden" name="sessionId" value={session.id} />
      <label htmlFor={id} className="sr-only">{interpolate(t.labelFor, { title: session.title })}</label>
      <select
        id={id}
        name="kind"
        value={kind}
        onChange={(e) => setKind(e.target.value as SessionKind)}
        className="rounded border border-slate-300 bg-white px-1.5 py-1 text-xs text-slate-800"
      >
        {SESSION_KINDS.map((k) => <option key={k} value={k}>{kinds[k]}</option>)}
      </select>
      {kind !== session.kind ? (
        <button type="submit" disabled={pending} className="rounded bg-brand-700 px-2 py-1 text-xs font-medium text-white hover:bg-brand-800 disabled:bg-brand-700/60">
          {t.submit}
        </button>
      ) : null}
      {state.message ? (
        <p role="status" className={cn("w-full text-xs", state.ok ? "text-emerald-800" : "text-red-800")}>{state.message}</p>
      ) : null}
    </form>
  );
}
