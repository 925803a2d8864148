import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LedgerTable } from "@/components/catalog/ledger-table";
import { StatusBadge } from "@/components/compliance/status-badge";
import { buttonClass } from "@/components/ui/button";
import { Badge, Card, CardHeader, DetailList, EmptyState, PageHeader } from "@/components/ui/card";
import Link from "@/components/ui/link";
import { requirePermission } from "@/lib/auth/viewer";
import { shortfallMinutes, yearChoices, yearParam } from "@/lib/compliance/rules";
import { teamMemberJp } from "@/lib/compliance/team-member";
import { interpolate } from "@/lib/i18n/format";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { formatJp } from "@/lib/ledger/rules";
import { formatNip } from "@/lib/people/nip";
import { fullName } from "@/lib/people/rules";
import { calendarToday } from "@/lib/time";

export const metadata: Metadata = { title: "JP anggota tim" };

/** One of the supervisor's staff: their JP of the year and its ledger. Anyone not on the viewer's team is a 404. */
export default async function TeamMemberPage({
  params,
  searchParams,
}: {
  params: Promise<{ employeeId: string }>;
  searchParams: Promise<{ tahun?: string }>;
}) {
  const viewer = await requirePermission("read:team");
  const [{ employeeId }, search, m, locale] = await Promise.all([params, searchParams, getMessages(), getLocale()]);
  const thisYear = calendarToday().getUTCFullYear();
  const year = yearParam(search.tahun, thisYear);
  const member = await teamMemberJp(viewer, employeeId, year);
  if (!member) notFound();
  const { employee, figures, ledger } = member;
  const t = m.complianceList.staff;
  const jp = (minutes: number) => formatJp(minutes, locale);

  return (
    <>
      <Link href="/tim" className="text-sm text-brand-700 hover:underline">← {t.back}</Link>
      <PageHeader title={fullName(employee)} subtitle={`${employee.position.name} · ${employee.unit.name}`}>
        <form method="get" className="flex items-center gap-2">
          <select name="tahun" defaultValue={String(year)} aria-label={m.jp.year} className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm">
            {yearChoices(thisYear).map((y) => <option key={y} value={y}>{y}</option>)}
          </select>
          <button className={buttonClass("secondary")}>{m.jp.show}</button>
        </form>
      </PageHeader>
      <div className="grid gap-6 lg:grid-cols-5">
        <Card className="min-w-0 lg:col-span-2">
          <DetailList
            items={[
              [m.employee.nip, <span key="nip" className="font-mono">{formatNip(employee.nip)}</span>],
              [m.employee.kind, `${m.employee[employee.kind]} · ${employee.rank}`],
              [m.team.relation, member.depth === 1 ? <Badge key="r" tone="brand">{m.team.direct}</Badge> : <Badge key="r">{m.team.indirect}</Badge>],
            ]}
          />
        </Card>
        <Card className="min-w-0 lg:col-span-3" data-testid="staff-jp">
          <CardHeader title={interpolate(t.jpTitle, { year })} />
          {figures && figures.status !== "EXEMPT" ? (
            <DetailList
              items={[
                [t.credited, <span key="c" className="font-semibold" data-testid="staff-credited">{jp(figures.creditedMinutes)}</span>],
                [t.target, jp(figures.targetMinutes)],
                [t.planned, figures.plannedMinutes > 0 ? jp(figures.plannedMinutes) : m.common.none],
                [t.shortfall, jp(shortfallMinutes(figures.creditedMinutes, figures.targetMinutes))],
                [t.status, <StatusBadge key="s" status={figures.status} labels={m.complianceAdmin.status} />],
              ]}
            />
          ) : (
            <EmptyState title={interpolate(t.exempt, { year })} />
          )}
        </Card>
      </div>
      <Card className="mt-6">
        <CardHeader title={interpolate(t.ledgerTitle, { year })} />
        {ledger.entries.length ? (
          <LedgerTable entries={ledger.entries} totalMinutes={ledger.totalMinutes} year={year} m={m} locale={locale} />
        ) : (
          <EmptyState title={interpolate(t.ledgerEmpty, { year })} />
        )}
      </Card>
    </>
  );
}
