import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { BatchTable } from "@/components/training-admin/batch-table";
import { BudgetTable } from "@/components/training-admin/budget-table";
import { ProgramCompetencies, ProgramFacts } from "@/components/training-admin/program-details";
import { ProgramEvaluationForm } from "@/components/training-admin/program-evaluation-form";
import { buttonClass } from "@/components/ui/button";
import { Card, CardHeader, EmptyState, PageHeader } from "@/components/ui/card";
import { hasPermission } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/viewer";
import { getProgram } from "@/lib/catalog/admin-queries";
import { formatRupiah } from "@/lib/i18n/format";
import { getLocale, getMessages } from "@/lib/i18n/server";

export const metadata: Metadata = { title: "Program pelatihan" };

export default async function ProgramPage({ params, searchParams }: { params: Promise<{ programId: string }>; searchParams: Promise<{ diubah?: string }> }) {
  const viewer = await requirePermission("manage:program");
  const [{ programId }, search] = await Promise.all([params, searchParams]);
  const updated = search.diubah === "1";
  const [m, locale, program] = await Promise.all([getMessages(), getLocale(), getProgram(viewer, programId)]);
  if (!program) notFound();
  const t = m.trainingAdmin;
  const newBatch = (
    <Link href={`/admin/pelatihan/${program.id}/angkatan-baru`} className={buttonClass("primary")}>{t.program.newBatch}</Link>
  );

  return (
    <>
      <Link href="/admin/pelatihan" className="text-sm text-brand-700 hover:underline">← {t.program.back}</Link>
      <PageHeader title={program.title} subtitle={`${program.routeCode} · ${t.routes[program.routeCode]} · ${program.organiser}`}>
        <div className="flex flex-wrap gap-2">
          {hasPermission(viewer.roles, "read:evaluation") ? (
            <Link href={`/admin/pelatihan/${program.id}/evaluasi`} className={buttonClass("secondary")} data-testid="program-evaluation-link">{m.evaluation.link}</Link>
          ) : null}
          <Link href={`/admin/pelatihan/${program.id}/ubah`} className={buttonClass("secondary")} data-testid="program-edit-link">{m.catalogEdit.edit}</Link>
          {newBatch}
        </div>
      </PageHeader>
      {updated ? <p className="mb-4 rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800" role="status" data-testid="program-updated">{m.catalogEdit.program.saved}</p> : null}
      <div className="grid gap-6 lg:grid-cols-5">
        <Card className="lg:col-span-3">
          <CardHeader title={t.program.details} />
          <ProgramFacts program={program} m={m} />
        </Card>
        <Card className="lg:col-span-2">
          <CardHeader title={t.program.competencies} />
          <ProgramCompetencies program={program} m={m} />
        </Card>
        <Card className="scroll-mt-20 lg:col-span-5" id="pengaturan-evaluasi" data-testid="program-evaluation">
          <CardHeader title={t.program.evaluation.title} subtitle={t.program.evaluation.subtitle} />
          <ProgramEvaluationForm programId={program.id} feedbackMonths={program.feedbackMonths} tracksResults={program.tracksResults} t={t} saving={m.common.saving} />
        </Card>
        <Card className="lg:col-span-5">
          <CardHeader title={t.program.batches} />
          {program.batches.length ? (
            <BatchTable batches={program.batches} t={t} locale={locale} />
          ) : (
            <EmptyState title={t.program.noBatches}>{newBatch}</EmptyState>
          )}
        </Card>
        <Card className="lg:col-span-5">
          <CardHeader title={t.program.budget} subtitle={`${t.programForm.grandTotal}: ${formatRupiah(program.budgetTotal)}`} />
          <BudgetTable program={program} t={t} locale={locale} />
        </Card>
      </div>
    </>
  );
}
