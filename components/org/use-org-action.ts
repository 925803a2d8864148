"use client";
import { useRouter } from "next/navigation";
import { useActionState } from "react";
import { useSubmit } from "@/components/training-admin/use-submit";
import type { ActionState } from "@/lib/action";

export type ServerAction = (prev: ActionState, form: FormData) => Promise<ActionState>;

/**
 * A form of the organisation pages: the action's state, its submit handler (which keeps what was typed when the
 * action refuses), and a refresh of the page's data, or a visit to `next(data)`, once it succeeds.
 */
export function useOrgAction<R>(serverAction: ServerAction, next?: (data: R) => string) {
  const router = useRouter();
  const [state, action, pending] = useActionState<ActionState, FormData>(async (prev, form) => {
    const result = await serverAction(prev, form);
    if (result.ok) {
      if (next) router.push(next(result.data as R));
      else router.refresh();
    }
    return result;
  }, { ok: false });
  const onSubmit = useSubmit(action);
  return { state, action, pending, onSubmit };
}

/** A unit as an option of a select, indented by its depth; a closed one is disabled and says so. */
export function unitOption(u: { id: string; name: string; level: number; closed: boolean }, closedLabel: (name: string) => string) {
  return { value: u.id, label: `${"\u00a0\u00a0".repeat(u.level)}${u.closed ? closedLabel(u.name) : u.name}`, disabled: u.closed };
}
