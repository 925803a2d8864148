import type { Metadata } from "next";
import { AccountTable } from "@/components/accounts/account-table";
import { buttonClass } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import Link from "@/components/ui/link";
import { Pagination } from "@/components/ui/pagination";
import { FilterSelect, SearchForm } from "@/components/ui/search-form";
import { employeesWithoutAccount, listAccounts } from "@/lib/accounts/queries";
import { managesWholeAgency } from "@/lib/accounts/scope";
import { ROLES } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/viewer";
import { formatNumber, interpolate } from "@/lib/i18n/format";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { unitOptions } from "@/lib/org/queries";
import { pageParam } from "@/lib/ui/pagination";

export const metadata: Metadata = { title: "Akun pengguna" };

type Search = { q?: string; role?: string; unitId?: string; status?: string; page?: string };

export default async function AccountsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const viewer = await requirePermission("manage:account", ["unit", "any"]);
  const params = await searchParams;
  const role = ROLES.find((r) => r === params.role);
  const status = params.status === "active" || params.status === "inactive" ? params.status : undefined;
  const [m, locale, units, list, without] = await Promise.all([
    getMessages(),
    getLocale(),
    unitOptions(viewer),
    listAccounts(viewer, { q: params.q, role, unitId: params.unitId || undefined, active: status ? status === "active" : undefined, page: pageParam(params.page) }),
    employeesWithoutAccount(viewer, { page: 1 }),
  ]);
  const t = m.accounts;
  const filtered = Boolean(params.q || role || params.unitId || status);
  return (
    <>
      <PageHeader title={managesWholeAgency(viewer) ? t.title : t.titleUnit} subtitle={t.intro}>
        <Link href="/admin/akun/tanpa-akun" className={buttonClass("primary")} data-testid="without-account-link">
          {interpolate(t.withoutLink, { count: formatNumber(without.total, locale) })}
        </Link>
      </PageHeader>
      <Card>
        <SearchForm action="/admin/akun" q={params.q} placeholder={t.searchPlaceholder} submitLabel={m.common.filter}>
          <FilterSelect name="role" label={t.allRoles} value={role} options={ROLES.map((r) => ({ value: r, label: m.roles[r] }))} />
          <FilterSelect
            name="unitId"
            label={t.allUnits}
            value={params.unitId}
            options={units.map((u) => ({ value: u.id, label: `${"\u00a0\u00a0".repeat(u.depth)}${u.name}` }))}
          />
          <FilterSelect name="status" label={t.allStatuses} value={status} options={[{ value: "active", label: t.statusActive }, { value: "inactive", label: t.statusInactive }]} />
        </SearchForm>
        {list.rows.length ? (
          <>
            <AccountTable rows={list.rows} m={m} locale={locale} />
            <Pagination page={list} basePath="/admin/akun" params={{ q: params.q, role, unitId: params.unitId, status }} labels={m.common} locale={locale} />
          </>
        ) : (
          <EmptyState title={filtered ? t.noMatch : t.empty} />
        )}
      </Card>
    </>
  );
}
