import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LedgerTable } from "@/components/catalog/ledger-table";
import { CorrectionForm } from "@/components/ledger/correction-form";
import { buttonClass } from "@/components/ui/button";
import { Card, CardHeader, EmptyState, PageHeader } from "@/components/ui/card";
import Link from "@/components/ui/link";
import { requirePermission } from "@/lib/auth/viewer";
import { yearChoices, yearParam } from "@/lib/compliance/rules";
import { formatDate, interpolate } from "@/lib/i18n/format";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { correctionPage } from "@/lib/ledger/queries";
import { formatJp, formatMinutesJp } from "@/lib/ledger/rules";
import { formatNip } from "@/lib/people/nip";
import { fullName } from "@/lib/people/rules";
import { calendarToday } from "@/lib/time";

export const metadata: Metadata = { title: "Koreksi JP" };

export default async function LedgerCorrectionPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ tahun?: string }> }) {
  const viewer = await requirePermission("correct:ledger");
  const [{ id }, query, m, locale] = await Promise.all([params, searchParams, getMessages(), getLocale()]);
  const today = calendarToday();
  const thisYear = today.getUTCFullYear();
  const year = yearParam(query.tahun, thisYear);
  const page = await correctionPage(viewer, id, year);
  if (!page) notFound();
  const t = m.ledgerAdmin.correction;
  const { person, ledger } = page;
  const name = fullName(person);
  const years = yearChoices(thisYear, page.years).filter((y) => y <= thisYear);

  return (
    <>
      <Link href={`/admin/pegawai/${person.id}`} className="text-sm text-brand-700 hover:underline">← {t.back}</Link>
      <PageHeader title={`${t.title}: ${name}`} subtitle={`${formatNip(person.nip)} · ${person.unit.name}`}>
        <form method="get" className="flex items-center gap-2">
          <label htmlFor="tahun" className="sr-only">{t.year}</label>
          <select id="tahun" name="tahun" defaultValue={String(year)} className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm">
            {years.map((y) => <option key={y} value={y}>{y}</option>)}
          </select>
          <button className={buttonClass("secondary")}>{t.show}</button>
        </form>
      </PageHeader>
      <p className="mb-4 text-sm text-slate-600">{t.subtitle}</p>
      <div className="grid gap-6 2xl:grid-cols-2">
        <Card className="min-w-0">
          <CardHeader
            title={interpolate(t.ledgerTitle, { year })}
            subtitle={interpolate(t.currentTotal, { year, jp: `${formatJp(ledger.totalMinutes, locale)} (${ledger.totalMinutes} ${locale === "id" ? "menit" : "min"})` })}
          />
          {ledger.entries.length ? (
            <LedgerTable entries={ledger.entries} totalMinutes={ledger.totalMinutes} year={year} m={m} locale={locale} />
          ) : (
            <EmptyState title={interpolate(t.ledgerEmpty, { year })} />
          )}
        </Card>
        <Card className="min-w-0">
          <CorrectionForm
            employeeId={person.id}
            personName={name}
            entries={ledger.entries.map((e) => ({ id: e.id, label: `${formatDate(e.date, locale)} · ${e.title} · ${formatMinutesJp(e.minutes, locale)}` }))}
            today={today.toISOString().slice(0, 10)}
            routes={m.trainingAsn.route}
            t={t}
            keep={m.common.cancel}
            locale={locale}
          />
        </Card>
      </div>
    </>
  );
}
