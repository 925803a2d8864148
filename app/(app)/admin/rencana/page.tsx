import type { Metadata } from "next";
import { CreatePlanForm } from "@/components/plan/core/create-plan-form";
import { StatusBadge, versionLabel } from "@/components/plan/core/labels";
import { Card, CardHeader, EmptyState, PageHeader } from "@/components/ui/card";
import Link from "@/components/ui/link";
import { Table, Td, Th } from "@/components/ui/table";
import { hasPermission } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/viewer";
import { formatNumber, formatRupiah } from "@/lib/i18n/format";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { listPlans } from "@/lib/plan/plans-queries";

export const metadata: Metadata = { title: "Rencana pengembangan kompetensi" };

export default async function PlansPage() {
  const viewer = await requirePermission("read:plan");
  const [m, locale, plans] = await Promise.all([getMessages(), getLocale(), listPlans(viewer.agencyId)]);
  const t = m.planCore;
  const nextYear = new Date().getUTCFullYear() + 1;
  const defaultYear = plans.some((p) => p.year === nextYear) ? Math.max(...plans.map((p) => p.year)) + 1 : nextYear;
  return (
    <>
      <PageHeader title={t.list.title} subtitle={t.list.subtitle} />
      {hasPermission(viewer.roles, "manage:plan") ? (
        <Card className="mb-4">
          <CreatePlanForm t={t} defaultYear={defaultYear} />
        </Card>
      ) : null}
      <Card>
        <CardHeader title={t.list.tableLabel} />
        {plans.length ? (
          <Table label={t.list.tableLabel}>
            <thead>
              <tr>
                <Th>{t.list.year}</Th>
                <Th>{t.list.version}</Th>
                <Th>{t.list.status}</Th>
                <Th className="text-right">{t.list.lines}</Th>
                <Th className="text-right">{t.list.total}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {plans.map((p) => (
                <tr key={p.id} data-testid="plan-row">
                  <Td className="font-semibold">
                    <Link href={`/admin/rencana/${p.year}`} className="text-brand-700 hover:underline">{p.year}</Link>
                  </Td>
                  <Td>{versionLabel(t, p.versionNumber)}</Td>
                  <Td><StatusBadge t={t} status={p.status} /></Td>
                  <Td className="text-right tabular-nums">{formatNumber(p.lines, locale)}</Td>
                  <Td className="whitespace-nowrap text-right tabular-nums">{formatRupiah(p.total)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        ) : (
          <EmptyState title={t.list.emptyTitle}>{t.list.emptyBody}</EmptyState>
        )}
      </Card>
    </>
  );
}
