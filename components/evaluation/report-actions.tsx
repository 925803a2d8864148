import { buttonClass } from "@/components/ui/button";
import type { Messages } from "@/lib/i18n/messages/id";
import { PrintButton } from "./print-button";

/** "Cetak" and "Unduh XLSX"; hidden on paper. */
export function ReportActions({ exportHref, m }: { exportHref: string; m: Messages }) {
  const t = m.evaluation;
  return (
    <div role="group" aria-label={t.actions} className="flex flex-wrap gap-2 print:hidden">
      <PrintButton label={t.print} />
      <a href={exportHref} className={buttonClass("primary")} data-testid="eval-export">{t.export}</a>
    </div>
  );
}
