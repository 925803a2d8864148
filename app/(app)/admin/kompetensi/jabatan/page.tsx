import type { Metadata } from "next";
import { JpmBar } from "@/components/competency/heatmap/jpm-bar";
import { formatAverage } from "@/components/competency/heatmap/format";
import { Card, CardHeader, EmptyState, PageHeader } from "@/components/ui/card";
import Link from "@/components/ui/link";
import { Pagination } from "@/components/ui/pagination";
import { SearchForm } from "@/components/ui/search-form";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/viewer";
import { positionGaps } from "@/lib/competency/gaps-positions";
import { db } from "@/lib/db";
import { PositionType } from "@/lib/generated/prisma/enums";
import { formatDate, interpolate } from "@/lib/i18n/format";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { calendarToday } from "@/lib/time";
import { pageParam } from "@/lib/ui/pagination";
import { isUuid } from "@/lib/uuid";

export const metadata: Metadata = { title: "Kompetensi per jabatan" };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const select = "block w-full min-w-0 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm sm:w-auto sm:max-w-xs";

/** The position level: per position its holders, their JPM distribution and the gaps per standard competency. */
export default async function PositionGapsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requirePermission("read:competency-gap", ["any", "unit"]);
  const [raw, m, locale] = await Promise.all([searchParams, getMessages(), getLocale()]);
  const on = calendarToday();
  const q = first(raw.q)?.trim() || undefined;
  const opd = isUuid(first(raw.opd)) ? first(raw.opd) : undefined;
  const typeRaw = first(raw.jenis);
  const type = typeRaw && typeRaw in PositionType ? (typeRaw as PositionType) : undefined;
  const [result, opds] = await Promise.all([
    positionGaps(viewer, { on, filters: { opdId: opd, type, search: q }, page: pageParam(raw.page) }),
    db.orgUnit.findMany({ where: { agencyId: viewer.agencyId, parentId: null }, select: { id: true, name: true, path: true }, orderBy: { name: "asc" } }),
  ]);
  const t = m.compGaps.positions;
  const reachable = viewer.roles.includes("ADMIN") ? opds : opds.filter((o) => viewer.operatorUnits.some((u) => u.path.startsWith(o.path)));

  return (
    <>
      <PageHeader title={t.title} subtitle={t.subtitle} />
      <Card>
        <CardHeader
          title={interpolate(m.compGaps.asOf, { date: formatDate(on, locale) })}
          subtitle={result ? interpolate(t.bandsNote, { high: result.bands.highName, highPct: result.bands.highPct, mid: result.bands.midName, midPct: result.bands.midPct, low: result.bands.lowName }) : undefined}
        />
        <SearchForm action="/admin/kompetensi/jabatan" q={q} placeholder={t.search} submitLabel={m.compGaps.cell.searchButton}>
          <label className="w-full min-w-0 text-sm sm:w-auto">
            <span className="sr-only">{t.opd}</span>
            <select name="opd" defaultValue={opd ?? ""} className={select}>
              <option value="">{t.allOpd}</option>
              {reachable.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
            </select>
          </label>
          <label className="w-full min-w-0 text-sm sm:w-auto">
            <span className="sr-only">{t.type}</span>
            <select name="jenis" defaultValue={type ?? ""} className={select}>
              <option value="">{t.allTypes}</option>
              {Object.keys(PositionType).map((k) => <option key={k} value={k}>{m.positionType[k as PositionType]}</option>)}
            </select>
          </label>
        </SearchForm>
        {result?.page.rows.length ? (
          <>
            <Table label={t.tableLabel}>
              <thead>
                <tr>
                  <Th>{t.position}</Th>
                  <Th className="text-center">{t.holders}</Th>
                  <Th>{t.jpm}</Th>
                  <Th>{t.gaps}</Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {result.page.rows.map((p) => {
                  const gaps = p.lines.filter((l) => l.withGap > 0);
                  return (
                    <tr key={p.positionId} data-testid="position-row">
                      <Td className="min-w-48">
                        <Link href={`/admin/kompetensi/jabatan/${p.positionId}`} className="break-words font-medium text-brand-800 hover:underline">{p.name}</Link>
                        <span className="block text-xs text-slate-500">{m.positionType[p.type]} · {p.unitName}</span>
                      </Td>
                      <Td className="text-center">{p.holders}</Td>
                      <Td><JpmBar counts={p} bands={result.bands} incompleteLabel={t.incomplete} /></Td>
                      <Td className="min-w-56">
                        {gaps.length ? (
                          <ul className="flex flex-wrap gap-1">
                            {gaps.map((l) => (
                              <li key={l.competencyId} title={l.name} className="rounded bg-amber-50 px-1.5 py-0.5 text-xs text-amber-900">
                                {interpolate(t.gapChip, { code: l.code, count: l.withGap, average: formatAverage(l.averageGap, locale) })}
                              </li>
                            ))}
                          </ul>
                        ) : (
                          <span className="text-xs text-slate-500">{t.noGap}</span>
                        )}
                      </Td>
                    </tr>
                  );
                })}
              </tbody>
            </Table>
            <Pagination page={result.page} basePath="/admin/kompetensi/jabatan" params={{ q, opd, jenis: type }} labels={m.common} locale={locale} />
          </>
        ) : (
          <EmptyState title={t.none} />
        )}
      </Card>
    </>
  );
}
