import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { forbidden } from "next/navigation";
import { CloseChanges, CloseSummary } from "@/components/jp/close-report";
import { CloseYearForm } from "@/components/jp/close-year-form";
import { Card, CardHeader, EmptyState, PageHeader } from "@/components/ui/card";
import { hasPermission } from "@/lib/auth/permissions";
import { pageViewer } from "@/lib/auth/viewer";
import { yearParam } from "@/lib/compliance/rules";
import { closedYears, yearCloseReport } from "@/lib/compliance/year-close";
import { formatDate, interpolate } from "@/lib/i18n/format";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { calendarToday } from "@/lib/time";

export const metadata: Metadata = { title: "Tutup tahun" };

export default async function YearClosePage({ searchParams }: { searchParams: Promise<{ tahun?: string }> }) {
  const viewer = await pageViewer();
  if (!hasPermission(viewer.roles, "close:year")) forbidden();
  const [m, locale, params] = await Promise.all([getMessages(), getLocale(), searchParams]);
  const t = m.jp.close;
  const thisYear = calendarToday().getUTCFullYear();
  const year = yearParam(params.tahun, thisYear - 1);
  const [report, closed] = await Promise.all([yearCloseReport(viewer, year), closedYears(viewer)]);
  const over = year < thisYear;

  return (
    <>
      <PageHeader title={t.title} subtitle={t.subtitle} />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
        <div className="min-w-0 space-y-6 lg:col-span-2">
          <Card>
            <CardHeader title={interpolate(t.openTitle, { year })} subtitle={report ? undefined : interpolate(t.openBody, { year })} />
            {report ? (
              <CloseSummary report={report} m={m} locale={locale} />
            ) : over ? (
              <div className="p-4 sm:p-5">
                <CloseYearForm year={year} labels={{ submit: interpolate(t.submit, { year }), confirm: interpolate(t.confirm, { year }), keep: m.common.cancel, submitting: t.submitting }} />
              </div>
            ) : (
              <p className="p-4 text-sm text-slate-600 sm:p-5">{interpolate(t.notYet, { year })}</p>
            )}
          </Card>
          {report ? (
            <Card>
              <CardHeader title={t.changesTitle} subtitle={t.changesSubtitle} />
              <CloseChanges changes={report.changes} m={m} locale={locale} />
            </Card>
          ) : null}
        </div>
        <Card>
          <CardHeader title={t.list} />
          {closed.length ? (
            <ul className="divide-y divide-slate-100">
              {closed.map((c) => (
                <li key={c.year} className="flex items-center justify-between px-4 py-3 text-sm sm:px-5">
                  <span>
                    <span className="font-medium text-slate-900">{c.year}</span>
                    <span className="block text-xs text-slate-500">{formatDate(calendarToday(c.closedAt), locale)} · {c.employeeCount} ASN</span>
                  </span>
                  <Link href={`/admin/kepatuhan/tutup-tahun?tahun=${c.year}`} className="font-medium text-brand-800 hover:underline">{t.view}</Link>
                </li>
              ))}
            </ul>
          ) : (
            <EmptyState title={t.noneClosed} />
          )}
          <div className="border-t border-slate-100 px-4 py-3 text-sm sm:px-5">
            {[thisYear - 1, thisYear - 2, thisYear - 3].map((y) => (
              <Link key={y} href={`/admin/kepatuhan/tutup-tahun?tahun=${y}`} className="mr-3 text-brand-800 hover:underline">{y}</Link>
            ))}
          </div>
        </Card>
      </div>
    </>
  );
}
