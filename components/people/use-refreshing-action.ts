"use client";
import { useRouter } from "next/navigation";
import { useActionState } from "react";
import { useSubmit } from "@/components/training-admin/use-submit";
import type { ActionState } from "@/lib/action";

type ServerAction = (prev: ActionState, form: FormData) => Promise<ActionState>;

/**
 * A form's server action that reloads the page's data when it succeeds (the employee page's tabs read it fresh),
 * submitted by hand so a refused form keeps what was typed. `then` runs after a success (e.g. close an editor).
 */
export function useRefreshingAction(serverAction: ServerAction, then?: (state: ActionState) => void) {
  const router = useRouter();
  const [state, action, pending] = useActionState<ActionState, FormData>(async (prev, form) => {
    const result = await serverAction(prev, form);
    if (result.ok) {
      router.refresh();
      then?.(result);
    }
    return result;
  }, { ok: false });
  const onSubmit = useSubmit(action);
  return { state, action, pending, onSubmit };
}
