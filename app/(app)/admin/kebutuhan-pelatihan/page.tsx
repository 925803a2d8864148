import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { NeedsExplainer } from "@/components/competency/needs/needs-explainer";
import { NeedsTable } from "@/components/competency/needs/needs-table";
import { ADD_TO_PLAN_FORM, AddToPlanBar } from "@/components/plan/core/add-to-plan";
import { buttonClass } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import Link from "@/components/ui/link";
import { Pagination } from "@/components/ui/pagination";
import { FilterSelect } from "@/components/ui/search-form";
import { accessFor, asManager, hasPermission } from "@/lib/auth/permissions";
import { pageViewer } from "@/lib/auth/viewer";
import { trainingNeedsPage, type NeedFilters } from "@/lib/competency/needs";
import { formatDate, interpolate } from "@/lib/i18n/format";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { unitOptions } from "@/lib/org/queries";
import { POSITION_TYPES } from "@/lib/people/enums";
import { pageParam } from "@/lib/ui/pagination";

export const metadata: Metadata = { title: "Kebutuhan pelatihan" };

const PATH = "/admin/kebutuhan-pelatihan";
type Search = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;

export default async function TrainingNeedsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const viewer = await pageViewer();
  // Admins see the agency, operators their unit subtree (read:competency-gap); a supervisor's team has /tim/kompetensi.
  if (!accessFor(viewer.roles, "read:competency-gap").some((a) => a === "any" || a === "unit")) forbidden();
  const raw = await searchParams;
  const units = await unitOptions(asManager(viewer));
  const unitId = units.some((u) => u.id === one(raw.unitId)) ? one(raw.unitId) : undefined;
  const positionType = POSITION_TYPES.find((p) => p === one(raw.positionType));
  const filters: NeedFilters = { unitId, positionType, page: pageParam(raw.page) };
  const [m, locale, result] = await Promise.all([getMessages(), getLocale(), trainingNeedsPage(viewer, filters)]);
  const t = m.compNeeds.needs;
  const canPlan = hasPermission(viewer.roles, "manage:plan");
  const query = { unitId, positionType };
  const exportQuery = new URLSearchParams(Object.entries(query).filter(([, v]) => v) as [string, string][]).toString();

  return (
    <>
      <PageHeader title={t.title} subtitle={interpolate(t.subtitle, { date: formatDate(result.evaluatedOn, locale) })}>
        <a href={`/api/ekspor/kebutuhan-pelatihan${exportQuery ? `?${exportQuery}` : ""}`} className={buttonClass("secondary")} data-testid="export-xlsx">
          {t.export}
        </a>
      </PageHeader>
      <NeedsExplainer weighting={result.weighting} m={m} />
      <Card>
        <form action={PATH} method="get" className="flex flex-wrap items-end gap-2 border-b border-slate-100 px-4 py-3 sm:px-5">
          <FilterSelect
            name="unitId"
            label={t.allUnits}
            value={unitId}
            options={units.map((u) => ({ value: u.id, label: `${"\u00a0\u00a0".repeat(u.depth)}${u.name}` }))}
          />
          <FilterSelect name="positionType" label={t.allTypes} value={positionType} options={POSITION_TYPES.map((p) => ({ value: p, label: m.positionType[p] }))} />
          <button className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800">{m.common.filter}</button>
          <Link href={PATH} className="px-2 py-2 text-sm font-medium text-slate-600 hover:text-slate-900 hover:underline">{m.common.reset}</Link>
        </form>
        {result.page.rows.length ? (
          <>
            {canPlan ? <AddToPlanBar t={m.planCore} defaultYear={new Date().getUTCFullYear() + 1} /> : null}
            <NeedsTable rows={result.page.rows} canCreate={hasPermission(viewer.roles, "manage:program")} m={m} locale={locale} planForm={canPlan ? ADD_TO_PLAN_FORM : undefined} />
            <Pagination page={result.page} basePath={PATH} params={query} labels={m.common} locale={locale} />
          </>
        ) : (
          <EmptyState title={t.emptyTitle}>{t.emptyBody}</EmptyState>
        )}
      </Card>
    </>
  );
}
