import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { CatalogFilters, type CatalogParams } from "@/components/catalog/catalog-filters";
import { CatalogList } from "@/components/catalog/catalog-list";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { requirePermission } from "@/lib/auth/viewer";
import { hasPermission } from "@/lib/auth/permissions";
import { batchMonths, competencyOptions, listCatalog, monthRange, viewerEligibility } from "@/lib/catalog/queries";
import { viewerProblem } from "@/lib/enrolment/rules";
import { interpolate } from "@/lib/i18n/format";
import { isInService } from "@/lib/people/rules";
import { calendarToday } from "@/lib/time";
import { ROUTE_CODES } from "@/lib/catalog/rules";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { pageParam } from "@/lib/ui/pagination";
import { isUuid } from "@/lib/uuid";

export const metadata: Metadata = { title: "Katalog pelatihan" };

type Search = Partial<Record<keyof CatalogParams | "page", string | string[]>>;

/** A repeated query parameter (?q=a&q=b) arrives as an array: the first one counts. */
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function CatalogPage({ searchParams }: { searchParams: Promise<Search> }) {
  const viewer = await requirePermission("read:catalog");
  const search = await searchParams;
  const raw = Object.fromEntries(Object.entries(search).map(([k, v]) => [k, one(v)])) as Partial<Record<keyof Search, string>>;
  // Only well-formed values reach the query and the links; anything else is dropped.
  const params: CatalogParams = {
    q: raw.q?.trim().slice(0, 200) || undefined,
    route: ROUTE_CODES.find((c) => c === raw.route),
    competencyId: isUuid(raw.competencyId) ? raw.competencyId : undefined,
    month: monthRange(raw.month) ? raw.month : undefined,
    seats: raw.seats === "1" ? "1" : undefined,
    eligible: raw.eligible === "1" && viewer.employeeId ? "1" : undefined,
    unscheduled: raw.unscheduled === "1" ? "1" : undefined,
  };
  const mayRegister = Boolean(viewer.employeeId) && hasPermission(viewer.roles, "register:enrolment");
  const [m, locale, competencies, months, me, list] = await Promise.all([
    getMessages(),
    getLocale(),
    competencyOptions(viewer),
    batchMonths(viewer),
    mayRegister ? viewerEligibility(viewer) : null,
    listCatalog(viewer, {
      q: params.q,
      routeCode: ROUTE_CODES.find((c) => c === params.route),
      competencyId: params.competencyId,
      month: params.month,
      seatsLeft: params.seats === "1",
      eligibleOnly: params.eligible === "1",
      unscheduled: params.unscheduled === "1",
      page: pageParam(raw.page),
    }),
  ]);
  const t = m.trainingAsn;
  const e = m.eligibility.catalog;
  const candidate = me ? { positionType: me.positionType, unitPath: me.unitPath, inService: isInService(me, calendarToday()) } : null;
  const hints = candidate
    ? new Map(list.rows.map((r) => [r.id, viewerProblem(candidate, r, r.nextBatch?.quotaPaths ?? [])]))
    : undefined;
  // Programs without a scheduled batch are only counted, with a link that shows them (after the others).
  const hidden = !params.unscheduled && list.unscheduled > 0 ? (
    <p className="border-b border-slate-100 px-4 py-2 text-sm text-slate-600 sm:px-5" data-testid="unscheduled-hint">
      {interpolate(e.unscheduledHidden, { count: list.unscheduled })}{" "}
      <Link href={`/pelatihan?${new URLSearchParams({ ...Object.fromEntries(Object.entries(params).filter(([, v]) => v)), unscheduled: "1" })}`} className="font-medium text-brand-800 underline">
        {e.showThem}
      </Link>
    </p>
  ) : null;
  const filtered = Object.values(params).some(Boolean);
  // Keep a filtered month in the list even when it is older than the options offered.
  const monthOptions = params.month && !months.includes(params.month) ? [params.month, ...months] : months;

  return (
    <>
      <PageHeader title={t.catalogTitle} subtitle={t.catalogSubtitle} />
      <Card>
        <CatalogFilters params={params} competencies={competencies} months={monthOptions} canFilterForMe={Boolean(viewer.employeeId)} m={m} locale={locale} />
        {hidden}
        {list.rows.length ? (
          <>
            <CatalogList rows={list.rows} hints={hints} m={m} locale={locale} />
            <Pagination page={list} basePath="/pelatihan" params={{ ...params }} labels={m.common} locale={locale} />
          </>
        ) : (
          <EmptyState title={filtered ? t.catalogNoMatch : t.catalogEmpty}>
            {filtered ? <Link href="/pelatihan" className="font-medium text-brand-800 hover:underline">{m.common.reset}</Link> : null}
          </EmptyState>
        )}
      </Card>
    </>
  );
}
