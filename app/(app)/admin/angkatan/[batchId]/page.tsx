import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { ChangeHistory } from "@/components/audit/change-history";
import { BatchCertificates } from "@/components/certificate/batch-certificates";
import { BatchLearning } from "@/components/learning/batch-learning";
import { BatchReactionSummary } from "@/components/reaction/batch-reaction-summary";
import { BatchResults } from "@/components/results/batch-results";
import { BatchActions, type StatusMove } from "@/components/training-admin/batch-actions";
import { BatchSummary } from "@/components/training-admin/batch-summary";
import { EnrolForm } from "@/components/training-admin/enrol-form";
import { EnrolmentTable } from "@/components/training-admin/enrolment-table";
import { formatDateRange, interpolate } from "@/lib/i18n/format";
import { RundownTable } from "@/components/training-admin/rundown-table";
import { SectionNav } from "@/components/training-admin/section-nav";
import { TrainerCard } from "@/components/training-admin/trainer-card";
import { buttonClass } from "@/components/ui/button";
import { Card, CardHeader, EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { FilterSelect, SearchForm } from "@/components/ui/search-form";
import { hasPermission } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/viewer";
import { getBatch, listBatchEnrolments } from "@/lib/catalog/admin-queries";
import { canMoveBatch } from "@/lib/catalog/rules";
import { isPastBatch } from "@/lib/enrolment/rules";
import { calendarToday } from "@/lib/time";
import type { EnrolmentStatus } from "@/lib/generated/prisma/enums";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { pageParam } from "@/lib/ui/pagination";

export const metadata: Metadata = { title: "Angkatan" };

const ENROLMENT_STATUSES: EnrolmentStatus[] = ["PENDING_AGENCY", "PENDING_SUPERVISOR", "CONFIRMED", "WAITLISTED", "REJECTED", "WITHDRAWN"];

type Search = { q?: string; status?: string; page?: string };

export default async function BatchPage({ params, searchParams }: { params: Promise<{ batchId: string }>; searchParams: Promise<Search> }) {
  const viewer = await requirePermission("manage:program");
  const [{ batchId }, search] = await Promise.all([params, searchParams]);
  const status = ENROLMENT_STATUSES.find((s) => s === search.status);
  const [m, locale, batch, enrolments] = await Promise.all([
    getMessages(),
    getLocale(),
    getBatch(viewer, batchId),
    listBatchEnrolments(viewer, batchId, { q: search.q, status, page: pageParam(search.page) }),
  ]);
  if (!batch || !enrolments) notFound();
  const t = m.trainingAdmin;
  const basePath = `/admin/angkatan/${batch.id}`;
  const finished = batch.status === "DONE" || batch.status === "CANCELLED";
  // DONE → RUNNING goes through "Buka kembali" (reopenBatch), which reverses the JP credited.
  const moves: StatusMove[] = ([["OPEN", t.batch.open], ["CLOSED", t.batch.close], ["RUNNING", t.batch.start], ["CANCELLED", t.batch.cancel]] as const)
    .filter(([to]) => batch.status !== "DONE" && canMoveBatch(batch.status, to, isPastBatch(batch, calendarToday())))
    .map(([to, label]) => ({ status: to, label }));
  const filtered = Boolean(search.q?.trim() || status);
  const hasLearning = batch.status === "RUNNING" || batch.status === "DONE";
  const hasOutcomes = batch.status === "DONE";
  const sections: Exclude<keyof typeof t.batch.sections, "label">[] = [
    "summary", "rundown", "trainers", "participants",
    ...(hasLearning ? (["learning"] as const) : []),
    ...(hasOutcomes ? (["reaction", "certificates"] as const) : []),
    "results",
  ];

  return (
    <>
      <Link href={`/admin/pelatihan/${batch.program.id}`} className="text-sm text-brand-700 hover:underline">← {batch.program.title}</Link>
      <PageHeader title={`${batch.program.title} · ${interpolate(t.batch.heading, { number: batch.number })}`} subtitle={formatDateRange(batch.startDate, batch.endDate, locale)}>
        <div className="flex flex-wrap gap-2">
          {batch.status === "DONE" && hasPermission(viewer.roles, "read:evaluation") ? (
            <Link href={`${basePath}/evaluasi`} className={buttonClass("secondary")} data-testid="batch-evaluation-link">{m.evaluation.link}</Link>
          ) : null}
          <Link href={`/presensi/${batch.id}`} className={buttonClass("secondary")}>{t.batch.attendance}</Link>
          {hasPermission(viewer.roles, "manage:plan") ? <Link href={`${basePath}/anggaran`} className={buttonClass("secondary")} data-testid="batch-budget-link">{m.planActual.batch.link}</Link> : null}
          {!finished ? <Link href={`${basePath}/ubah`} className={buttonClass("secondary")} data-testid="batch-edit-link">{m.catalogEdit.edit}</Link> : null}
        </div>
      </PageHeader>
      <SectionNav label={t.batch.sections.label} sections={[...sections.map((id) => ({ id, label: t.batch.sections[id] })), { id: "history", label: m.audit.history.title }]} />
      <div className="grid gap-6 lg:grid-cols-5 [&>*]:min-w-0 [&>*]:scroll-mt-28">
        <Card id="summary" className="lg:col-span-3">
          <CardHeader title={t.batch.summary} />
          <BatchSummary batch={batch} m={m} locale={locale} />
        </Card>
        <Card className="lg:col-span-2">
          <CardHeader title={t.batch.actions} />
          <BatchActions batchId={batch.id} moves={moves} canComplete={batch.status === "RUNNING"} canReopen={batch.status === "DONE"} t={t.batch} />
        </Card>
        <Card id="rundown" className="lg:col-span-5">
          <CardHeader title={t.rundown.title} />
          <RundownTable batch={batch} m={m} locale={locale} />
        </Card>
        <section id="trainers" className="lg:col-span-5">
          <TrainerCard viewer={viewer} batchId={batch.id} editable={!finished} m={m} locale={locale} />
        </section>
        <Card id="participants" className="lg:col-span-5">
          <CardHeader title={t.enrolments.title} subtitle={interpolate(t.batch.seatsValue, { confirmed: batch.confirmedCount, capacity: batch.capacity })} action={!finished ? <Link href={`${basePath}/calon`} className="text-sm font-medium text-brand-700 hover:underline" data-testid="need-candidates-link">{m.compNeeds.nomination.openList} →</Link> : null} />
          {!finished ? <EnrolForm batchId={batch.id} t={t.enrol} override={m.eligibility.override} saving={m.common.saving} /> : null}
          <SearchForm action={basePath} q={search.q} placeholder={t.enrolments.searchPlaceholder} submitLabel={m.common.filter}>
            <FilterSelect name="status" label={t.enrolments.allStatuses} value={status} options={ENROLMENT_STATUSES.map((s) => ({ value: s, label: t.enrolmentStatus[s] }))} />
          </SearchForm>
          {enrolments.rows.length ? (
            <>
              <EnrolmentTable rows={enrolments.rows} batchId={batch.id} editable={!finished} m={m} />
              <Pagination page={enrolments} basePath={basePath} params={{ q: search.q, status }} labels={m.common} locale={locale} />
            </>
          ) : (
            <EmptyState title={filtered ? t.enrolments.noMatch : t.enrolments.empty}>
              {filtered ? <Link href={basePath} className="font-medium text-brand-700 hover:underline">{m.common.reset}</Link> : null}
            </EmptyState>
          )}
        </Card>
        {hasLearning ? (
          <section id="learning" className="lg:col-span-5">
            <BatchLearning viewer={viewer} batchId={batch.id} m={m} locale={locale} />
          </section>
        ) : null}
        {hasOutcomes ? (
          <>
            <section id="reaction" className="lg:col-span-5">
              <BatchReactionSummary viewer={viewer} batchId={batch.id} m={m} locale={locale} />
            </section>
            <section id="certificates" className="lg:col-span-5">
              <BatchCertificates viewer={viewer} batchId={batch.id} m={m} locale={locale} />
            </section>
          </>
        ) : null}
        <section id="results" className="lg:col-span-5">
          <BatchResults viewer={viewer} batchId={batch.id} m={m} locale={locale} />
        </section>
        <ChangeHistory viewer={viewer} subject={{ batchId: batch.id }} m={m} locale={locale} className="lg:col-span-5" />
      </div>
    </>
  );
}
