import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ResultsTable } from "@/components/competency/assessments/results-table";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import Link from "@/components/ui/link";
import { accessFor, hasPermission } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/viewer";
import { assessmentsOf } from "@/lib/competency/assessments-queries";
import { interpolate } from "@/lib/i18n/format";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { formatNip } from "@/lib/people/nip";
import { fullName } from "@/lib/people/rules";
import { calendarToday } from "@/lib/time";
import { pageParam } from "@/lib/ui/pagination";

export const metadata: Metadata = { title: "Hasil asesmen kompetensi" };

/** Every recorded result of one ASN (admin: the agency; operator: their unit, read only); the admin withdraws. */
export default async function EmployeeAssessmentsPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ page?: string }> }) {
  const viewer = await requirePermission("read:competency-profile", ["unit", "any"]);
  const [{ id }, search, m, locale] = await Promise.all([params, searchParams, getMessages(), getLocale()]);
  const data = await assessmentsOf(viewer, id, pageParam(search.page));
  if (!data) notFound();
  const { employee, results } = data;
  const t = m.compAssess.results;
  const canWithdraw = accessFor(viewer.roles, "record:assessment").includes("any");
  const name = fullName(employee);
  return (
    <>
      <Link href={`/admin/pegawai/${employee.id}`} className="text-sm text-brand-700 hover:underline">← {t.back}</Link>
      <PageHeader title={t.title} subtitle={interpolate(t.subtitle, { name })}>
        {hasPermission(viewer.roles, "import:records") ? (
          <Link href="/admin/impor/assessment-results" className="text-sm font-medium text-brand-700 hover:underline">{t.importLink}</Link>
        ) : null}
      </PageHeader>
      <p className="-mt-3 mb-5 break-words text-sm text-slate-700" data-testid="assessment-person">
        <strong>{name}</strong> · <span className="font-mono">{formatNip(employee.nip)}</span> · {employee.position.name} · {employee.unit.name}
      </p>
      <Card>
        {results.rows.length ? (
          <>
            <ResultsTable rows={results.rows} today={calendarToday()} canWithdraw={canWithdraw} m={m} locale={locale} />
            {results.pages > 1 ? <Pagination page={results} basePath={`/admin/pegawai/${employee.id}/asesmen`} params={{}} labels={m.common} locale={locale} /> : null}
          </>
        ) : (
          <EmptyState title={t.empty}><p className="text-sm text-slate-600">{t.emptyHint}</p></EmptyState>
        )}
      </Card>
    </>
  );
}
