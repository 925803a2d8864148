import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { formatDateTime } from "@/components/catalog/format";
import { ApplyForm } from "@/components/import/apply-form";
import { CancelForm } from "@/components/import/cancel-form";
import { DryRun, LIST_PAGE_SIZE } from "@/components/import/dry-run";
import { kindInfo, kindLabel } from "@/components/import/kind-info";
import { RunProgress } from "@/components/import/run-progress";
import { RunResult } from "@/components/import/run-result";
import { ImportStatusBadge } from "@/components/import/status-badge";
import { SummaryCards } from "@/components/import/summary-cards";
import { buttonClass } from "@/components/ui/button";
import { Card, CardHeader, PageHeader } from "@/components/ui/card";
import Link from "@/components/ui/link";
import { requirePermission } from "@/lib/auth/viewer";
import { formatNumber, interpolate } from "@/lib/i18n/format";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { isUuid } from "@/lib/import/http";
import { IMPORT_KINDS } from "@/lib/import/kinds";
import { activeTab, RUN_TABS, tabCounts } from "@/lib/import/page-rules";
import { importProgress } from "@/lib/import/queries";
import { importProblemCounts, importProblemPage, importRunHeading } from "@/lib/import/run-list";
import { pageParam } from "@/lib/ui/pagination";

export const metadata: Metadata = { title: "Proses impor" };

type Search = { tampil?: string; page?: string };

export default async function ImportRunPage({ params, searchParams }: { params: Promise<{ runId: string }>; searchParams: Promise<Search> }) {
  const viewer = await requirePermission("import:records");
  const [{ runId }, search] = await Promise.all([params, searchParams]);
  if (!isUuid(runId)) notFound();
  const [run, heading, problemCounts, m, locale] = await Promise.all([
    importProgress(viewer, runId), importRunHeading(viewer, runId), importProblemCounts(viewer, runId), getMessages(), getLocale(),
  ]);
  if (!run || !heading) notFound();
  const t = m.importUi.run;
  const kind = Object.hasOwn(IMPORT_KINDS, run.kind) ? IMPORT_KINDS[run.kind] : undefined;
  const info = kind ? kindInfo(m, kind) : null;
  const basePath = `/admin/impor/proses/${run.id}`;
  const uploadAgain = kind ? <Link href={`/admin/impor/${run.kind}`} className={buttonClass("secondary")}>{t.uploadAgain}</Link> : null;
  const header = (
    <>
      <Link href="/admin/impor" className="mb-2 inline-block text-sm text-brand-700 hover:underline">← {t.backToHub}</Link>
      <PageHeader
        title={interpolate(t.title, { kind: info?.label ?? kindLabel(m, run.kind) })}
        subtitle={interpolate(t.meta, { file: run.fileName, when: formatDateTime(heading.createdAt, locale), who: heading.createdByName })}
      >
        <span data-testid="import-status"><ImportStatusBadge status={run.status} m={m} /></span>
      </PageHeader>
    </>
  );

  if (run.status === "CHECKING" || run.status === "APPLYING") {
    return (
      <>
        {header}
        <Card>
          <RunProgress
            key={run.status} runId={run.id} initial={{ status: run.status, done: run.done, total: run.total, percent: run.percent }}
            labels={{ title: run.status === "CHECKING" ? t.checking : t.applying, label: t.progressLabel, progress: t.progress, wait: t.progressWait }}
          />
        </Card>
      </>
    );
  }
  const refusal = run.summary?.refusal;
  if (run.status === "FAILED" || refusal) {
    const reason = refusal ? (m.fileImport as Record<string, string>)[refusal.reason] : undefined;
    return (
      <>
        {header}
        <Card>
          <CardHeader title={refusal ? t.refusedTitle : m.importUi.status.FAILED} />
          <div className="space-y-4 px-4 py-4 sm:px-5">
            <p className="text-sm text-red-800" data-testid="import-refusal">{refusal ? interpolate(reason ?? refusal.reason, refusal.values) : t.failed}</p>
            {refusal ? <p className="text-sm text-slate-600">{t.refusedHint}</p> : null}
            <div className="flex flex-wrap gap-3">{uploadAgain}</div>
          </div>
        </Card>
      </>
    );
  }

  const counts = tabCounts(run.summary, problemCounts);
  const planned = run.summary?.counts;
  const tabs = RUN_TABS.filter((tab) => (planned && ["baru", "berubah", "hilang"].includes(tab)) || (tab === "galat" && (counts.galat > 0 || !planned)) || (tab === "peringatan" && counts.peringatan > 0));
  const active = activeTab(search.tampil, counts);
  const page = pageParam(search.page);
  const problems = active === "galat" || active === "peringatan" ? await importProblemPage(viewer, run.id, active === "galat" ? "error" : "warning", page, LIST_PAGE_SIZE) : null;
  const open = run.status === "READY" || run.status === "INVALID";
  const n = (v: number) => formatNumber(v, locale);
  // Other records the plan creates on the way (an ASN import's new units and positions), by entity.
  const extras = Object.entries(run.summary?.extraCounts ?? {})
    .filter(([, c]) => c > 0)
    .map(([entity, c]) => interpolate((t.extra as Record<string, string>)[entity] ?? `{count} ${entity}`, { count: n(c) }));
  return (
    <>
      {header}
      {run.status === "APPLIED" ? <RunResult run={run} appliedAt={heading.appliedAt} m={m} locale={locale} /> : null}
      {run.status === "CANCELLED" ? <p className="mb-4 rounded-md bg-slate-100 px-4 py-3 text-sm text-slate-700" data-testid="import-cancelled">{t.cancelledNote}</p> : null}
      <Card className="mb-6">
        <CardHeader title={t.summaryTitle} subtitle={open ? t.summaryHint : undefined} />
        <SummaryCards
          numbers={{ creates: planned?.creates, updates: planned?.updates, unchanged: planned?.unchanged, missing: planned?.missing, errors: problemCounts.errorRows, warnings: problemCounts.warnings }}
          m={m} locale={locale}
        />
        <div className="space-y-1 px-4 pb-4 text-sm text-slate-600 sm:px-5">
          <p>{interpolate(t.rowsRead, { rows: n(run.rowCount) })}</p>
          {extras.length ? <p data-testid="import-extra">{interpolate(t.extraCreates, { list: extras.join(", ") })}</p> : null}
          {run.summary?.ignoredHeaders?.length ? <p className="break-words">{interpolate(t.ignoredHeaders, { headers: run.summary.ignoredHeaders.join(", ") })}</p> : null}
        </div>
        {open ? (
          <div className="flex flex-col gap-4 border-t border-slate-100 px-4 py-4 sm:flex-row sm:flex-wrap sm:items-start sm:justify-between sm:px-5" data-testid="import-actions">
            <ApplyForm
              runId={run.id}
              counts={{ creates: planned?.creates ?? 0, updates: planned?.updates ?? 0, unchanged: planned?.unchanged ?? 0, missing: planned?.missing ?? 0 }}
              canApply={run.status === "READY" && problemCounts.errors === 0}
              endsMissing={info?.endsMissing ?? false}
              locale={locale}
              labels={{
                apply: t.apply, applying: t.applying_, question: t.applyQuestion, questionEnd: t.applyQuestionEnd, confirm: t.applyConfirm, keep: t.keep,
                blocked: t.applyBlocked, endMissingLabel: t.endMissingLabel, endMissingHint: t.endMissingHint,
              }}
            />
            <div className="flex flex-wrap items-start gap-3">
              {problemCounts.errors > 0 ? <a href={`/api/impor/${run.id}/kesalahan`} download className={buttonClass("secondary")} data-testid="import-error-file">{t.downloadErrors}</a> : null}
              {run.status === "INVALID" ? uploadAgain : null}
              <CancelForm runId={run.id} labels={{ cancel: t.cancel, question: t.cancelQuestion, confirm: t.cancelConfirm, keep: t.keep }} />
            </div>
          </div>
        ) : null}
      </Card>
      <Card>
        <DryRun basePath={basePath} summary={run.summary} tabs={tabs} active={active} counts={counts} page={page} problems={problems} m={m} locale={locale} />
      </Card>
    </>
  );
}
