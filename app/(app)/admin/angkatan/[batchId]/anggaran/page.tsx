import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BatchLinkForm } from "@/components/plan/actual/batch-link-form";
import { SpendingForm } from "@/components/plan/actual/spending-form";
import { SpendingTable } from "@/components/plan/actual/spending-table";
import { Card, CardHeader, EmptyState, PageHeader } from "@/components/ui/card";
import Link from "@/components/ui/link";
import { requirePermission } from "@/lib/auth/viewer";
import { formatDateRange, formatRupiah, interpolate } from "@/lib/i18n/format";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { batchBudget } from "@/lib/plan/actual-batch";
import { calendarToday } from "@/lib/time";

export const metadata: Metadata = { title: "Rencana dan realisasi anggaran" };

/** A batch's plan line and realised budget (issue 15, decision 0037). */
export default async function BatchBudgetPage({ params }: { params: Promise<{ batchId: string }> }) {
  const viewer = await requirePermission("manage:plan");
  const { batchId } = await params;
  const [m, locale, budget] = await Promise.all([getMessages(), getLocale(), batchBudget(viewer, batchId)]);
  if (!budget) notFound();
  const t = m.planActual;
  const { batch } = budget;
  const versionLabel = budget.version
    ? interpolate(budget.version.status === "APPROVED" ? t.batch.versionApproved : t.batch.versionOpen, { version: budget.version.number })
    : undefined;
  return (
    <>
      <Link href={`/admin/angkatan/${batch.id}`} className="text-sm text-brand-700 hover:underline">← {t.batch.back}</Link>
      <PageHeader
        title={`${t.batch.title}: ${batch.program.title} · ${interpolate(m.trainingAdmin.batch.heading, { number: batch.number })}`}
        subtitle={formatDateRange(batch.startDate, batch.endDate, locale)}
      />
      <div className="grid gap-6 [&>*]:min-w-0">
        <Card>
          <CardHeader title={t.batch.lineTitle} subtitle={versionLabel} />
          <div className="space-y-3 px-4 py-4 sm:px-5">
            <p className="text-sm text-slate-700" data-testid="plan-link-status">
              {budget.linked ? interpolate(t.batch.linkedTo, { title: budget.linked.title }) : t.batch.notLinked}
            </p>
            {budget.plan && budget.lines.length ? (
              <>
                <p className="text-sm text-slate-500">{interpolate(t.batch.lineHelp, { year: budget.year })}</p>
                <BatchLinkForm batchId={batch.id} lines={budget.lines} linkedItemId={batch.planItemId} t={t.batch} saving={m.common.saving} />
              </>
            ) : (
              <p className="text-sm text-slate-500">{interpolate(t.batch.noPlan, { year: budget.year })}</p>
            )}
          </div>
        </Card>
        <Card>
          <CardHeader
            title={t.spending.title} subtitle={t.spending.subtitle}
            action={budget.spending.length ? <span className="whitespace-nowrap text-sm font-semibold tabular-nums text-slate-800">{t.spending.total} {formatRupiah(budget.total)}</span> : null}
          />
          <div className="border-b border-slate-100 px-4 py-4 sm:px-5">
            <SpendingForm batchId={batch.id} today={calendarToday().toISOString().slice(0, 10)} t={t} saving={m.common.saving} />
          </div>
          {budget.spending.length ? <SpendingTable budget={budget} t={t} locale={locale} /> : <EmptyState title={t.spending.empty} />}
        </Card>
      </div>
    </>
  );
}
