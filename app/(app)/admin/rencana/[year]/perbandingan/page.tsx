import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { versionLabel } from "@/components/plan/core/labels";
import { VersionDiff } from "@/components/plan/core/version-diff";
import { buttonClass } from "@/components/ui/button";
import { Card, CardHeader, EmptyState, PageHeader } from "@/components/ui/card";
import Link from "@/components/ui/link";
import { Select } from "@/components/training-admin/form-controls";
import { requirePermission } from "@/lib/auth/viewer";
import { formatRupiah, interpolate } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/server";
import { planYearParam, versionParam } from "@/lib/plan/plans-params";
import { planVersionDiff } from "@/lib/plan/versions-diff";

export const metadata: Metadata = { title: "Perbandingan versi rencana" };

type Search = Record<string, string | string[] | undefined>;

/** The differences between two versions of a plan (?dari=n&ke=n; default the last two). */
export default async function PlanDiffPage({ params, searchParams }: { params: Promise<{ year: string }>; searchParams: Promise<Search> }) {
  const viewer = await requirePermission("read:plan");
  const year = planYearParam((await params).year);
  if (!year) notFound();
  const raw = await searchParams;
  const [m, probe] = await Promise.all([getMessages(), planVersionDiff(viewer.agencyId, year, -1, -1)]);
  if (!probe) notFound();
  const numbers = probe.versions.map((v) => v.number);
  const to = versionParam(raw.ke) ?? numbers.at(-1)!;
  const from = versionParam(raw.dari) ?? numbers.at(-2) ?? numbers[0]!;
  const result = (await planVersionDiff(viewer.agencyId, year, from, to))!;
  const t = m.planCore;
  const options = probe.versions.map((v) => ({ value: String(v.number), label: `${versionLabel(t, v.number)} · ${t.status[v.status]}` }));
  return (
    <>
      <PageHeader title={interpolate(t.diff.title, { year })}>
        <Link href={`/admin/rencana/${year}`} className={buttonClass("secondary")}>{interpolate(t.year.title, { year })}</Link>
      </PageHeader>
      <Card>
        <form method="get" action={`/admin/rencana/${year}/perbandingan`} className="flex flex-wrap items-end gap-3 border-b border-slate-100 px-4 py-3 sm:px-5">
          <Select id="dari" name="dari" label={t.diff.from} defaultValue={String(from)} options={options} className="w-full sm:w-56" />
          <Select id="ke" name="ke" label={t.diff.to} defaultValue={String(to)} options={options} className="w-full sm:w-56" />
          <button className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800">{t.diff.show}</button>
        </form>
        {result.diff === null || from === to ? (
          <EmptyState title={t.diff.chooseTwo} />
        ) : (
          <>
            <CardHeader
              title={`${versionLabel(t, from)} → ${versionLabel(t, to)}`}
              subtitle={interpolate(t.diff.planTotal, { before: formatRupiah(result.totalBefore!), after: formatRupiah(result.totalAfter!) })}
            />
            {result.diff.length ? <VersionDiff t={t} diff={result.diff} /> : <EmptyState title={t.diff.noChange} />}
          </>
        )}
      </Card>
    </>
  );
}
