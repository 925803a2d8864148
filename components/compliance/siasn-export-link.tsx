import { buttonClass } from "@/components/ui/button";
import { interpolate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { withQuery } from "./params";

export const SIASN_EXPORT_PATH = "/api/ekspor/siasn";

/**
 * "Unduh format SIASN": the year's credited courses (with certificate numbers) for the scope the page shows,
 * the viewer's whole scope or one unit. A plain anchor: the response is a file. SIASN has no "as of" date; the
 * file holds every course of the year credited so far.
 */
export function SiasnExportLink({ year, unitId, m }: { year: number; unitId?: string; m: Messages }) {
  const t = m.complianceList.siasn;
  return (
    <a
      href={withQuery(SIASN_EXPORT_PATH, { tahun: String(year), unitId, format: "xlsx" })}
      className={buttonClass("secondary", "py-1.5")}
      title={interpolate(t.hint, { year })}
      data-testid="export-siasn"
    >
      {t.button}
    </a>
  );
}
