import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { KindFilter } from "@/components/competency/heatmap/kind-filter";
import { TeamHeatmapTable, TeamLegend } from "@/components/competency/heatmap/team-heatmap";
import { Card, CardHeader, EmptyState, PageHeader } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/viewer";
import { teamHeatmap } from "@/lib/competency/gaps-team";
import { kindParam } from "@/lib/competency/kinds";
import { formatDate, interpolate } from "@/lib/i18n/format";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { calendarToday } from "@/lib/time";

export const metadata: Metadata = { title: "Kompetensi tim" };

/** The supervisor's team heatmap: their staff × the competencies of their standards. Nobody else's staff. */
export default async function TeamCompetencyPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requirePermission("read:competency-gap", ["team"]);
  const [raw, m, locale] = await Promise.all([searchParams, getMessages(), getLocale()]);
  const kind = kindParam(raw.jenis);
  const on = calendarToday();
  const heatmap = await teamHeatmap(viewer, { on, kind });
  if (!heatmap) notFound();
  const t = m.compGaps.team;
  const anyAssessed = heatmap.rows.some((r) => Object.values(r.cells).some((c) => c.currentLevel !== null));

  return (
    <>
      <PageHeader title={t.title} subtitle={t.subtitle}>
        <KindFilter action="/tim/kompetensi" kind={kind} m={m} />
      </PageHeader>
      <Card>
        <CardHeader title={interpolate(m.compGaps.asOf, { date: formatDate(on, locale) })} />
        {!heatmap.rows.length ? (
          <EmptyState title={t.noTeam} />
        ) : (
          <>
            {!anyAssessed ? (
              <p role="status" className="m-4 rounded-md bg-amber-50 px-4 py-3 text-sm text-amber-900" data-testid="no-results">
                {m.compGaps.empty.noResults}.
              </p>
            ) : null}
            <TeamHeatmapTable heatmap={heatmap} m={m} />
            <TeamLegend heatmap={heatmap} m={m} />
          </>
        )}
      </Card>
    </>
  );
}
