import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BAND_CLASSES, JpmBar } from "@/components/competency/heatmap/jpm-bar";
import { formatAverage } from "@/components/competency/heatmap/format";
import { Badge, Card, CardHeader, EmptyState, PageHeader } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import Link from "@/components/ui/link";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/viewer";
import { positionDetail } from "@/lib/competency/gaps-positions";
import { formatDate, formatNumber, interpolate, localeTag } from "@/lib/i18n/format";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { formatNip } from "@/lib/people/nip";
import { fullName } from "@/lib/people/rules";
import { calendarToday } from "@/lib/time";
import { numberFormat } from "@/lib/i18n/intl";

export const metadata: Metadata = { title: "Kompetensi jabatan" };

/** One position: the gaps per competency of its standard, and each holder in reach with their JPM. */
export default async function PositionGapPage({ params }: { params: Promise<{ positionId: string }> }) {
  const viewer = await requirePermission("read:competency-gap", ["any", "unit"]);
  const [{ positionId }, m, locale] = await Promise.all([params, getMessages(), getLocale()]);
  const on = calendarToday();
  const detail = await positionDetail(viewer, positionId, on);
  if (!detail) notFound();
  const { position, holders, lines, bands } = detail;
  const t = m.compGaps.position;
  const counts = {
    high: holders.filter((h) => h.band?.key === "HIGH").length,
    mid: holders.filter((h) => h.band?.key === "MID").length,
    low: holders.filter((h) => h.band?.key === "LOW").length,
    incomplete: holders.filter((h) => h.notAssessed > 0).length,
  };
  const percent = (p: number) => `${numberFormat(localeTag(locale), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(p)}%`;

  return (
    <>
      <Link href="/admin/kompetensi/jabatan" className="text-sm text-brand-700 hover:underline">← {m.compGaps.positions.back}</Link>
      <PageHeader title={position.name} subtitle={`${m.positionType[position.type]} · ${position.unit.name} · ${interpolate(m.compGaps.asOf, { date: formatDate(on, locale) })}`} />
      <Card className="mb-6">
        <CardHeader title={t.holders} subtitle={interpolate(m.compGaps.positions.bandsNote, { high: bands.highName, highPct: bands.highPct, mid: bands.midName, midPct: bands.midPct, low: bands.lowName })} />
        {holders.length ? (
          <>
            <div className="px-4 py-3 sm:px-5"><JpmBar counts={counts} bands={bands} incompleteLabel={m.compGaps.positions.incomplete} /></div>
            <Table label={t.holdersLabel}>
              <thead>
                <tr>
                  <Th>{t.name}</Th>
                  <Th className="hidden sm:table-cell">{t.unit}</Th>
                  <Th className="text-right">{t.jpm}</Th>
                  <Th>{t.band}</Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {holders.map((h) => (
                  <tr key={h.employeeId} data-testid="holder-row">
                    <Td className="min-w-44">
                      <Link href={`/admin/pegawai/${h.employeeId}?tab=kompetensi`} className="break-words font-medium text-brand-800 hover:underline">{fullName(h)}</Link>
                      <span className="block font-mono text-xs text-slate-500">{formatNip(h.nip)}</span>
                    </Td>
                    <Td className="hidden sm:table-cell">{h.unitName}</Td>
                    <Td className="text-right tabular-nums">{h.percent === null ? "—" : percent(h.percent)}</Td>
                    <Td>
                      {h.band ? (
                        <span className="inline-flex items-center gap-1.5 text-sm">
                          <span className={cn("inline-block size-2.5 rounded-full", BAND_CLASSES[h.band.key])} aria-hidden />
                          {h.band.name}
                        </span>
                      ) : (
                        <Badge>{interpolate(t.incomplete, { count: h.notAssessed })}</Badge>
                      )}
                    </Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </>
        ) : (
          <EmptyState title={t.noHolders} />
        )}
      </Card>
      <Card>
        <CardHeader title={t.standard} />
        {lines.length ? (
          <Table label={t.linesLabel}>
            <thead>
              <tr>
                <Th>{t.competency}</Th>
                <Th className="text-center">{t.required}</Th>
                <Th className="text-center">{t.withGap}</Th>
                <Th className="text-center">{t.averageGap}</Th>
                <Th className="text-center">{t.notAssessed}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {lines.map((l) => (
                <tr key={l.competencyId}>
                  <Td className="min-w-48"><span className="font-mono text-xs">{l.code}</span> <span className="break-words">{l.name}</span></Td>
                  <Td className="text-center">{l.requiredLevel}</Td>
                  <Td className="text-center">{formatNumber(l.withGap, locale)}</Td>
                  <Td className="text-center">{formatAverage(l.averageGap, locale)}</Td>
                  <Td className="text-center">{formatNumber(l.notAssessed, locale)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        ) : (
          <EmptyState title={t.noHolders} />
        )}
      </Card>
    </>
  );
}
