import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DecisionForms } from "@/components/plan/proposals/decision-forms";
import { ProposalCard } from "@/components/plan/proposals/proposal-card";
import { WindowForm } from "@/components/plan/proposals/window-form";
import { Card, CardHeader, EmptyState, PageHeader } from "@/components/ui/card";
import Link from "@/components/ui/link";
import { Pagination } from "@/components/ui/pagination";
import { FilterSelect, SearchForm } from "@/components/ui/search-form";
import { requirePermission } from "@/lib/auth/viewer";
import { formatDate, interpolate } from "@/lib/i18n/format";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { lastDay } from "@/lib/plan/proposals-rules";
import { planProposalsOverview, PROPOSAL_STATUSES, proposalsPage } from "@/lib/plan/proposals-queries";
import { pageParam } from "@/lib/ui/pagination";

export const metadata: Metadata = { title: "Usulan OPD" };

type Search = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;
const isoDay = (d: Date | null) => d?.toISOString().slice(0, 10) ?? "";

export default async function PlanProposalsAdminPage({ params, searchParams }: { params: Promise<{ year: string }>; searchParams: Promise<Search> }) {
  const viewer = await requirePermission("manage:plan");
  const { year: rawYear } = await params;
  if (!/^\d{4}$/.test(rawYear) || Number(rawYear) < 2000 || Number(rawYear) > 2100) notFound();
  const year = Number(rawYear);
  const raw = await searchParams;
  const [m, locale, overview] = await Promise.all([getMessages(), getLocale(), planProposalsOverview(viewer.agencyId, year)]);
  const t = m.planProposals;
  const path = `/admin/rencana/${year}/usulan`;
  const unitId = overview?.units.some((u) => u.id === one(raw.unit)) ? one(raw.unit) : undefined;
  const status = PROPOSAL_STATUSES.find((s) => s === one(raw.status));
  const q = one(raw.q)?.slice(0, 100);
  const page = overview ? await proposalsPage(viewer, { planId: overview.plan.id }, { unitId, status, q, page: pageParam(raw.page) }) : null;
  const draftOpen = overview?.draft?.status === "DRAFT";
  const lines = (overview?.lines ?? []).map((l) => ({ id: l.id, label: `${l.title}${l.unit ? ` · ${l.unit.name}` : ""} (${l.targetPeople})` }));
  const state = overview?.state ?? "none";
  const windowText = overview?.plan.proposalsOpenAt
    ? interpolate(t.window.current, { state: t.windowState[state], from: formatDate(overview.plan.proposalsOpenAt, locale), to: formatDate(lastDay(overview.plan), locale) })
    : t.windowState.none;
  const counts = Object.fromEntries(PROPOSAL_STATUSES.map((s) => [s, overview?.counts[s] ?? 0]));

  return (
    <>
      <PageHeader title={interpolate(t.admin.title, { year })} subtitle={t.admin.subtitle}>
        <Link href={`/admin/rencana/${year}`} className="text-sm font-medium text-brand-800 hover:underline">{interpolate(t.admin.back, { year })}</Link>
      </PageHeader>
      <div className="space-y-6">
        <Card>
          <CardHeader title={t.window.title} subtitle={overview ? windowText : interpolate(t.admin.noPlan, { year })} />
          <WindowForm
            year={year} t={t.window} hasWindow={Boolean(overview?.plan.proposalsOpenAt)} canClose={state === "open" || state === "upcoming"}
            opensOn={isoDay(overview?.plan.proposalsOpenAt ?? null)} closesOn={isoDay(overview ? lastDay(overview.plan) : null)}
          />
        </Card>
        {overview && page ? (
          <Card>
            <CardHeader
              title={interpolate(t.admin.counts, counts)}
              subtitle={draftOpen && overview.draft
                ? interpolate(t.admin.draftInfo, { version: overview.draft.number === 0 ? t.admin.versionOriginal : interpolate(t.admin.versionRevision, { number: overview.draft.number }) })
                : t.admin.noDraft}
            />
            <SearchForm action={path} q={q} placeholder={t.admin.searchPlaceholder} submitLabel={m.common.search}>
              <FilterSelect name="unit" label={t.admin.allUnits} value={unitId} options={overview.units.map((u) => ({ value: u.id, label: u.name }))} />
              <FilterSelect name="status" label={t.admin.allStatuses} value={status} options={PROPOSAL_STATUSES.map((s) => ({ value: s, label: t.status[s] }))} />
            </SearchForm>
            {page.rows.length ? (
              <>
                <ul className="divide-y divide-slate-100" data-testid="proposals">
                  {page.rows.map((p) => (
                    <ProposalCard key={p.id} p={p} m={m} locale={locale}>
                      {p.status === "PROPOSED" && draftOpen ? <DecisionForms proposalId={p.id} lines={lines} t={t.decide} /> : null}
                    </ProposalCard>
                  ))}
                </ul>
                <Pagination page={page} basePath={path} params={{ unit: unitId, status, q }} labels={m.common} locale={locale} />
              </>
            ) : (
              <EmptyState title={unitId || status || q ? t.admin.emptyFiltered : t.admin.empty} />
            )}
          </Card>
        ) : null}
      </div>
    </>
  );
}
