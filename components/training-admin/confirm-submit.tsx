"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";

type Props = {
  label: string;
  question: string;
  confirm: string;
  keep: string;
  variant?: "primary" | "secondary" | "danger";
  disabled?: boolean;
};

/** A two-step submit button: the first click asks, the second (inside the same form) submits. */
export function ConfirmSubmit({ label, question, confirm, keep, variant = "primary", disabled }: Props) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return <Button type="button" variant={variant} disabled={disabled} onClick={() => setAsking(true)}>{label}</Button>;
  }
  return (
    <div className="w-full space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3">
      <p className="text-sm text-amber-900" role="alert">{question}</p>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant={variant === "danger" ? "danger" : "primary"} disabled={disabled}>{confirm}</Button>
        <Button type="button" variant="secondary" autoFocus onClick={() => setAsking(false)}>{keep}</Button>
      </div>
    </div>
  );
}
