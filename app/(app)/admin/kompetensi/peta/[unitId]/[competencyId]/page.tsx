import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PeopleOfCell } from "@/components/competency/heatmap/people-of-cell";
import { Card, CardHeader, EmptyState, PageHeader } from "@/components/ui/card";
import Link from "@/components/ui/link";
import { Pagination } from "@/components/ui/pagination";
import { SearchForm } from "@/components/ui/search-form";
import { requirePermission } from "@/lib/auth/viewer";
import { heatmapCell } from "@/lib/competency/gaps";
import { formatDate, interpolate } from "@/lib/i18n/format";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { calendarToday } from "@/lib/time";
import { pageParam } from "@/lib/ui/pagination";

export const metadata: Metadata = { title: "Peta kompetensi: rincian" };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** The people behind one heatmap cell (a unit's subtree × a competency); a unit outside the viewer's reach is a 404. */
export default async function HeatmapCellPage({
  params,
  searchParams,
}: {
  params: Promise<{ unitId: string; competencyId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await requirePermission("read:competency-gap", ["any", "unit"]);
  const [{ unitId, competencyId }, raw, m, locale] = await Promise.all([params, searchParams, getMessages(), getLocale()]);
  const on = calendarToday();
  const q = first(raw.q)?.trim() || undefined;
  const unitOnly = first(raw.langsung) === "1";
  const view = await heatmapCell(viewer, { unitId, competencyId, unitOnly, on, search: q, page: pageParam(raw.page) });
  if (!view) notFound();
  const t = m.compGaps.cell;
  const base = `/admin/kompetensi/peta/${unitId}/${competencyId}`;

  return (
    <>
      <Link href="/admin/kompetensi" className="text-sm text-brand-700 hover:underline">← {t.back}</Link>
      <PageHeader
        title={interpolate(t.title, { code: view.competency.code, name: view.competency.name, unit: view.unit.name })}
        subtitle={`${interpolate(t.subtitle, { unit: view.unit.name })} ${unitOnly ? interpolate(t.unitOnly, { unit: view.unit.name }) : ""}`}
      />
      <Card>
        <CardHeader title={interpolate(m.compGaps.asOf, { date: formatDate(on, locale) })} />
        <SearchForm action={base} q={q} placeholder={t.search} submitLabel={t.searchButton}>
          {unitOnly ? <input type="hidden" name="langsung" value="1" /> : null}
        </SearchForm>
        {view.people.rows.length ? (
          <>
            <PeopleOfCell people={view.people.rows} m={m} />
            <Pagination page={view.people} basePath={base} params={{ q, langsung: unitOnly ? "1" : undefined }} labels={m.common} locale={locale} />
          </>
        ) : (
          <EmptyState title={t.none} />
        )}
      </Card>
    </>
  );
}
