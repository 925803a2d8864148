"use client";
import { buttonClass } from "@/components/ui/button";

/** Opens the browser's print dialog; the page's print styles leave out the menu and the buttons. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => window.print()} className={buttonClass("secondary")} data-testid="eval-print">
      {label}
    </button>
  );
}
