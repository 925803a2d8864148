"use client";
import { startTransition, useCallback } from "react";

/**
 * Submits a form to its useActionState action without React's automatic form reset, so what the user
 * typed (controlled rows, selects, checkboxes) stays after a refused submission. `check` may veto.
 */
export function useSubmit(action: (form: FormData) => void, check?: () => boolean) {
  return useCallback(
    (event: React.FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      if (check && !check()) return;
      const form = new FormData(event.currentTarget);
      startTransition(() => action(form));
    },
    [action, check],
  );
}

let lastKey = 0;
/** A React key for a row added on the client. */
export const rowKey = () => ++lastKey;

/** The errors of one field from an action state: "budgetLines.0.item". */
export function errorsAt(fieldErrors: Record<string, string[]> | undefined, path: string): string[] | undefined {
  return fieldErrors?.[path];
}
