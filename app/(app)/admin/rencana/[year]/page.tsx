import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PlanLinesTable, PlanTotals } from "@/components/plan/core/plan-lines-table";
import { VersionActions } from "@/components/plan/core/version-actions";
import { VersionTabs } from "@/components/plan/core/version-tabs";
import { buttonClass } from "@/components/ui/button";
import { Card, CardHeader, EmptyState, PageHeader } from "@/components/ui/card";
import Link from "@/components/ui/link";
import { hasPermission } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/viewer";
import { interpolate } from "@/lib/i18n/format";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { planOfYearView } from "@/lib/plan/plans-queries";
import { canStartRevision } from "@/lib/plan/rules";
import { planYearParam, versionParam } from "@/lib/plan/plans-params";

export const metadata: Metadata = { title: "Rencana pengembangan kompetensi" };

type Search = Record<string, string | string[] | undefined>;

export default async function PlanYearPage({ params, searchParams }: { params: Promise<{ year: string }>; searchParams: Promise<Search> }) {
  const viewer = await requirePermission("read:plan");
  const year = planYearParam((await params).year);
  if (!year) notFound();
  const [m, locale, view] = await Promise.all([getMessages(), getLocale(), planOfYearView(viewer.agencyId, year, versionParam((await searchParams).versi))]);
  const t = m.planCore;
  const back = <Link href="/admin/rencana" className={buttonClass("secondary")}>{t.year.back}</Link>;
  if (!view) {
    return (
      <>
        <PageHeader title={interpolate(t.year.title, { year })}>{back}</PageHeader>
        <Card><EmptyState title={interpolate(t.year.notFoundTitle, { year })}>{t.list.createHint}</EmptyState></Card>
      </>
    );
  }
  const { version } = view;
  const canManage = hasPermission(viewer.roles, "manage:plan");
  const canApprove = hasPermission(viewer.roles, "approve:plan");
  const editable = version.status === "DRAFT" && canManage;
  return (
    <>
      <PageHeader title={interpolate(t.year.title, { year })}>
        {view.versions.length > 1 ? (
          <Link href={`/admin/rencana/${year}/perbandingan?dari=${view.versions.at(-2)!.number}&ke=${view.versions.at(-1)!.number}`} className={buttonClass("secondary")}>
            {t.year.compare}
          </Link>
        ) : null}
        {back}
      </PageHeader>
      {/* The plan's other views: proposals (who drafts it), plan against actual, and the documents of this version. */}
      <nav className="mb-4 flex flex-wrap gap-2" aria-label={m.planNav.nav.section} data-testid="plan-views">
        {canManage ? <Link href={`/admin/rencana/${year}/usulan`} className={buttonClass("secondary", "py-1.5")}>{m.planNav.nav.proposals}</Link> : null}
        <Link href={`/admin/rencana/${year}/realisasi`} className={buttonClass("secondary", "py-1.5")}>{m.planActual.report.link}</Link>
        <Link href={`/admin/rencana/${year}/cetak?versi=${version.number}`} className={buttonClass("secondary", "py-1.5")}>{m.planDocuments.page.print}</Link>
        <a href={`/api/ekspor/rencana/${year}/lampiran?versi=${version.number}`} className={buttonClass("secondary", "py-1.5")}>{m.planDocuments.page.download}</a>
      </nav>
      <Card className="mb-4 space-y-4 p-4 sm:p-5">
        <VersionTabs view={view} t={t} locale={locale} />
        {version.status === "APPROVED" ? <p className="rounded-md bg-slate-50 px-3 py-2 text-sm text-slate-700" data-testid="lock-note">{t.year.locked}</p> : null}
        {version.status === "SUBMITTED" ? <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">{t.year.submittedNote}</p> : null}
        <VersionActions
          t={t} planId={view.plan.id} version={{ id: version.id, number: version.number, status: version.status }}
          canRevise={canStartRevision(view.versions) && version.id === view.versions.at(-1)!.id} canManage={canManage} canApprove={canApprove}
        />
      </Card>
      <Card className="mb-4">
        <CardHeader
          title={t.year.lines}
          action={editable ? <Link href={`/admin/rencana/${year}/baris/baru`} className={buttonClass("primary", "py-1.5")}>{t.year.addLine}</Link> : undefined}
        />
        {view.lines.length ? <PlanLinesTable view={view} m={m} locale={locale} /> : <EmptyState title={t.year.emptyTitle}>{t.year.emptyBody}</EmptyState>}
      </Card>
      {view.lines.length ? (
        <Card>
          <CardHeader title={t.year.totals} />
          <PlanTotals view={view} m={m} />
        </Card>
      ) : null}
    </>
  );
}
