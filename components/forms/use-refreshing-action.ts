"use client";
import { useRouter } from "next/navigation";
import { useActionState } from "react";
import type { ActionState } from "@/lib/action";

/** useActionState for a server action whose success changes what the page shows: the page's data is reloaded
 * once the action succeeds (a refused one keeps the form as it is, with its messages). */
export function useRefreshingAction<T = unknown>(serverAction: (prev: ActionState<T>, form: FormData) => Promise<ActionState<T>>) {
  const router = useRouter();
  return useActionState<ActionState<T>, FormData>(async (prev, form) => {
    const result = await serverAction(prev, form);
    if (result.ok) router.refresh();
    return result;
  }, { ok: false });
}
