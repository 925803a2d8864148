import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { ComplianceTable } from "@/components/compliance/compliance-table";
import { ExportLinks } from "@/components/compliance/export-links";
import { ListFilters } from "@/components/compliance/list-filters";
import {
  DASHBOARD_PATH,
  hasFilters,
  isYearOver,
  LIST_EXPORT_PATH,
  LIST_PAGE_SIZE,
  LIST_PATH,
  listParams,
  listQuery,
  statusesFor,
  withQuery,
} from "@/components/compliance/params";
import { yearChoices } from "@/lib/compliance/rules";
import { StatusTabs } from "@/components/compliance/status-tabs";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { pageViewer } from "@/lib/auth/viewer";
import { complianceDashboardList, dashboardScopeName, mayReadComplianceDashboard } from "@/lib/compliance/dashboard-queries";
import { interpolate } from "@/lib/i18n/format";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { unitOptions } from "@/lib/org/queries";
import { calendarToday } from "@/lib/time";

export const metadata: Metadata = { title: "Daftar kepatuhan JP" };

export default async function ComplianceListPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await pageViewer();
  if (!mayReadComplianceDashboard(viewer)) forbidden();
  const today = calendarToday();
  const params = listParams(await searchParams, today.getUTCFullYear());
  const { year, unitId, positionType, kind, status, q } = params;
  const [m, locale, scope, units, list] = await Promise.all([
    getMessages(),
    getLocale(),
    dashboardScopeName(viewer),
    unitOptions(viewer),
    complianceDashboardList(viewer, year, { unitId, positionType, kind, status, q }, params.page, LIST_PAGE_SIZE),
  ]);
  const t = m.complianceAdmin;
  const unit = units.find((u) => u.id === unitId);
  const query = listQuery(params);

  return (
    <>
      <PageHeader
        title={t.list.title}
        subtitle={unit ? interpolate(t.list.unitSubtitle, { unit: unit.name, year }) : interpolate(t.subtitle, { scope, year })}
      >
        <div className="flex flex-wrap items-center gap-3">
          <Link href={withQuery(DASHBOARD_PATH, { tahun: String(year) })} className="text-sm font-medium text-brand-700 hover:underline">
            ← {t.toDashboard}
          </Link>
          <ExportLinks path={LIST_EXPORT_PATH} query={query} labels={t.export} />
        </div>
      </PageHeader>
      <Card>
        <ListFilters params={params} units={units} years={yearChoices(today.getUTCFullYear(), [year])} m={m} />
        <StatusTabs
          params={params}
          statuses={statusesFor(isYearOver(year, today), list.counts, status)}
          counts={list.counts}
          labels={t.status}
          allLabel={t.list.allStatuses}
          navLabel={t.list.statusFilter}
          locale={locale}
        />
        {list.rows.length ? (
          <>
            <ComplianceTable rows={list.rows} m={m} locale={locale} />
            <Pagination page={list} basePath={LIST_PATH} params={query} labels={m.common} locale={locale} />
          </>
        ) : (
          <EmptyState title={hasFilters(params) ? t.list.noMatch : t.list.empty} />
        )}
      </Card>
    </>
  );
}
