import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { Card, CardHeader, PageHeader } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/viewer";
import { formatNumber } from "@/lib/i18n/format";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { headcountByOpd } from "@/lib/org/queries";

export const metadata: Metadata = { title: "Dasbor" };

function Stat({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <Card className="p-4">
      <p className="text-sm text-slate-500">{label}</p>
      <p className="mt-1 text-2xl font-semibold text-slate-900" data-testid={testId}>{value}</p>
    </Card>
  );
}

export default async function AdminDashboard() {
  const viewer = await requirePermission("read:agency-dashboard");
  const [m, locale, rows] = await Promise.all([getMessages(), getLocale(), headcountByOpd(viewer)]);
  const sum = (pick: (r: (typeof rows)[number]) => number) => rows.reduce((n, r) => n + pick(r), 0);
  const max = Math.max(1, ...rows.map((r) => r.total));

  return (
    <>
      <PageHeader title={m.admin.title} subtitle={viewer.agencyName} />
      <div className="mb-6 grid grid-cols-2 gap-4 lg:grid-cols-4">
        <Stat label={m.admin.totalAsn} value={formatNumber(sum((r) => r.total), locale)} testId="stat-total" />
        <Stat label={m.admin.totalPns} value={formatNumber(sum((r) => r.pns), locale)} />
        <Stat label={m.admin.totalPppk} value={formatNumber(sum((r) => r.pppk), locale)} />
        <Stat label={m.admin.totalUnits} value={formatNumber(rows.length, locale)} />
      </div>
      <Card className="mb-6 flex flex-wrap items-center justify-between gap-3 p-4 sm:px-5" data-testid="compliance-card">
        <div>
          <h2 className="text-base font-semibold text-slate-900">{m.complianceAdmin.dashboardCard.title}</h2>
          <p className="mt-0.5 text-sm text-slate-600">{m.complianceAdmin.dashboardCard.body}</p>
        </div>
        <Link href="/admin/kepatuhan" className="text-sm font-medium text-brand-700 hover:underline">{m.complianceAdmin.dashboardCard.open} →</Link>
      </Card>
      <Card>
        <CardHeader
          title={m.admin.byOpd}
          action={<Link href="/admin/pegawai" className="text-sm font-medium text-brand-700 hover:underline">{m.admin.seeList} →</Link>}
        />
        <Table label={m.admin.byOpd}>
          <thead>
            <tr>
              <Th>{m.admin.opd}</Th>
              <Th className="w-1/3 hidden sm:table-cell"><span className="sr-only">{m.admin.headcount}</span></Th>
              <Th className="text-right">{m.admin.headcount}</Th>
              <Th className="hidden text-right md:table-cell">{m.admin.totalPns}</Th>
              <Th className="hidden text-right md:table-cell">{m.admin.totalPppk}</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100" data-testid="opd-rows">
            {rows.map((r) => (
              <tr key={r.id}>
                <Td>
                  <Link href={`/admin/pegawai?unitId=${r.id}`} className="font-medium text-brand-800 hover:underline">{r.name}</Link>
                </Td>
                <Td className="hidden sm:table-cell">
                  <div className="h-2 rounded-full bg-slate-100" aria-hidden>
                    <div className="h-2 rounded-full bg-brand-500" style={{ width: `${(r.total / max) * 100}%` }} />
                  </div>
                </Td>
                <Td className="text-right font-semibold tabular-nums">{formatNumber(r.total, locale)}</Td>
                <Td className="hidden text-right tabular-nums md:table-cell">{formatNumber(r.pns, locale)}</Td>
                <Td className="hidden text-right tabular-nums md:table-cell">{formatNumber(r.pppk, locale)}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </Card>
    </>
  );
}
