import Link from "@/components/ui/link";
import type { NeedWeighting } from "@/lib/competency/needs-rules";
import { interpolate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";

/** How the priority is computed, and whether the agency weights by importance (with a link to change it). */
export function NeedsExplainer({ weighting, m }: { weighting: NeedWeighting; m: Messages }) {
  const t = m.compNeeds.needs;
  return (
    <div className="mb-4 space-y-1 rounded-md border border-slate-200 bg-white px-4 py-3 text-sm text-slate-700" data-testid="needs-explainer">
      <p className="font-medium text-slate-900">{t.formula}</p>
      <p>
        {weighting.byImportance
          ? interpolate(t.weightingOn, { mutlak: weighting.MUTLAK, penting: weighting.PENTING, perlu: weighting.PERLU })
          : t.weightingOff}{" "}
        <Link href="/admin/kompetensi/pengaturan" className="font-medium text-brand-700 hover:underline">{t.settings} →</Link>
      </p>
      <p>{t.ties}</p>
      <p>{t.notAssessed}</p>
    </div>
  );
}
