import type { Metadata } from "next";
import { EmployeeTable } from "@/components/people/employee-table";
import { buttonClass } from "@/components/ui/button";
import Link from "@/components/ui/link";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { FilterSelect, SearchForm } from "@/components/ui/search-form";
import { hasPermission } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/viewer";
import { EMPLOYEE_KINDS, POSITION_TYPES } from "@/lib/people/enums";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { unitOptions } from "@/lib/org/queries";
import { listEmployees } from "@/lib/people/queries";
import { pageParam } from "@/lib/ui/pagination";

export const metadata: Metadata = { title: "Pegawai" };

type Search = { q?: string; unitId?: string; positionType?: string; kind?: string; page?: string };

export default async function EmployeesPage({ searchParams }: { searchParams: Promise<Search> }) {
  const viewer = await requirePermission("read:employee", ["unit", "any"]);
  const agencyWide = hasPermission(viewer.roles, "read:agency-dashboard");
  const params = await searchParams;
  const positionType = POSITION_TYPES.find((t) => t === params.positionType);
  const kind = EMPLOYEE_KINDS.find((k) => k === params.kind);
  const [m, locale, units, list] = await Promise.all([
    getMessages(),
    getLocale(),
    unitOptions(viewer),
    listEmployees(viewer, { q: params.q, unitId: params.unitId || undefined, positionType, kind, page: pageParam(params.page) }),
  ]);
  const filtered = Boolean(params.q || params.unitId || positionType || kind);

  return (
    <>
      <PageHeader title={agencyWide ? m.admin.employeesTitle : m.admin.unitEmployeesTitle}>
        {hasPermission(viewer.roles, "manage:employee") ? <Link href="/admin/pegawai/baru" className={buttonClass("primary")}>{m.people.add}</Link> : null}
      </PageHeader>
      <Card>
        <SearchForm action="/admin/pegawai" q={params.q} placeholder={m.common.searchPlaceholder} submitLabel={m.common.filter}>
          <FilterSelect
            name="unitId"
            label={m.admin.allUnits}
            value={params.unitId}
            options={units.map((u) => ({ value: u.id, label: `${"\u00a0\u00a0".repeat(u.depth)}${u.name}` }))}
          />
          <FilterSelect name="positionType" label={m.admin.allTypes} value={positionType} options={POSITION_TYPES.map((t) => ({ value: t, label: m.positionType[t] }))} />
          <FilterSelect name="kind" label={m.admin.allKinds} value={kind} options={EMPLOYEE_KINDS.map((k) => ({ value: k, label: m.employee[k] }))} />
        </SearchForm>
        {list.rows.length ? (
          <>
            <EmployeeTable rows={list.rows} m={m} linkTo={(row) => `/admin/pegawai/${row.id}`} />
            <Pagination
              page={list}
              basePath="/admin/pegawai"
              params={{ q: params.q, unitId: params.unitId, positionType, kind }}
              labels={m.common}
              locale={locale}
            />
          </>
        ) : (
          <EmptyState title={filtered ? m.admin.noMatch : m.admin.empty} />
        )}
      </Card>
    </>
  );
}
