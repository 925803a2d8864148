// The employee page's tabs: each reads its own data (only the open tab is read) and renders area components.
// Adding a tab is one line in EMPLOYEE_TABS.
import { ChangeHistory } from "@/components/audit/change-history";
import { LedgerTable } from "@/components/catalog/ledger-table";
import { StatusBadge } from "@/components/compliance/status-badge";
import { AssignmentHistory } from "@/components/people/assignment-history";
import { ChainPanel } from "@/components/people/chain-panel";
import { EndServiceForm, ReinstateForm } from "@/components/people/end-service-form";
import { InactivityForm } from "@/components/people/inactivity-form";
import { InactivityList } from "@/components/people/inactivity-list";
import { MoveForm } from "@/components/people/move-form";
import { SupervisorForm } from "@/components/people/supervisor-form";
import { TrainingsPanel } from "@/components/people/trainings-panel";
import { buttonClass } from "@/components/ui/button";
import { Card, CardHeader, DetailList, EmptyState } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import type { Viewer } from "@/lib/auth/viewer";
import { hasPermission } from "@/lib/auth/permissions";
import { shortfallMinutes, yearChoices, yearParam } from "@/lib/compliance/rules";
import { formatDate, formatDateRange, interpolate, type Locale } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { formatJp } from "@/lib/ledger/rules";
import { formatNip } from "@/lib/people/nip";
import { directStaffOf, historyOf, jpFigures, jpLedger, supervisorChainOf, trainingsOf } from "@/lib/people/profile-queries";
import { readableIds, type getEmployee } from "@/lib/people/queries";
import { placementOptions } from "@/lib/people/reach";
import { fullName } from "@/lib/people/rules";
import { pageParam, pageWindow } from "@/lib/ui/pagination";
import { competencyTab } from "./competency-tab";

export type Employee = NonNullable<Awaited<ReturnType<typeof getEmployee>>>;
export type PanelContext = {
  viewer: Viewer; employee: Employee; trail: string[]; m: Messages; locale: Locale; canManage: boolean; today: Date;
  search: Record<string, string | undefined>;
};
type Tab = { key: string; label: (m: Messages) => string; render: (c: PanelContext) => Promise<React.ReactNode> };

const iso = (d: Date) => d.toISOString().slice(0, 10);
const LEDGER_PAGE = 50;

async function profile({ viewer, employee: e, trail, m, locale, canManage }: PanelContext) {
  const t = m.people.profile;
  const siasn: [string, string | null][] = [
    [t.pnsId, e.pnsId], [t.nipLama, e.nipLama], [t.birthPlace, e.birthPlace], [t.emailGov, e.emailGov], [t.legalStatus, e.legalStatus],
    [t.pnsDate, e.pnsDate && formatDate(e.pnsDate, locale)], [t.rankDate, e.rankDate && formatDate(e.rankDate, locale)],
  ];
  // A SIASN id or a long official address has no spaces to break at: let it wrap anywhere rather than widen a phone.
  const shown = siasn.filter(([, v]) => v).map(([label, v]): [string, React.ReactNode] => [label, <span key={label} className="break-all">{v}</span>]);
  const name = fullName(e);
  return (
    <div className="grid gap-6 lg:grid-cols-5">
      <div className="min-w-0 space-y-6 lg:col-span-3">
        <Card>
          <CardHeader title={t.identity} />
          <DetailList items={[
            [m.employee.nip, <span key="nip" className="font-mono">{formatNip(e.nip)}</span>],
            [m.employee.kind, `${m.employee[e.kind]} · ${e.rank}`],
            [m.employee.gender, m.employee[e.gender]],
            [t.birthDate, formatDate(e.birthDate, locale)],
            [m.employee.position, `${e.position.name} (${m.positionType[e.position.type]})`],
            [m.employee.unit, <span key="u" className="break-words">{trail.join(" › ")}</span>],
            [m.employee.supervisor, <span key="s" data-testid="detail-supervisor">{e.supervisor ? `${fullName(e.supervisor)} · ${formatNip(e.supervisor.nip)}` : m.employee.noSupervisor}</span>],
            [m.employee.serviceStart, formatDate(e.serviceStartDate, locale)],
            [m.employee.phone, e.phone ?? m.common.none],
            [m.employee.email, <span key="m" className="break-all">{e.email ?? m.common.none}</span>],
          ]} />
        </Card>
        <Card data-testid="siasn-fields">
          <CardHeader title={t.siasn} />
          {shown.length ? <DetailList items={shown} /> : <EmptyState title={t.noSiasn} />}
        </Card>
      </div>
      <div className="min-w-0 space-y-6 lg:col-span-2">
        {hasPermission(viewer.roles, "update:employee-supervisor") ? (
          <Card>
            <CardHeader title={m.supervisorChange.title} subtitle={m.supervisorChange.hint} />
            <SupervisorForm employeeId={e.id} currentNip={e.supervisor?.nip ?? ""} labels={{ candidate: m.supervisorChange.candidate, candidateHint: m.supervisorChange.candidateHint, submit: m.supervisorChange.submit, saving: m.common.saving }} />
          </Card>
        ) : null}
        {e.serviceEndDate ? (
          <Card data-testid="service-ended">
            <CardHeader title={m.people.endService.title} />
            <div className="space-y-3 p-4 sm:p-5">
              <p className="text-sm text-slate-800">{interpolate(m.people.endService.endedOn, { date: formatDate(e.serviceEndDate, locale), reason: e.serviceEndReason ?? m.common.none })}</p>
              {hasPermission(viewer.roles, "reinstate:employee") ? <ReinstateForm employeeId={e.id} name={name} labels={m.people.endService} /> : null}
            </div>
          </Card>
        ) : canManage ? (
          <Card>
            <CardHeader title={m.people.endService.title} subtitle={m.people.endService.hint} />
            <EndServiceForm employeeId={e.id} name={name} labels={m.people.endService} />
          </Card>
        ) : null}
      </div>
    </div>
  );
}

async function jp({ employee: e, m, locale, today, search }: PanelContext) {
  const t = m.people.jp;
  const s = m.complianceList.staff;
  const thisYear = today.getUTCFullYear();
  const year = yearParam(search.tahun, thisYear);
  const [figures, ledger] = await Promise.all([jpFigures(e, year), jpLedger(e, year)]);
  const page = pageWindow([], ledger.entries.length, pageParam(search.page), LEDGER_PAGE);
  const entries = ledger.entries.slice((page.page - 1) * LEDGER_PAGE, page.page * LEDGER_PAGE);
  const jpOf = (minutes: number) => formatJp(minutes, locale);
  return (
    <div className="space-y-6">
      <form method="get" className="flex flex-wrap items-center gap-2">
        <input type="hidden" name="tab" value="jp" />
        <select name="tahun" defaultValue={String(year)} aria-label={t.year} className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm">
          {yearChoices(thisYear, ledger.years).map((y) => <option key={y} value={y}>{y}</option>)}
        </select>
        <button className={buttonClass("secondary")}>{t.show}</button>
      </form>
      <Card data-testid="employee-jp">
        <CardHeader title={interpolate(t.title, { year })} />
        {figures && figures.status !== "EXEMPT" ? (
          <DetailList items={[
            [s.credited, <span key="c" className="font-semibold">{jpOf(figures.creditedMinutes)}</span>],
            [s.target, <span key="t" data-testid="jp-target">{jpOf(figures.targetMinutes)}</span>],
            [m.complianceAdmin.list.activeMonths, interpolate(m.complianceAdmin.list.months, { months: figures.activeMonths })],
            [s.planned, figures.plannedMinutes > 0 ? jpOf(figures.plannedMinutes) : m.common.none],
            [s.shortfall, jpOf(shortfallMinutes(figures.creditedMinutes, figures.targetMinutes))],
            [s.status, <StatusBadge key="st" status={figures.status} labels={m.complianceAdmin.status} />],
          ]} />
        ) : <EmptyState title={interpolate(s.exempt, { year })} />}
      </Card>
      <Card>
        <CardHeader title={interpolate(t.ledgerTitle, { year })} />
        {entries.length ? (
          <>
            <LedgerTable entries={entries} totalMinutes={ledger.totalMinutes} year={year} m={m} locale={locale} />
            {page.pages > 1 ? (
              <Pagination page={{ ...page, from: (page.page - 1) * LEDGER_PAGE + 1, to: (page.page - 1) * LEDGER_PAGE + entries.length }} basePath={`/admin/pegawai/${e.id}`} params={{ tab: "jp", tahun: String(year) }} labels={m.common} locale={locale} />
            ) : null}
          </>
        ) : <EmptyState title={interpolate(t.ledgerEmpty, { year })} />}
      </Card>
    </div>
  );
}

async function trainings({ employee, m, locale }: PanelContext) {
  return <TrainingsPanel data={await trainingsOf(employee)} m={m} locale={locale} />;
}

async function chain({ viewer, employee, m }: PanelContext) {
  const [links, staff] = await Promise.all([supervisorChainOf(employee), directStaffOf(employee)]);
  const readable = await readableIds(viewer, [...links.map((l) => l.id), ...staff.rows.map((r) => r.id)]);
  return <ChainPanel chain={links} staff={staff} self={fullName(employee)} readable={readable} m={m} />;
}

async function history({ viewer, employee: e, m, locale, canManage, today }: PanelContext) {
  const [{ assignments, inactivity }, units] = await Promise.all([historyOf(e), canManage && !e.serviceEndDate ? placementOptions(viewer) : []]);
  const t = m.people;
  const periods = inactivity.map((p) => ({ ...p, startDate: iso(p.startDate), endDate: iso(p.endDate), range: formatDateRange(p.startDate, p.endDate, locale) }));
  return (
    <div className="space-y-6">
      {canManage && !e.serviceEndDate ? (
        <Card>
          <CardHeader title={t.move.title} subtitle={t.move.hint} />
          <MoveForm employeeId={e.id} units={units} today={iso(today)} labels={{ ...t.move, ...t.form }} />
        </Card>
      ) : null}
      <Card>
        <CardHeader title={t.history.title} subtitle={interpolate(t.history.serviceStart, { date: formatDate(e.serviceStartDate, locale) })} />
        {e.serviceEndDate ? (
          <p className="border-b border-slate-100 bg-amber-50 px-4 py-2 text-sm text-amber-900 sm:px-5" data-testid="history-service-end">
            {interpolate(t.endService.endedOn, { date: formatDate(e.serviceEndDate, locale), reason: e.serviceEndReason ?? m.common.none })}
          </p>
        ) : null}
        <AssignmentHistory rows={assignments} m={m} locale={locale} />
      </Card>
      <Card data-testid="inactivity">
        <CardHeader title={t.inactivity.title} subtitle={t.inactivity.hint} />
        {canManage ? (
          <details className="border-b border-slate-100 px-4 py-3 sm:px-5">
            <summary className="cursor-pointer text-sm font-medium text-brand-800">{t.inactivity.add}</summary>
            <div className="pt-4"><InactivityForm employeeId={e.id} labels={t.inactivity} /></div>
          </details>
        ) : null}
        <InactivityList periods={periods} canManage={canManage} labels={t.inactivity} />
      </Card>
    </div>
  );
}

/** The tabs in order; the first is the default. */
export const EMPLOYEE_TABS: readonly Tab[] = [
  { key: "profil", label: (m) => m.people.tabs.profile, render: profile },
  { key: "jp", label: (m) => m.people.tabs.jp, render: jp },
  { key: "pelatihan", label: (m) => m.people.tabs.trainings, render: trainings },
  { key: "kompetensi", label: (m) => m.people.tabs.competencies, render: competencyTab },
  { key: "atasan", label: (m) => m.people.tabs.chain, render: chain },
  { key: "riwayat", label: (m) => m.people.tabs.history, render: history },
  { key: "perubahan", label: (m) => m.audit.history.title, render: async (c) => <ChangeHistory viewer={c.viewer} subject={{ employeeId: c.employee.id }} m={c.m} locale={c.locale} /> },
];
