import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { ProgramTable } from "@/components/training-admin/program-table";
import { buttonClass } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { FilterSelect, SearchForm } from "@/components/ui/search-form";
import { requirePermission } from "@/lib/auth/viewer";
import { listPrograms } from "@/lib/catalog/admin-queries";
import { ROUTE_CODES } from "@/lib/catalog/rules";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { pageParam } from "@/lib/ui/pagination";

export const metadata: Metadata = { title: "Kelola pelatihan" };

type Search = { q?: string; routeCode?: string; page?: string };

export default async function ProgramsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const viewer = await requirePermission("manage:program");
  const params = await searchParams;
  const routeCode = ROUTE_CODES.find((c) => c === params.routeCode);
  const [m, locale, list] = await Promise.all([
    getMessages(),
    getLocale(),
    listPrograms(viewer, { q: params.q, routeCode, page: pageParam(params.page) }),
  ]);
  const t = m.trainingAdmin;
  const filtered = Boolean(params.q?.trim() || routeCode);
  const newButton = <Link href="/admin/pelatihan/baru" className={buttonClass("primary")}>{t.list.newProgram}</Link>;

  return (
    <>
      <PageHeader title={t.list.title} subtitle={t.list.subtitle}>{newButton}</PageHeader>
      <Card>
        <SearchForm action="/admin/pelatihan" q={params.q} placeholder={t.list.searchPlaceholder} submitLabel={m.common.filter}>
          <FilterSelect name="routeCode" label={t.list.allRoutes} value={routeCode} options={ROUTE_CODES.map((c) => ({ value: c, label: `${c} · ${t.routes[c]}` }))} />
        </SearchForm>
        {list.rows.length ? (
          <>
            <ProgramTable rows={list.rows} t={t} />
            <Pagination page={list} basePath="/admin/pelatihan" params={{ q: params.q, routeCode }} labels={m.common} locale={locale} />
          </>
        ) : filtered ? (
          <EmptyState title={t.list.noMatch}>
            <Link href="/admin/pelatihan" className="font-medium text-brand-700 hover:underline">{m.common.reset}</Link>
          </EmptyState>
        ) : (
          <EmptyState title={t.list.empty}>
            <p className="mb-4">{t.list.emptyHint}</p>
            {newButton}
          </EmptyState>
        )}
      </Card>
    </>
  );
}
