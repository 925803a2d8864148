import { buttonClass } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import Link from "@/components/ui/link";
import { interpolate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import type { AnnexData } from "@/lib/plan/annex-rules";
import { versionLabel } from "@/lib/plan/annex-rules";
import { AnnexPrintButton } from "./print-button";

/** On screen only: back to the plan, the version to print, "Cetak" and the XLSX annex. */
export function AnnexToolbar({ data, m }: { data: AnnexData; m: Messages }) {
  const t = m.planDocuments.page;
  const base = `/admin/rencana/${data.year}`;
  return (
    <div className="mb-6 space-y-4 print:hidden" data-testid="annex-toolbar">
      <Link href={base} className="text-sm font-medium text-brand-700 hover:underline">
        ← {interpolate(t.back, { year: data.year })}
      </Link>
      <nav aria-label={t.versionsLabel} className="flex flex-wrap items-center gap-2">
        <span className="text-sm font-medium text-slate-700">{t.version}:</span>
        {data.versions.map((v) => {
          const current = v.number === data.version.number;
          return (
            <Link
              key={v.number}
              href={`${base}/cetak?versi=${v.number}`}
              aria-current={current ? "page" : undefined}
              className={cn(
                "rounded-full border px-3 py-1 text-xs font-medium",
                current ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white text-slate-700 hover:bg-slate-50",
              )}
            >
              {interpolate(t.versionOption, { kind: versionLabel(v.number, m.planDocuments.doc), status: t.status[v.status] })}
            </Link>
          );
        })}
      </nav>
      {data.version.status !== "APPROVED" && (
        <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="annex-draft-notice">{t.draftNotice}</p>
      )}
      <div className="flex flex-wrap items-center gap-2">
        <AnnexPrintButton label={t.print} />
        <a href={`/api/ekspor/rencana/${data.year}/lampiran?versi=${data.version.number}`} className={buttonClass("secondary")} data-testid="annex-download">
          {t.download}
        </a>
        <p className="text-xs text-slate-600">{t.hint}</p>
      </div>
    </div>
  );
}

/** The year has no plan yet: said plainly, with the way back. */
export function NoPlan({ year, m }: { year: number; m: Messages }) {
  const t = m.planDocuments.page;
  return (
    <div className="space-y-4">
      <Link href={`/admin/rencana/${year}`} className="text-sm font-medium text-brand-700 hover:underline">
        ← {interpolate(t.back, { year })}
      </Link>
      <h1 className="text-xl font-semibold text-slate-900">{t.metaTitle}</h1>
      <p className="rounded-md border border-slate-200 bg-white px-4 py-6 text-center text-slate-600" data-testid="annex-no-plan">{interpolate(t.noPlan, { year })}</p>
    </div>
  );
}
