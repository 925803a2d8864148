import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EmployeeTabs } from "@/components/people/employee-tabs";
import { Badge, PageHeader } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import Link from "@/components/ui/link";
import { requirePermission } from "@/lib/auth/viewer";
import { formatDate, interpolate } from "@/lib/i18n/format";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { formatJp } from "@/lib/ledger/rules";
import { ledgerLinksFor } from "@/lib/people/page-links";
import { jpFigures } from "@/lib/people/profile-queries";
import { getEmployee, unitTrail } from "@/lib/people/queries";
import { mayManageEmployee } from "@/lib/people/reach";
import { fullName } from "@/lib/people/rules";
import { calendarToday } from "@/lib/time";
import { EMPLOYEE_TABS } from "./panels";

export const metadata: Metadata = { title: "Data pegawai" };

type Search = Record<string, string | undefined>;

export default async function EmployeeDetailPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Search> }) {
  const viewer = await requirePermission("read:employee", ["unit", "any"]);
  const [{ id }, search] = await Promise.all([params, searchParams]);
  const [m, locale, employee] = await Promise.all([getMessages(), getLocale(), getEmployee(viewer, id)]);
  if (!employee) notFound();
  const today = calendarToday();
  const year = today.getUTCFullYear();
  const [trail, canManage, figures] = await Promise.all([unitTrail(employee.unit.path), mayManageEmployee(viewer, employee.id), jpFigures(employee, year)]);
  const tab = EMPLOYEE_TABS.find((t) => t.key === search.tab) ?? EMPLOYEE_TABS[0]!;
  const base = `/admin/pegawai/${employee.id}`;
  const links = ledgerLinksFor(viewer.roles);
  const t = m.people;

  return (
    <>
      <Link href="/admin/pegawai" className="text-sm text-brand-700 hover:underline">← {m.common.back}</Link>
      <PageHeader title={fullName(employee)} subtitle={`${employee.position.name} · ${employee.unit.name}`}>
        <div className="flex flex-wrap gap-2">
          {canManage ? <Link href={`${base}/ubah`} className={buttonClass("secondary")}>{t.edit}</Link> : null}
          {links.correction ? <Link href={`${base}/koreksi-jp`} className={buttonClass("secondary")}>{t.correctJp}</Link> : null}
          {links.external ? <Link href={`${base}/diklat-eksternal/baru`} className={buttonClass("secondary")}>{t.recordExternal}</Link> : null}
        </div>
      </PageHeader>
      <div className="-mt-3 mb-5 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm text-slate-700" data-testid="employee-summary">
        {employee.serviceEndDate ? <Badge tone="red">{interpolate(t.ended, { date: formatDate(employee.serviceEndDate, locale) })}</Badge> : null}
        {figures && figures.status !== "EXEMPT" ? (
          <>
            <span>{interpolate(t.summary.target, { year })}: <strong data-testid="summary-target">{formatJp(figures.targetMinutes, locale)}</strong></span>
            <span>{t.summary.credited}: <strong>{formatJp(figures.creditedMinutes, locale)}</strong></span>
            <span className="text-slate-500" data-testid="summary-active-months">{interpolate(t.summary.activeMonths, { months: figures.activeMonths })}</span>
          </>
        ) : (
          <span data-testid="summary-target">{interpolate(t.summary.exempt, { year })}</span>
        )}
      </div>
      <EmployeeTabs
        label={t.tabs.label}
        current={tab.key}
        tabs={EMPLOYEE_TABS.map((x) => ({ key: x.key, label: x.label(m), href: x === EMPLOYEE_TABS[0] ? base : `${base}?tab=${x.key}` }))}
      />
      {await tab.render({ viewer, employee, trail, m, locale, canManage, today, search })}
    </>
  );
}
