import type { Metadata } from "next";
import { ProposalCard } from "@/components/plan/proposals/proposal-card";
import { ProposeForm } from "@/components/plan/proposals/propose-form";
import { WithdrawForm } from "@/components/plan/proposals/withdraw-form";
import { Card, CardHeader, EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { FilterSelect } from "@/components/ui/search-form";
import { ROUTE_CODES } from "@/lib/catalog/rules";
import { asManager } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/viewer";
import { formatDate, interpolate } from "@/lib/i18n/format";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { unitOptions } from "@/lib/org/queries";
import { lastDay } from "@/lib/plan/proposals-rules";
import { competencyOptions, needsOfUnit, plansTakingProposals, proposalsPage } from "@/lib/plan/proposals-queries";
import { pageParam } from "@/lib/ui/pagination";

export const metadata: Metadata = { title: "Usulan rencana" };

const PATH = "/admin/usulan-rencana";
type Search = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;

export default async function OperatorPlanProposalsPage({ searchParams }: { searchParams: Promise<Search> }) {
  // OPD operators only (propose:plan, their unit subtree); the admin decides on /admin/rencana/[year]/usulan.
  const viewer = await requirePermission("propose:plan");
  const raw = await searchParams;
  const [m, locale, plans, units] = await Promise.all([getMessages(), getLocale(), plansTakingProposals(viewer.agencyId), unitOptions(asManager(viewer))]);
  const t = m.planProposals;
  const unit = units.find((u) => u.id === one(raw.unit)) ?? units[0];
  const openPlans = plans.filter((p) => p.state === "open");
  const open = openPlans.find((p) => String(p.year) === one(raw.year)) ?? openPlans[0];
  const [needs, competencies, mine] = await Promise.all([
    open && unit ? needsOfUnit(viewer, unit.id) : [],
    open ? competencyOptions(viewer.agencyId) : [],
    proposalsPage(viewer, {}, { page: pageParam(raw.page) }),
  ]);

  return (
    <>
      <PageHeader title={t.operator.title} subtitle={t.operator.subtitle} />
      <div className="space-y-6">
        <Card>
          <CardHeader title={t.operator.plans} />
          {plans.length ? (
            <ul className="divide-y divide-slate-100" data-testid="open-windows">
              {plans.map((p) => (
                <li key={p.id} className="px-4 py-3 text-sm text-slate-800 sm:px-5">
                  {interpolate(t.operator.planWindow, { year: p.year, state: t.windowState[p.state], from: formatDate(p.proposalsOpenAt, locale), to: formatDate(lastDay(p), locale) })}
                  {p.state === "upcoming" ? <span className="block text-slate-500">{interpolate(t.operator.notYet, { date: formatDate(p.proposalsOpenAt, locale) })}</span> : null}
                </li>
              ))}
            </ul>
          ) : <EmptyState title={t.operator.noPlans} />}
        </Card>
        {open ? (
          <Card>
            <CardHeader title={interpolate(t.form.title, { year: open.year })} subtitle={unit ? `${t.form.unit}: ${unit.name}` : t.operator.noUnit} />
            {units.length > 1 || openPlans.length > 1 ? (
              <form action={PATH} method="get" className="flex flex-wrap items-end gap-2 border-b border-slate-100 px-4 py-3 sm:px-5">
                {openPlans.length > 1 ? <FilterSelect name="year" label={t.form.year} value={String(open.year)} options={openPlans.map((p) => ({ value: String(p.year), label: String(p.year) }))} /> : null}
                <FilterSelect name="unit" label={t.form.unit} value={unit?.id} options={units.map((u) => ({ value: u.id, label: `${"\u00a0\u00a0".repeat(u.depth)}${u.name}` }))} />
                <button className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50">{t.form.chooseUnit}</button>
              </form>
            ) : null}
            {unit ? (
              <ProposeForm
                key={unit.id} planId={open.id} unitId={unit.id} needs={needs} t={t.form}
                competencies={competencies.map((c) => ({ value: c.id, label: `${c.code} ${c.name}` }))}
                routes={ROUTE_CODES.map((r) => ({ value: r, label: `${r} ${m.trainingAdmin.routes[r]}` }))}
              />
            ) : null}
          </Card>
        ) : null}
        <Card>
          <CardHeader title={t.mine.title} />
          {mine?.rows.length ? (
            <>
              <ul className="divide-y divide-slate-100" data-testid="my-proposals">
                {mine.rows.map((p) => (
                  <ProposalCard key={p.id} p={p} m={m} locale={locale}>
                    {p.status === "PROPOSED" ? <WithdrawForm proposalId={p.id} t={t.mine} /> : null}
                  </ProposalCard>
                ))}
              </ul>
              <Pagination page={mine} basePath={PATH} params={{ unit: one(raw.unit), year: one(raw.year) }} labels={m.common} locale={locale} />
            </>
          ) : <EmptyState title={t.mine.empty} />}
        </Card>
      </div>
    </>
  );
}
