import type { Metadata } from "next";
import { TeamJpTable } from "@/components/jp/team-table";
import { buttonClass } from "@/components/ui/button";
import { Card, CardHeader, EmptyState, PageHeader } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/viewer";
import { teamCompliance } from "@/lib/compliance/queries";
import { yearChoices, yearParam } from "@/lib/compliance/rules";
import { interpolate } from "@/lib/i18n/format";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { calendarToday } from "@/lib/time";

export const metadata: Metadata = { title: "JP tim" };

export default async function TeamJpPage({ searchParams }: { searchParams: Promise<{ tahun?: string }> }) {
  const viewer = await requirePermission("read:team");
  const [m, locale, params] = await Promise.all([getMessages(), getLocale(), searchParams]);
  const t = m.jp.team;
  const thisYear = calendarToday().getUTCFullYear();
  const year = yearParam(params.tahun, thisYear);
  const rows = await teamCompliance(viewer, year);
  const count = (...statuses: string[]) => rows.filter((r) => statuses.includes(r.status)).length;

  return (
    <>
      <PageHeader title={t.title} subtitle={interpolate(t.subtitle, { year })}>
        <form method="get" className="flex items-center gap-2">
          <select name="tahun" defaultValue={String(year)} aria-label={m.jp.year} className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm">
            {yearChoices(thisYear).map((y) => <option key={y} value={y}>{y}</option>)}
          </select>
          <button className={buttonClass("secondary")}>{m.jp.show}</button>
        </form>
      </PageHeader>
      <Card>
        {rows.length ? (
          <>
            <CardHeader
              title={interpolate(t.summary, { risk: count("AT_RISK", "NON_COMPLIANT"), track: count("ON_TRACK"), met: count("COMPLIANT") })}
              action={
                <div className="flex gap-3 text-sm">
                  <a href={`/api/ekspor/tim?tahun=${year}&format=xlsx`} className="font-medium text-brand-800 hover:underline">{m.jp.download} XLSX</a>
                  <a href={`/api/ekspor/tim?tahun=${year}&format=csv`} className="font-medium text-brand-800 hover:underline">CSV</a>
                </div>
              }
            />
            <TeamJpTable rows={rows} m={m} locale={locale} />
          </>
        ) : (
          <EmptyState title={t.empty} />
        )}
      </Card>
    </>
  );
}
