import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Coverage } from "@/components/plan/actual/coverage";
import { FiguresTable } from "@/components/plan/actual/figures-table";
import { FundSourceTable } from "@/components/plan/actual/fund-source-table";
import { UnplannedTable } from "@/components/plan/actual/unplanned-table";
import { buttonClass } from "@/components/ui/button";
import { Card, CardHeader, EmptyState, PageHeader } from "@/components/ui/card";
import Link from "@/components/ui/link";
import { requirePermission } from "@/lib/auth/viewer";
import { formatDate, interpolate } from "@/lib/i18n/format";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { planActualReport } from "@/lib/plan/actual";
import { planYearParam } from "@/lib/plan/actual-rules";
import { pageParam } from "@/lib/ui/pagination";

export const metadata: Metadata = { title: "Rencana dan realisasi" };

/** Plan against actual of one year (issue 15 part 4, decision 0037). */
export default async function PlanActualPage({ params, searchParams }: { params: Promise<{ year: string }>; searchParams: Promise<{ page?: string }> }) {
  const viewer = await requirePermission("read:plan");
  const [{ year: rawYear }, search] = await Promise.all([params, searchParams]);
  const year = planYearParam(rawYear);
  if (year === null) notFound();
  const [m, locale, report] = await Promise.all([getMessages(), getLocale(), planActualReport(viewer, year)]);
  const t = m.planActual.report;
  const back = <Link href={`/admin/rencana/${year}`} className="text-sm text-brand-700 hover:underline">← {interpolate(t.back, { year })}</Link>;
  if (!report) {
    return (
      <>
        {back}
        <PageHeader title={interpolate(t.title, { year })} />
        <EmptyState title={interpolate(t.noPlan, { year })} />
      </>
    );
  }
  const v = report.version;
  const versionLine = v.status === "APPROVED"
    ? interpolate(t.versionApproved, { version: v.number, date: formatDate(v.approvedAt, locale) })
    : interpolate(t.versionOpen, { version: v.number, status: v.status });
  const routeName = (code: string | null) => code ?? "";
  return (
    <>
      {back}
      <PageHeader title={interpolate(t.title, { year })} subtitle={versionLine}>
        <a href={`/api/ekspor/rencana/${year}/realisasi`} className={buttonClass("secondary")} data-testid="plan-actual-export" download>{t.export}</a>
      </PageHeader>
      <p className="mb-4 text-sm text-slate-600" data-testid="plan-actual-version">{t.definitions}</p>
      <div className="grid gap-6 [&>*]:min-w-0">
        <Card id="lines">
          <CardHeader title={t.lines} />
          {report.lines.length ? (
            <FiguresTable
              label={t.line} extraHeader={t.opd} testId="plan-actual-lines" t={t} locale={locale} total={report.total}
              rows={report.lines.map((l) => ({
                ...l, id: l.lineId,
                label: <><span className="font-medium">{l.position}. {l.title}</span><span className="block text-xs text-slate-500">{l.routeCode} · {t.batches}: {l.batches}</span></>,
                extra: l.opdName ?? t.acrossOpd,
              }))}
            />
          ) : <EmptyState title={t.noLines} />}
        </Card>
        <Card id="by-opd">
          <CardHeader title={t.byOpd} />
          <FiguresTable label={t.opd} t={t} locale={locale} total={report.total} rows={report.byOpd.map((r) => ({ ...r, id: r.key ?? "-", label: r.name ?? t.acrossOpd }))} />
        </Card>
        <Card id="by-route">
          <CardHeader title={t.byRouteCode} />
          <FiguresTable label={t.routeCode} t={t} locale={locale} total={report.total} rows={report.byRouteCode.map((r) => ({ ...r, id: r.key ?? "-", label: routeName(r.key) }))} />
        </Card>
        <Card id="by-fund">
          <CardHeader title={t.byFundSource} />
          <FundSourceTable rows={report.byFundSource} t={m.planActual} />
        </Card>
        <Coverage report={report} t={t} locale={locale} />
        <UnplannedTable report={report} m={m} locale={locale} requestedPage={pageParam(search.page)} basePath={`/admin/rencana/${year}/realisasi`} />
      </div>
    </>
  );
}
