import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { RejectForm, VerifyForm } from "@/components/external/decision-form";
import { DuplicateHintsCard, ExternalDetails } from "@/components/external/details";
import { Card, CardHeader, PageHeader } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/viewer";
import { duplicateHints, getExternalTraining, isYearClosed } from "@/lib/external/queries";
import { interpolate } from "@/lib/i18n/format";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { formatMinutesJp, ledgerYear } from "@/lib/ledger/rules";
import { fullName } from "@/lib/people/rules";

export const metadata: Metadata = { title: "Periksa pelatihan eksternal" };

export default async function VerificationDetailPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ tercatat?: string }> }) {
  const viewer = await requirePermission("verify:external-training");
  const { id } = await params;
  // Scoped by the verify permission: another unit's submission is simply not found.
  const item = await getExternalTraining(viewer, id, "verify:external-training");
  if (!item) notFound();
  const year = ledgerYear(item.endDate);
  const [m, locale, hints, closed] = await Promise.all([getMessages(), getLocale(), duplicateHints(viewer, item), isYearClosed(viewer.agencyId, year)]);
  const t = m.external;
  const own = viewer.employeeId === item.employeeId;
  const name = fullName(item.employee);

  return (
    <>
      <Link href="/admin/verifikasi" className="text-sm text-brand-700 hover:underline">← {t.detail.back}</Link>
      <PageHeader title={item.title} subtitle={`${name} · ${item.employee.unit.name}`} />
      {(await searchParams).tercatat === "1" && item.status === "VERIFIED" ? (
        <p className="mb-4 rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800" data-testid="recorded-message">{m.ledgerAdmin.onBehalf.saved}</p>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-5">
        <Card className="lg:col-span-3">
          <ExternalDetails item={item} m={m} locale={locale} />
        </Card>
        <div className="space-y-6 lg:col-span-2">
          <Card>
            <CardHeader title={t.decision.title} />
            <div className="space-y-6 px-4 py-4 sm:px-5">
              {item.status !== "SUBMITTED" ? (
                <p className="text-sm text-slate-700">{t.detail.decided}</p>
              ) : own ? (
                <p className="text-sm text-slate-700">{t.detail.ownSubmission}</p>
              ) : (
                <>
                  {closed ? <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">{interpolate(t.detail.closedYear, { year })}</p> : null}
                  <VerifyForm
                    id={item.id}
                    t={t}
                    closedYear={closed ? year : null}
                    question={interpolate(t.decision.verifyQuestion, { duration: formatMinutesJp(item.minutes, locale), name, year })}
                  />
                  <div className="border-t border-slate-100 pt-5">
                    <RejectForm id={item.id} t={t} />
                  </div>
                </>
              )}
            </div>
          </Card>
          <DuplicateHintsCard hints={hints} m={m} locale={locale} />
        </div>
      </div>
    </>
  );
}
