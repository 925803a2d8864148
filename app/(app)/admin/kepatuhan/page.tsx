import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { forbidden } from "next/navigation";
import { ComplianceStats } from "@/components/compliance/compliance-stats";
import { EquityPanel } from "@/components/compliance/equity-panel";
import { ExportLinks } from "@/components/compliance/export-links";
import { statusShares } from "@/components/compliance/format";
import { OpdStatusChart, type OpdShareSeries } from "@/components/compliance/opd-status-chart";
import { OpdTable } from "@/components/compliance/opd-table";
import { StoppedNotice } from "@/components/compliance/stopped-notice";
import { AsOfPicker } from "@/components/compliance/as-of-picker";
import { asOfParams, DASHBOARD_PATH, isoDay, isYearOver, LIST_PATH, OPD_EXPORT_PATH, withQuery, zeroJpListHref } from "@/components/compliance/params";
import { yearChoices, yearParam } from "@/lib/compliance/rules";
import { STATUS_STYLES } from "@/components/compliance/status-badge";
import { YearPicker } from "@/components/compliance/year-picker";
import { SiasnExportLink } from "@/components/compliance/siasn-export-link";
import { Card, CardHeader, EmptyState, PageHeader } from "@/components/ui/card";
import { hasPermission } from "@/lib/auth/permissions";
import { pageViewer } from "@/lib/auth/viewer";
import { isYearClosed } from "@/lib/compliance/year-close";
import { dashboardScopeName, dashboardView, mayReadComplianceDashboard } from "@/lib/compliance/dashboard-queries";
import { statementTimeoutMs } from "@/lib/compliance/cancellable";
import { formatDate, interpolate } from "@/lib/i18n/format";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { calendarToday } from "@/lib/time";

export const metadata: Metadata = { title: "Kepatuhan JP" };

const SERIES_KEY = { COMPLIANT: "compliant", ON_TRACK: "onTrack", AT_RISK: "atRisk", NON_COMPLIANT: "nonCompliant" } as const;

export default async function ComplianceDashboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await pageViewer();
  if (!mayReadComplianceDashboard(viewer)) forbidden();
  const today = calendarToday();
  const raw = await searchParams;
  const year = yearParam(raw.tahun, today.getUTCFullYear());
  // "Per tanggal D" (default today): credited = ledger entries dated on or before D, planned = confirmed learning after D.
  const { asOf, asOfRejected } = asOfParams(raw, year, today);
  const evaluatedOn = asOf ?? today;
  const yearOver = isYearOver(year, evaluatedOn);
  const query = { tahun: String(year), per: asOf && isoDay(asOf) };
  const [m, locale, scope, view, closed] = await Promise.all([
    getMessages(),
    getLocale(),
    dashboardScopeName(viewer),
    dashboardView(viewer, year, asOf && isoDay(asOf)),
    isYearClosed(viewer.agencyId, year),
  ]);
  const t = m.complianceAdmin;
  if ("stopped" in view) {
    // Stopped by the statement timeout (or its client left): say so plainly instead of an error trace.
    return (
      <>
        <PageHeader title={t.title} subtitle={interpolate(t.subtitle, { scope, year })} />
        <StoppedNotice
          reason={view.stopped}
          scope={scope}
          year={year}
          seconds={Math.round(statementTimeoutMs() / 1000)}
          retryHref={withQuery(DASHBOARD_PATH, query)}
          other={{ href: withQuery(LIST_PATH, query), label: t.toList }}
          m={m}
        />
      </>
    );
  }
  const { opds, total, equity } = view.figures;
  // After the year nobody is on track or at risk any more: the bars show compliant against non-compliant.
  const shown = yearOver ? (["COMPLIANT", "NON_COMPLIANT"] as const) : (["COMPLIANT", "ON_TRACK", "AT_RISK"] as const);
  const series: OpdShareSeries[] = shown.map((status) => ({ key: SERIES_KEY[status], label: t.status[status], color: STATUS_STYLES[status].fill }));

  return (
    <>
      <PageHeader
        title={t.title}
        subtitle={asOf ? interpolate(t.asOf.subtitle, { scope, year, date: formatDate(asOf, locale) }) : interpolate(t.subtitle, { scope, year })}
      >
        <div className="flex flex-wrap items-end gap-3">
          <AsOfPicker path={DASHBOARD_PATH} query={query} year={year} asOf={asOf} today={today} labels={t.asOf} />
          <YearPicker years={yearChoices(today.getUTCFullYear(), [year])} selected={year} path={DASHBOARD_PATH} label={t.yearPicker} />
          <SiasnExportLink year={year} m={m} />
        </div>
      </PageHeader>
      <div className="mb-4 space-y-1 text-sm text-slate-600">
        {asOfRejected ? <p role="status" className="rounded-md bg-amber-50 px-3 py-2 text-amber-900">{interpolate(t.asOf.rejected, { value: asOfRejected, year })}</p> : null}
        {asOf ? <p className="font-medium text-slate-800" data-testid="as-of-notice">{interpolate(t.asOf.notice, { date: formatDate(asOf, locale) })}</p> : null}
        <p>{interpolate(t.evaluatedOn, { date: formatDate(evaluatedOn, locale) })}</p>
        {yearOver ? <p className="font-medium text-slate-800">{interpolate(t.yearOver, { year })}</p> : null}
        {closed ? (
          <p className="rounded-md bg-slate-100 px-3 py-2 text-slate-800" data-testid="year-closed">
            {interpolate(m.jp.close.closedNotice, { year })}{" "}
            {hasPermission(viewer.roles, "close:year") ? (
              <Link href={`/admin/kepatuhan/tutup-tahun?tahun=${year}`} className="font-medium text-brand-800 hover:underline">{m.jp.close.seeChanges} →</Link>
            ) : null}
          </p>
        ) : null}
      </div>
      <ComplianceStats total={total} yearOver={yearOver} zeroJpHref={zeroJpListHref(year, asOf)} m={m} locale={locale} />
      <Card className="mb-6">
        <CardHeader
          title={t.opd.title}
          subtitle={t.opd.subtitle}
          action={
            <div className="flex flex-wrap items-center gap-3">
              <Link href={withQuery(LIST_PATH, query)} className="text-sm font-medium text-brand-700 hover:underline">
                {t.toList} →
              </Link>
              <ExportLinks path={OPD_EXPORT_PATH} query={query} labels={t.export} />
            </div>
          }
        />
        {opds.length ? (
          <>
            <OpdTable rows={opds} total={total} year={year} yearOver={yearOver} m={m} locale={locale} />
            <div className="border-t border-slate-100">
              <h3 className="px-4 pt-4 text-sm font-semibold text-slate-900 sm:px-5">{t.chart.title}</h3>
              <OpdStatusChart
                data={opds.map((r) => {
                  const { compliant, onTrack, atRisk, nonCompliant } = statusShares(r);
                  return { name: r.opdName, compliant, onTrack, atRisk, nonCompliant };
                })}
                series={series}
                locale={locale}
                label={interpolate(t.chart.label, { statuses: series.map((s) => s.label.toLowerCase()).join(", "), year })}
                caption={t.chart.caption}
              />
            </div>
          </>
        ) : (
          <EmptyState title={t.opd.empty} />
        )}
      </Card>
      <EquityPanel equity={equity} year={year} m={m} locale={locale} />
    </>
  );
}
