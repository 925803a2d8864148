import type { Metadata } from "next";
import { HeatmapLegend } from "@/components/competency/heatmap/legend";
import { KindFilter } from "@/components/competency/heatmap/kind-filter";
import { OrgHeatmap } from "@/components/competency/heatmap/org-heatmap";
import { Card, CardHeader, EmptyState, PageHeader } from "@/components/ui/card";
import Link from "@/components/ui/link";
import { accessFor } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/viewer";
import { competencyHeatmap, type HeatmapRow } from "@/lib/competency/gaps";
import { kindParam } from "@/lib/competency/kinds";
import { formatDate, interpolate } from "@/lib/i18n/format";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { calendarToday } from "@/lib/time";

export const metadata: Metadata = { title: "Peta kompetensi" };

/** The organisation level of the gap analysis: OPD × competency, each cell drilling down to the people. */
export default async function CompetencyHeatmapPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requirePermission("read:competency-gap", ["any", "unit"]);
  const [raw, m, locale] = await Promise.all([searchParams, getMessages(), getLocale()]);
  const kind = kindParam(raw.jenis);
  const on = calendarToday();
  const heatmap = await competencyHeatmap(viewer, { on, kind });
  const t = m.compGaps;
  const cellHref = (row: HeatmapRow, competencyId: string) => `/admin/kompetensi/peta/${row.unitId}/${competencyId}${row.unitOnly ? "?langsung=1" : ""}`;
  const anyAssessed = heatmap ? Object.values(heatmap.total).some((c) => c.assessed > 0) : false;
  const mayImport = accessFor(viewer.roles, "record:assessment").includes("any");

  return (
    <>
      <PageHeader
        title={t.heatmap.title}
        subtitle={heatmap?.anchor ? interpolate(t.heatmap.subtitleUnit, { unit: heatmap.anchor.name }) : t.heatmap.subtitle}
      >
        <KindFilter action="/admin/kompetensi" kind={kind} m={m} />
      </PageHeader>
      <Card>
        <CardHeader
          title={interpolate(t.asOf, { date: formatDate(on, locale) })}
          action={<Link href="/admin/kompetensi/jabatan" className="text-sm font-medium text-brand-700 hover:underline">{t.heatmap.toPositions} →</Link>}
        />
        {!heatmap?.rows.length ? (
          <EmptyState title={t.empty.noStandard} />
        ) : (
          <>
            {!anyAssessed ? (
              <div role="status" className="m-4 rounded-md bg-amber-50 px-4 py-3 text-sm text-amber-900" data-testid="no-results">
                <p className="font-medium">{t.empty.noResults}</p>
                <p className="mt-1">{t.empty.noResultsBody}</p>
                {mayImport ? (
                  <Link href="/admin/impor/assessment-results" className="mt-2 inline-block font-medium text-brand-800 underline">{t.empty.importLink} →</Link>
                ) : null}
              </div>
            ) : null}
            <OrgHeatmap heatmap={heatmap} cellHref={cellHref} m={m} locale={locale} />
            <HeatmapLegend columns={heatmap.columns} m={m} />
          </>
        )}
      </Card>
    </>
  );
}
