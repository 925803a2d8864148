"use client";
import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import type { ActionState } from "@/lib/action";
import { enrolByNipAction } from "@/lib/catalog/actions";
import type { Messages } from "@/lib/i18n/messages/id";
import { EnrolOverrideForm } from "./enrol-override-form";
import { TextInput } from "./form-controls";
import { useSubmit } from "./use-submit";

/**
 * "Daftarkan langsung": the admin enrols an ASN of the agency by NIP; the NIP is cleared once enrolled. A refusal
 * names the participant and opens the override below, which enrols the same NIP with a reason.
 */
export function EnrolForm({ batchId, t, override, saving }: {
  batchId: string;
  t: Messages["trainingAdmin"]["enrol"];
  override: Messages["eligibility"]["override"];
  saving: string;
}) {
  const [nip, setNip] = useState("");
  const [overrideOpen, setOverrideOpen] = useState(false);
  // Once the override enrolled them, the refusal above no longer stands.
  const [settled, setSettled] = useState(false);
  const [state, action, pending] = useActionState<ActionState, FormData>(async (prev: ActionState, form: FormData) => {
    setSettled(false);
    const result = await enrolByNipAction(prev, form);
    if (result.ok) setNip("");
    // Refused by a rule (not a mistyped NIP): offer the override at once.
    else if (result.message && !result.fieldErrors?.nip) setOverrideOpen(true);
    return result;
  }, { ok: false });
  const onSubmit = useSubmit(action);
  return (
    <div className="space-y-3 border-b border-slate-100 px-4 py-4 sm:px-5">
      <form action={action} onSubmit={onSubmit} noValidate className="space-y-3" data-testid="enrol-form" aria-labelledby="enrol-title">
        <input type="hidden" name="batchId" value={batchId} />
        <div>
          <h3 id="enrol-title" className="text-sm font-semibold text-slate-900">{t.title}</h3>
          <p className="mt-0.5 text-sm text-slate-600">{t.hint}</p>
        </div>
        <div className="flex flex-wrap items-start gap-3">
          <TextInput id="enrol-nip" name="nip" className="w-full sm:w-72" label={t.nip} hint={t.nipHint} inputMode="numeric" autoComplete="off" value={nip} onChange={(e) => setNip(e.target.value)} errors={state.fieldErrors?.nip} />
          <Button type="submit" className="sm:mt-6" disabled={pending}>{pending ? saving : t.submit}</Button>
        </div>
        <FormMessage state={settled ? null : state} />
      </form>
      <EnrolOverrideForm
        batchId={batchId} nip={nip} open={overrideOpen} onToggle={setOverrideOpen} t={override} saving={saving}
        onEnrolled={() => { setNip(""); setSettled(true); }}
      />
    </div>
  );
}
