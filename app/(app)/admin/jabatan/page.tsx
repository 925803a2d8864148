import type { Metadata } from "next";
import { PositionTable } from "@/components/org/position-table";
import { buttonClass } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import Link from "@/components/ui/link";
import { Pagination } from "@/components/ui/pagination";
import { FilterSelect, SearchForm } from "@/components/ui/search-form";
import { hasPermission } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/viewer";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { unitChoices } from "@/lib/org/unit-queries";
import { listPositions } from "@/lib/positions/queries";
import { isPositionGroup, POSITION_GROUPS } from "@/lib/positions/rules";
import { pageParam } from "@/lib/ui/pagination";

export const metadata: Metadata = { title: "Jabatan" };

type Search = { q?: string; unitId?: string; group?: string; page?: string };

export default async function PositionsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const viewer = await requirePermission("read:organisation");
  const canManage = hasPermission(viewer.roles, "manage:organisation");
  const params = await searchParams;
  const group = params.group && isPositionGroup(params.group) ? params.group : undefined;
  const [m, locale, units, list] = await Promise.all([
    getMessages(),
    getLocale(),
    unitChoices(viewer),
    listPositions(viewer, { q: params.q, unitId: params.unitId || undefined, group, page: pageParam(params.page) }),
  ]);
  const p = m.org.positions;
  const filtered = Boolean(params.q || params.unitId || group);
  return (
    <>
      <PageHeader title={p.title} subtitle={canManage ? p.subtitle : p.subtitleOperator}>
        {canManage ? <Link href="/admin/jabatan/baru" className={buttonClass()}>{p.newPosition}</Link> : null}
      </PageHeader>
      <Card>
        <SearchForm action="/admin/jabatan" q={params.q} placeholder={p.searchPlaceholder} submitLabel={m.common.filter}>
          <FilterSelect name="unitId" label={p.allUnits} value={params.unitId} options={units.map((u) => ({ value: u.id, label: `${"\u00a0\u00a0".repeat(u.level)}${u.name}` }))} />
          <FilterSelect name="group" label={p.allGroups} value={group} options={POSITION_GROUPS.map((g) => ({ value: g, label: p.groups[g] }))} />
        </SearchForm>
        {list.rows.length ? (
          <>
            <PositionTable rows={list.rows} m={m} locale={locale} linked={canManage} />
            <Pagination page={list} basePath="/admin/jabatan" params={{ q: params.q, unitId: params.unitId, group }} labels={m.common} locale={locale} />
          </>
        ) : (
          <EmptyState title={filtered ? p.noMatch : p.empty} />
        )}
      </Card>
    </>
  );
}
