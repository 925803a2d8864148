import type { Metadata } from "next";
import { KindCards } from "@/components/import/kind-cards";
import { kindInfo } from "@/components/import/kind-info";
import { RunTable } from "@/components/import/run-table";
import { Card, CardHeader, EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { requirePermission } from "@/lib/auth/viewer";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { IMPORT_KINDS } from "@/lib/import/kinds";
import { listImportRuns } from "@/lib/import/run-list";
import { pageParam } from "@/lib/ui/pagination";

export const metadata: Metadata = { title: "Impor data" };

export default async function ImportHubPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const viewer = await requirePermission("import:records");
  const params = await searchParams;
  const [m, locale, runs] = await Promise.all([getMessages(), getLocale(), listImportRuns(viewer, pageParam(params.page))]);
  const t = m.importUi.hub;
  const kinds = Object.values(IMPORT_KINDS).map((kind) => kindInfo(m, kind));
  return (
    <>
      <PageHeader title={t.title} subtitle={t.subtitle} />
      <section aria-labelledby="import-kinds-title" className="mb-8">
        <h2 id="import-kinds-title" className="mb-3 text-base font-semibold text-slate-900">{t.kindsTitle}</h2>
        <KindCards kinds={kinds} m={m} locale={locale} />
      </section>
      <Card>
        <CardHeader title={t.runsTitle} />
        {runs.rows.length ? (
          <>
            <RunTable rows={runs.rows} m={m} locale={locale} />
            <Pagination page={runs} basePath="/admin/impor" params={{}} labels={m.common} locale={locale} />
          </>
        ) : (
          <EmptyState title={t.noRuns} />
        )}
      </Card>
    </>
  );
}
