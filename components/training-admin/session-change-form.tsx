"use client";
import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import type { ActionState } from "@/lib/action";
import { changeSessionAction } from "@/lib/catalog/actions";
import { interpolate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { TextArea, TextInput } from "./form-controls";
import { useSubmit } from "./use-submit";

type Props = {
  batchId: string;
  session: { id: string; title: string; date: string; start: string; end: string; cancelled: boolean };
  t: Messages["trainingAdmin"]["rundown"];
  saving: string;
};

/** "Ubah": move or shorten a session, or cancel it, always with a reason. A cancelled session can be restored. */
export function SessionChangeForm({ batchId, session, t, saving }: Props) {
  const [state, action, pending] = useActionState<ActionState, FormData>(changeSessionAction, { ok: false });
  const [mode, setMode] = useState<"change" | "cancel">("change");
  const [values, setValues] = useState({ date: session.date, start: session.start, end: session.end, reason: "" });
  const set = (patch: Partial<typeof values>) => setValues((v) => ({ ...v, ...patch }));
  const onSubmit = useSubmit(action);
  const id = `s-${session.id}`;
  const modes = session.cancelled ? (["change"] as const) : (["change", "cancel"] as const);

  return (
    <details className="group">
      <summary className="cursor-pointer list-none rounded-md px-2 py-1 text-sm font-medium text-brand-700 hover:bg-brand-50" aria-label={interpolate(t.editFor, { title: session.title })}>
        {t.edit}
      </summary>
      <form action={action} onSubmit={onSubmit} noValidate className="mt-2 w-72 max-w-full space-y-3 rounded-md border border-slate-200 bg-white p-3 text-left shadow-sm">
        <input type="hidden" name="sessionId" value={session.id} />
        <input type="hidden" name="batchId" value={batchId} />
        <fieldset className="space-y-1">
          <legend className="sr-only">{interpolate(t.editFor, { title: session.title })}</legend>
          {modes.map((value) => (
            <label key={value} className="flex items-center gap-2 text-sm text-slate-800">
              <input type="radio" name="mode" value={value} checked={mode === value} onChange={() => setMode(value)} />
              {value === "cancel" ? t.modeCancel : session.cancelled ? t.modeRestore : t.modeChange}
            </label>
          ))}
        </fieldset>
        {mode === "change" ? (
          <div className="grid grid-cols-2 gap-2">
            <TextInput id={`${id}-date`} name="date" type="date" className="col-span-2" label={t.newDate} value={values.date} onChange={(e) => set({ date: e.target.value })} errors={state.fieldErrors?.date} />
            <TextInput id={`${id}-start`} name="start" type="time" label={t.newStart} value={values.start} onChange={(e) => set({ start: e.target.value })} errors={state.fieldErrors?.startMinute} />
            <TextInput id={`${id}-end`} name="end" type="time" label={t.newEnd} value={values.end} onChange={(e) => set({ end: e.target.value })} errors={state.fieldErrors?.endMinute} />
          </div>
        ) : null}
        <TextArea id={`${id}-reason`} name="reason" rows={2} label={t.reason} hint={t.reasonHint} value={values.reason} onChange={(e) => set({ reason: e.target.value })} errors={state.fieldErrors?.reason} />
        <FormMessage state={state} />
        <Button type="submit" variant={mode === "cancel" ? "danger" : "primary"} disabled={pending}>{pending ? saving : t.submit}</Button>
      </form>
    </details>
  );
}
