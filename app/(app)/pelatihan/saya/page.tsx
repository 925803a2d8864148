import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { LedgerTable } from "@/components/catalog/ledger-table";
import { RegistrationList } from "@/components/catalog/registration-list";
import { Card, CardHeader, EmptyState, PageHeader } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/viewer";
import { isUuid } from "@/lib/uuid";
import { myLedger, myRegistrations } from "@/lib/enrolment/queries";
import { interpolate } from "@/lib/i18n/format";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { calendarToday } from "@/lib/time";

export const metadata: Metadata = { title: "Pelatihan saya" };

type Search = { angkatan?: string; tahun?: string };

export default async function MyTrainingPage({ searchParams }: { searchParams: Promise<Search> }) {
  const viewer = await requirePermission("read:enrolment");
  const params = await searchParams;
  const [m, locale] = await Promise.all([getMessages(), getLocale()]);
  const t = m.trainingAsn;
  if (!viewer.employeeId) {
    return (
      <>
        <PageHeader title={t.myTitle} />
        <Card><EmptyState title={t.noEmployee} /></Card>
      </>
    );
  }
  const thisYear = calendarToday().getUTCFullYear();
  const year = /^\d{4}$/.test(params.tahun ?? "") ? Number(params.tahun) : thisYear;
  const highlight = isUuid(params.angkatan) ? params.angkatan : undefined;
  const [registrations, ledger] = await Promise.all([myRegistrations(viewer), myLedger(viewer, year)]);
  const years = [...new Set([thisYear, year, ...ledger.years])].sort((a, b) => b - a);

  return (
    <>
      <PageHeader title={t.myTitle} subtitle={t.mySubtitle} />
      {registrations.length ? (
        <RegistrationList rows={registrations} highlight={highlight} m={m} locale={locale} />
      ) : (
        <Card>
          <EmptyState title={t.noRegistrations}>
            <Link href="/pelatihan" className="font-medium text-brand-800 hover:underline">{t.browseCatalog}</Link>
          </EmptyState>
        </Card>
      )}
      <Card className="mt-6" id="riwayat-jp">
        <CardHeader
          title={t.ledgerTitle}
          subtitle={t.ledgerSubtitle}
          action={
            <form action="/pelatihan/saya#riwayat-jp" method="get" className="flex items-end gap-2">
              <label className="text-sm">
                <span className="sr-only">{t.year}</span>
                <select name="tahun" defaultValue={String(year)} aria-label={t.year} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm shadow-sm">
                  {years.map((y) => <option key={y} value={y}>{y}</option>)}
                </select>
              </label>
              <button className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-50">{t.show}</button>
            </form>
          }
        />
        {ledger.entries.length ? (
          <LedgerTable entries={ledger.entries} totalMinutes={ledger.totalMinutes} year={year} m={m} locale={locale} />
        ) : (
          <EmptyState title={interpolate(t.ledgerEmpty, { year })} />
        )}
      </Card>
    </>
  );
}
