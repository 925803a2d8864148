import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { LedgerTable } from "@/components/catalog/ledger-table";
import { ProgressCard } from "@/components/jp/progress-card";
import { UpcomingList } from "@/components/jp/upcoming-list";
import { YearHistory } from "@/components/jp/year-history";
import { buttonClass } from "@/components/ui/button";
import { Card, CardHeader, EmptyState, PageHeader } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/viewer";
import { myPendingExternal, myUpcomingTraining, myYears } from "@/lib/compliance/my-queries";
import { complianceOf } from "@/lib/compliance/queries";
import { yearChoices, yearParam } from "@/lib/compliance/rules";
import { myLedger } from "@/lib/enrolment/queries";
import { interpolate } from "@/lib/i18n/format";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { policyFor } from "@/lib/policy/queries";
import { calendarToday } from "@/lib/time";

export const metadata: Metadata = { title: "JP saya" };

export default async function MyJpPage({ searchParams }: { searchParams: Promise<{ tahun?: string }> }) {
  const viewer = await requirePermission("read:compliance");
  const [m, locale, params] = await Promise.all([getMessages(), getLocale(), searchParams]);
  const t = m.jp;
  if (!viewer.employeeId) {
    return (
      <>
        <PageHeader title={t.title} />
        <Card><EmptyState title={t.noEmployee} /></Card>
      </>
    );
  }
  const thisYear = calendarToday().getUTCFullYear();
  const year = yearParam(params.tahun, thisYear);
  const [row, policy, ledger, upcoming, pending] = await Promise.all([
    complianceOf(viewer, viewer.employeeId, year),
    policyFor(viewer.agencyId, year),
    myLedger(viewer, year),
    myUpcomingTraining(viewer, year),
    myPendingExternal(viewer),
  ]);
  const years = yearChoices(thisYear, ledger.years);
  const past = await myYears(viewer, years.filter((y) => y !== year && ledger.years.includes(y)));
  const exportHref = (format: string) => `/api/ekspor/jp-saya?tahun=${year}&format=${format}`;

  return (
    <>
      <PageHeader title={t.title} subtitle={t.subtitle}>
        <div className="flex flex-wrap items-center gap-2">
          <form method="get" className="flex items-center gap-2">
            <select name="tahun" defaultValue={String(year)} aria-label={t.year} className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm">
              {years.map((y) => <option key={y} value={y}>{y}</option>)}
            </select>
            <button className={buttonClass("secondary")}>{t.show}</button>
          </form>
          <Link href="/jp/eksternal" className={buttonClass("secondary")}>{t.myExternal}</Link>
          <Link href="/jp/eksternal/baru" className={buttonClass("primary")}>{t.submitExternal}</Link>
        </div>
      </PageHeader>

      {row ? (
        <ProgressCard row={row} year={year} policy={policy} pending={pending} m={m} locale={locale} />
      ) : (
        <Card><EmptyState title={interpolate(t.reason.EXEMPT, { year })} /></Card>
      )}

      <Card className="mt-6">
        <CardHeader
          title={interpolate(t.entriesTitle, { year })}
          subtitle={t.entriesSubtitle}
          action={
            <div className="flex gap-3 text-sm">
              <a href={exportHref("xlsx")} className="font-medium text-brand-800 hover:underline">{t.download} XLSX</a>
              <a href={exportHref("csv")} className="font-medium text-brand-800 hover:underline">CSV</a>
            </div>
          }
        />
        {ledger.entries.length ? (
          <LedgerTable entries={ledger.entries} totalMinutes={ledger.totalMinutes} year={year} m={m} locale={locale} />
        ) : (
          <EmptyState title={interpolate(t.entriesEmpty, { year })}>
            <Link href="/pelatihan" className="font-medium text-brand-800 hover:underline">{t.browseCatalog}</Link>
          </EmptyState>
        )}
      </Card>

      <div className="mt-6 grid grid-cols-1 gap-6 lg:grid-cols-2">
        {year >= thisYear ? (
          <Card className="min-w-0">
            <CardHeader title={t.upcomingTitle} />
            {upcoming.length ? <UpcomingList rows={upcoming} m={m} locale={locale} /> : <EmptyState title={interpolate(t.upcomingEmpty, { year })} />}
          </Card>
        ) : null}
        <Card className="min-w-0">
          <CardHeader title={t.pastTitle} />
          {past.length ? <YearHistory rows={past} m={m} locale={locale} /> : <EmptyState title={t.pastEmpty} />}
        </Card>
      </div>
    </>
  );
}
