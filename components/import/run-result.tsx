import { formatDateTime } from "@/components/catalog/format";
import { buttonClass } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import Link from "@/components/ui/link";
import { formatNumber, interpolate, type Locale } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import type { ImportProgress } from "@/lib/import/queries";

/** An applied run: what was written, when, and where to look at it. */
export function RunResult({ run, appliedAt, m, locale }: { run: ImportProgress; appliedAt: Date | null; m: Messages; locale: Locale }) {
  const t = m.importUi.run;
  const c = run.summary?.counts;
  const n = (v: number | undefined) => formatNumber(v ?? 0, locale);
  return (
    <Card className="mb-6 border-emerald-200">
      <CardHeader title={t.resultTitle} />
      <div className="space-y-3 px-4 py-4 sm:px-5" data-testid="import-result">
        <p className="text-sm text-slate-800">
          {interpolate(t.resultText, { when: appliedAt ? formatDateTime(appliedAt, locale) : "", creates: n(c?.creates), updates: n(c?.updates), unchanged: n(c?.unchanged) })}
        </p>
        {c?.missing ? <p className="text-sm text-slate-600">{interpolate(t.resultMissing, { missing: n(c.missing) })}</p> : null}
        <div className="flex flex-wrap gap-3">
          <Link href="/admin/pegawai" className={buttonClass("secondary")}>{t.toEmployees}</Link>
          <Link href={`/admin/impor/${run.kind}`} className={buttonClass("secondary")}>{t.newUpload}</Link>
        </div>
      </div>
    </Card>
  );
}
