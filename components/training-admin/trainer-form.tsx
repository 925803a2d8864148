"use client";
import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import type { ActionState } from "@/lib/action";
import { assignTrainerAction, unassignTrainerAction } from "@/lib/catalog/trainer-actions";
import type { Messages } from "@/lib/i18n/messages/id";
import { Select, TextInput } from "./form-controls";
import { useSubmit } from "./use-submit";

type Mode = "existing" | "internal" | "external";
type Props = {
  batchId: string;
  t: Messages["trainingAdmin"]["trainers"];
  saving: string;
  options: { value: string; label: string }[];
  sessions: { id: string; label: string }[];
};

/** Assign a registered trainer, or a new internal (by NIP) or external one, to ticked sessions of the batch. */
export function AssignTrainerForm({ batchId, t, saving, options, sessions }: Props) {
  const [mode, setMode] = useState<Mode>(options.length ? "existing" : "internal");
  const [fields, setFields] = useState({ trainerId: "", nip: "", name: "", institution: "", kind: "NARASUMBER" });
  const [ticked, setTicked] = useState<string[]>([]);
  const [state, action, pending] = useActionState<ActionState, FormData>(async (prev: ActionState, form: FormData) => {
    const result = await assignTrainerAction(prev, form);
    if (result.ok) {
      setFields((f) => ({ ...f, trainerId: "", nip: "", name: "", institution: "" }));
      setTicked([]);
    }
    return result;
  }, { ok: false });
  const onSubmit = useSubmit(action);
  const set = (key: keyof typeof fields) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => setFields((f) => ({ ...f, [key]: e.target.value }));
  const errors = state.fieldErrors;
  const modes: [Mode, string][] = [["existing", t.modeExisting], ["internal", t.modeInternal], ["external", t.modeExternal]];

  return (
    <form action={action} onSubmit={onSubmit} noValidate className="space-y-4 border-b border-slate-100 px-4 py-4 sm:px-5" data-testid="trainer-form" aria-labelledby="trainer-form-title">
      <input type="hidden" name="batchId" value={batchId} />
      <div>
        <h3 id="trainer-form-title" className="text-sm font-semibold text-slate-900">{t.assignTitle}</h3>
        <p className="mt-0.5 text-sm text-slate-600">{t.assignHint}</p>
      </div>
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">{t.mode}</legend>
        <div className="mt-1 flex flex-wrap gap-4">
          {modes.map(([value, label]) => (
            <label key={value} className="flex items-center gap-2 text-sm text-slate-800">
              <input type="radio" name="mode" value={value} checked={mode === value} onChange={() => setMode(value)} />
              {label}
            </label>
          ))}
        </div>
        {errors?.mode ? <p className="text-sm text-red-700">{errors.mode[0]}</p> : null}
      </fieldset>
      <div className="flex flex-wrap items-start gap-3">
        {mode === "existing" ? (
          <Select
            id="trainer-id" name="trainerId" className="w-full sm:w-96" label={t.trainerSelect} hint={options.length ? undefined : t.noTrainers}
            placeholder={t.trainerPlaceholder} options={options} value={fields.trainerId} onChange={set("trainerId")} errors={errors?.trainerId}
          />
        ) : null}
        {mode === "internal" ? (
          <TextInput id="trainer-nip" name="nip" className="w-full sm:w-72" label={t.nip} hint={t.nipHint} inputMode="numeric" autoComplete="off" value={fields.nip} onChange={set("nip")} errors={errors?.nip} />
        ) : null}
        {mode === "external" ? (
          <>
            <TextInput id="trainer-name" name="name" className="w-full sm:w-72" label={t.name} autoComplete="off" value={fields.name} onChange={set("name")} errors={errors?.name} />
            <TextInput id="trainer-institution" name="institution" className="w-full sm:w-72" label={t.institution} autoComplete="off" value={fields.institution} onChange={set("institution")} errors={errors?.institution} />
          </>
        ) : null}
        {mode !== "existing" ? (
          <Select
            id="trainer-kind" name="kind" className="w-full sm:w-56" label={t.kindLabel} value={fields.kind} onChange={set("kind")} errors={errors?.kind}
            options={[{ value: "NARASUMBER", label: t.kind.NARASUMBER }, { value: "WIDYAISWARA", label: t.kind.WIDYAISWARA }]}
          />
        ) : null}
      </div>
      <fieldset aria-describedby="trainer-sessions-hint">
        <legend className="text-sm font-medium text-slate-800">{t.sessionsLabel}</legend>
        <p id="trainer-sessions-hint" className="text-xs text-slate-500">{t.sessionsHint}</p>
        {sessions.length ? (
          <div className="mt-2 grid gap-1 sm:grid-cols-2">
            {sessions.map((s) => (
              <label key={s.id} className="flex items-start gap-2 text-sm text-slate-800">
                <input
                  type="checkbox" name="sessionIds" value={s.id} className="mt-0.5" checked={ticked.includes(s.id)}
                  onChange={(e) => setTicked((ids) => (e.target.checked ? [...ids, s.id] : ids.filter((id) => id !== s.id)))}
                />
                {s.label}
              </label>
            ))}
          </div>
        ) : (
          <p className="mt-1 text-sm text-slate-600">{t.noSessions}</p>
        )}
        <div aria-live="polite">{errors?.sessionIds?.map((e) => <p key={e} className="text-sm text-red-700">{e}</p>)}</div>
      </fieldset>
      <Button type="submit" disabled={pending || !sessions.length}>{pending ? saving : t.submit}</Button>
      <FormMessage state={state} />
    </form>
  );
}

/** "Lepas": releases one trainer from one session. */
export function UnassignTrainerButton({ batchId, sessionId, trainerId, label, ariaLabel }: {
  batchId: string; sessionId: string; trainerId: string; label: string; ariaLabel: string;
}) {
  const [state, action, pending] = useActionState<ActionState, FormData>(unassignTrainerAction, { ok: false });
  const onSubmit = useSubmit(action);
  return (
    <form action={action} onSubmit={onSubmit} className="flex items-center gap-2">
      <input type="hidden" name="batchId" value={batchId} />
      <input type="hidden" name="sessionId" value={sessionId} />
      <input type="hidden" name="trainerId" value={trainerId} />
      <button type="submit" disabled={pending} aria-label={ariaLabel} className="rounded px-2 py-0.5 text-sm font-medium text-red-700 hover:bg-red-50 disabled:opacity-50">
        {label}
      </button>
      {!state.ok && state.message ? <span role="alert" className="text-xs text-red-700">{state.message}</span> : null}
    </form>
  );
}
