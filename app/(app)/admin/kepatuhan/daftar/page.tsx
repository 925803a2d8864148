import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { forbidden } from "next/navigation";
import { AsOfPicker } from "@/components/compliance/as-of-picker";
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
  pageQuery,
  statusesFor,
  withQuery,
} from "@/components/compliance/params";
import { yearChoices } from "@/lib/compliance/rules";
import { StatusTabs } from "@/components/compliance/status-tabs";
import { ListToolbar } from "@/components/compliance/list-toolbar";
import { SiasnExportLink } from "@/components/compliance/siasn-export-link";
import { DEFAULT_LIST_SORT } from "@/lib/compliance/list-sort";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { pageViewer } from "@/lib/auth/viewer";
import { StoppedNotice } from "@/components/compliance/stopped-notice";
import { statementTimeoutMs, stoppedOrThrow } from "@/lib/compliance/cancellable";
import { complianceDashboardList, dashboardScopeName, mayReadComplianceDashboard } from "@/lib/compliance/dashboard-queries";
import { formatDate, interpolate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { unitOptions } from "@/lib/org/queries";
import { calendarToday } from "@/lib/time";

export const metadata: Metadata = { title: "Daftar kepatuhan JP" };

export default async function ComplianceListPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await pageViewer();
  if (!mayReadComplianceDashboard(viewer)) forbidden();
  const today = calendarToday();
  const params = listParams(await searchParams, today.getUTCFullYear(), today);
  const { year, unitId, positionType, kind, status, q, asOf, zeroJp } = params;
  const sort = params.sort ?? DEFAULT_LIST_SORT;
  const [m, locale, scope, units, list] = await Promise.all([
    getMessages(),
    getLocale(),
    dashboardScopeName(viewer),
    unitOptions(viewer),
    complianceDashboardList(viewer, year, { unitId, positionType, kind, status, q, asOf, zeroJp, sort }, params.page, LIST_PAGE_SIZE).catch(stoppedOrThrow),
  ]);
  const t = m.complianceAdmin;
  const unit = units.find((u) => u.id === unitId);
  // The page's own links keep the sort; the exports take the filters only (they list by risk).
  const query = pageQuery(params);
  if ("stopped" in list) {
    return (
      <>
        <PageHeader title={t.list.title} subtitle={subtitleOf(t, { unit: unit?.name, scope, year, date: asOf && formatDate(asOf, locale) })} />
        <StoppedNotice
          reason={list.stopped}
          scope={unit?.name ?? scope}
          year={year}
          seconds={Math.round(statementTimeoutMs() / 1000)}
          retryHref={withQuery(LIST_PATH, query)}
          other={{ href: withQuery(DASHBOARD_PATH, { tahun: String(year), per: query.per }), label: t.toDashboard }}
          m={m}
        />
      </>
    );
  }

  return (
    <>
      <PageHeader
        title={t.list.title}
        subtitle={subtitleOf(t, { unit: unit?.name, scope, year, date: asOf && formatDate(asOf, locale) })}
      >
        <div className="flex flex-wrap items-end gap-3">
          <AsOfPicker path={LIST_PATH} query={query} year={year} asOf={asOf} today={today} labels={t.asOf} />
          <Link href={withQuery(DASHBOARD_PATH, { tahun: String(year), per: query.per })} className="text-sm font-medium text-brand-700 hover:underline">
            ← {t.toDashboard}
          </Link>
          <ExportLinks path={LIST_EXPORT_PATH} query={listQuery(params)} labels={t.export} />
          <SiasnExportLink year={year} unitId={unitId} m={m} />
        </div>
      </PageHeader>
      {params.asOfRejected ? (
        <p role="status" className="mb-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">{interpolate(t.asOf.rejected, { value: params.asOfRejected, year })}</p>
      ) : null}
      {asOf ? <p className="mb-4 text-sm font-medium text-slate-800" data-testid="as-of-notice">{interpolate(t.asOf.notice, { date: formatDate(asOf, locale) })}</p> : null}
      <Card>
        <ListFilters params={params} units={units} years={yearChoices(today.getUTCFullYear(), [year])} m={m} />
        <StatusTabs
          params={params}
          statuses={statusesFor(isYearOver(year, asOf ?? today), list.counts, status)}
          counts={list.counts}
          labels={t.status}
          allLabel={t.list.allStatuses}
          navLabel={t.list.statusFilter}
          locale={locale}
        />
        <ListToolbar params={params} m={m} />
        {list.rows.length ? (
          <>
            <ComplianceTable
              rows={list.rows}
              sort={{ sort, href: (next) => withQuery(LIST_PATH, pageQuery({ ...params, sort: next })), hints: m.complianceList.sort }}
              m={m}
              locale={locale}
            />
            <Pagination page={list} basePath={LIST_PATH} params={query} labels={m.common} locale={locale} />
          </>
        ) : (
          <EmptyState title={hasFilters(params) ? t.list.noMatch : t.list.empty} />
        )}
      </Card>
    </>
  );
}

/** "Dinas X · tahun 2026 · per 1 Oktober 2026": the unit (or the viewer's scope), the year, and the as-of date if any. */
function subtitleOf(t: Messages["complianceAdmin"], p: { unit?: string; scope: string; year: number; date?: string }): string {
  if (p.date) return p.unit ? interpolate(t.asOf.unitSubtitle, { unit: p.unit, year: p.year, date: p.date }) : interpolate(t.asOf.subtitle, { scope: p.scope, year: p.year, date: p.date });
  return p.unit ? interpolate(t.list.unitSubtitle, { unit: p.unit, year: p.year }) : interpolate(t.subtitle, { scope: p.scope, year: p.year });
}
