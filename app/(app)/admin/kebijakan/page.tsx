import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { PolicyForm } from "@/components/jp/policy-form";
import { buttonClass } from "@/components/ui/button";
import { Card, CardHeader, PageHeader } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/viewer";
import { ROUTE_CODES } from "@/lib/catalog/rules";
import { yearParam } from "@/lib/compliance/rules";
import { isYearClosed } from "@/lib/compliance/year-close";
import { db } from "@/lib/db";
import { interpolate } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/server";
import { policyFor } from "@/lib/policy/queries";
import { calendarToday } from "@/lib/time";

export const metadata: Metadata = { title: "Kebijakan JP" };

export default async function PolicyPage({ searchParams }: { searchParams: Promise<{ tahun?: string }> }) {
  const viewer = await requirePermission("manage:policy");
  const [m, params] = await Promise.all([getMessages(), searchParams]);
  const t = m.jp.policy;
  const thisYear = calendarToday().getUTCFullYear();
  const year = yearParam(params.tahun, thisYear);
  const [policy, saved, closed] = await Promise.all([
    policyFor(viewer.agencyId, year),
    db.agencyPolicy.findUnique({ where: { agencyId_year: { agencyId: viewer.agencyId, year } }, select: { year: true } }),
    isYearClosed(viewer.agencyId, year),
  ]);
  const years = [thisYear + 1, thisYear, thisYear - 1, thisYear - 2, thisYear - 3];

  return (
    <>
      <PageHeader title={t.title} subtitle={t.subtitle}>
        <Link href="/admin/kepatuhan/tutup-tahun" className={buttonClass("secondary")}>{m.jp.close.title}</Link>
      </PageHeader>
      <nav aria-label={t.year} className="mb-4 flex flex-wrap gap-2">
        {years.map((y) => (
          <Link
            key={y}
            href={`/admin/kebijakan?tahun=${y}`}
            aria-current={y === year ? "page" : undefined}
            className={y === year ? "rounded-full bg-brand-700 px-3 py-1 text-sm font-medium text-white" : "rounded-full bg-white px-3 py-1 text-sm text-slate-700 ring-1 ring-slate-200 hover:bg-slate-50"}
          >
            {y}
          </Link>
        ))}
      </nav>
      <Card>
        <CardHeader
          title={`${t.title} ${year}`}
          subtitle={closed ? interpolate(t.closed, { year }) : saved ? undefined : interpolate(t.defaults, { year })}
        />
        <PolicyForm
          key={year}
          year={year}
          policy={policy}
          routes={ROUTE_CODES.map((code) => ({ code, label: m.trainingAdmin.routes[code] }))}
          t={t}
          locked={closed}
        />
      </Card>
    </>
  );
}
