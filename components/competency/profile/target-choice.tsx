"use client";
import { useRouter } from "next/navigation";
import { useActionState } from "react";
import { buttonClass } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import type { ActionState } from "@/lib/action";
import { chooseCareerTargetAction } from "@/lib/competency/career-target-actions";

/** One button that makes a position the ASN's target (or clears it, with an empty id), then shows the profile again. */
export function TargetChoice({ positionId, label, variant = "secondary", testId }: { positionId: string; label: string; variant?: "primary" | "secondary"; testId: string }) {
  const router = useRouter();
  const [state, action, pending] = useActionState<ActionState, FormData>(async (prev, form) => {
    const result = await chooseCareerTargetAction(prev, form);
    if (result.ok) router.push("/kompetensi-saya#target");
    return result;
  }, { ok: false });
  return (
    <form action={action} className="inline-flex flex-col items-start gap-1" data-testid={testId}>
      <input type="hidden" name="positionId" value={positionId} />
      <button className={buttonClass(variant)} disabled={pending}>{label}</button>
      {state.ok ? null : <FormMessage state={state} />}
    </form>
  );
}
