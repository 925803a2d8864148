"use client";
import { buttonClass } from "@/components/ui/button";

/** Opens the browser's print dialog; the page's print styles leave out the menu and this toolbar. */
export function AnnexPrintButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => window.print()} className={buttonClass("primary")} data-testid="annex-print">
      {label}
    </button>
  );
}
