import type { Metadata } from "next";
import { BulkCreateBar } from "@/components/accounts/bulk-create-bar";
import { CreateAccountButton } from "@/components/accounts/create-account-button";
import { BulkSelection, RowCheckbox } from "@/components/bulk/selection";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/card";
import Link from "@/components/ui/link";
import { Pagination } from "@/components/ui/pagination";
import { FilterSelect, SearchForm } from "@/components/ui/search-form";
import { Table, Td, Th } from "@/components/ui/table";
import { employeesWithoutAccount } from "@/lib/accounts/queries";
import { requirePermission } from "@/lib/auth/viewer";
import { interpolate } from "@/lib/i18n/format";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { formatNip } from "@/lib/people/nip";
import { unitOptions } from "@/lib/org/queries";
import { pageParam } from "@/lib/ui/pagination";

export const metadata: Metadata = { title: "Pegawai tanpa akun" };

type Search = { q?: string; unitId?: string; page?: string };

export default async function WithoutAccountPage({ searchParams }: { searchParams: Promise<Search> }) {
  const viewer = await requirePermission("manage:account", ["unit", "any"]);
  const params = await searchParams;
  const [m, locale, units, list] = await Promise.all([
    getMessages(),
    getLocale(),
    unitOptions(viewer),
    employeesWithoutAccount(viewer, { q: params.q, unitId: params.unitId || undefined, page: pageParam(params.page) }),
  ]);
  const t = m.accounts;
  const filtered = Boolean(params.q || params.unitId);
  return (
    <>
      <p className="mb-2 text-sm"><Link href="/admin/akun" className="text-brand-800 hover:underline">← {t.backToList}</Link></p>
      <PageHeader title={t.withoutTitle} subtitle={t.withoutIntro} />
      <Card>
        <SearchForm action="/admin/akun/tanpa-akun" q={params.q} placeholder={m.common.searchPlaceholder} submitLabel={m.common.filter}>
          <FilterSelect
            name="unitId"
            label={t.allUnits}
            value={params.unitId}
            options={units.map((u) => ({ value: u.id, label: `${"\u00a0\u00a0".repeat(u.depth)}${u.name}` }))}
          />
        </SearchForm>
        {list.rows.length ? (
          <BulkSelection items={list.rows.map((r) => ({ id: r.id, name: r.name }))}>
            <BulkCreateBar t={t} bulk={m.bulk} />
            <Table label={t.withoutTitle}>
              <thead>
                <tr>
                  <Th className="w-10"><span className="sr-only">{m.bulk.selectAll}</span></Th>
                  <Th>{m.employee.name}</Th>
                  <Th className="hidden md:table-cell">{m.employee.unit}</Th>
                  <Th className="hidden sm:table-cell">{m.employee.kind}</Th>
                  <Th><span className="sr-only">{t.createOne}</span></Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100" data-testid="without-account-rows">
                {list.rows.map((row) => (
                  <tr key={row.id} className="hover:bg-slate-50">
                    <Td><RowCheckbox id={row.id} label={interpolate(m.bulk.selectRow, { name: row.name })} /></Td>
                    <Td className="min-w-48">
                      <span className="break-words font-medium">{row.name}</span>
                      <p className="font-mono text-xs text-slate-500">{formatNip(row.nip)}</p>
                      <p className="break-words text-xs text-slate-600">{row.positionName}</p>
                      <p className="text-xs text-slate-600 md:hidden">{row.unitName}</p>
                    </Td>
                    <Td className="hidden md:table-cell">{row.unitName}</Td>
                    <Td className="hidden sm:table-cell"><Badge tone={row.kind === "PNS" ? "brand" : "amber"}>{m.employee[row.kind]}</Badge></Td>
                    <Td><CreateAccountButton employeeId={row.id} name={row.name} t={t} /></Td>
                  </tr>
                ))}
              </tbody>
            </Table>
            <Pagination page={list} basePath="/admin/akun/tanpa-akun" params={{ q: params.q, unitId: params.unitId }} labels={m.common} locale={locale} />
          </BulkSelection>
        ) : (
          <EmptyState title={filtered ? t.withoutNoMatch : t.withoutEmpty} />
        )}
      </Card>
    </>
  );
}
