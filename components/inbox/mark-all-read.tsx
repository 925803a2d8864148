"use client";
import { useActionState } from "react";
import type { ActionState } from "@/lib/action";
import { markAllReadAction } from "@/lib/notification/actions";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";

export function MarkAllRead({ labels }: { labels: { submit: string; working: string } }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(markAllReadAction, { ok: false });
  return (
    <form action={action} className="flex flex-wrap items-center gap-3">
      <FormMessage state={state} />
      <Button type="submit" variant="secondary" disabled={pending} data-testid="mark-all-read">{pending ? labels.working : labels.submit}</Button>
    </form>
  );
}
