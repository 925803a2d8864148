import { Card, CardHeader, EmptyState } from "@/components/ui/card";
import Link from "@/components/ui/link";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { formatDateRange, formatNumber, formatRupiah, interpolate, type Locale } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { jpNumber } from "@/lib/ledger/rules";
import type { PlanActualReport } from "@/lib/plan/actual";
import { clampPage, pageWindow } from "@/lib/ui/pagination";

const PAGE_SIZE = 25;

const num = "whitespace-nowrap text-right tabular-nums";

/** The year's batches that deliver no line of the version read, with what they delivered and cost. */
export function UnplannedTable({ report, m, locale, requestedPage, basePath }: {
  report: PlanActualReport; m: Messages; locale: Locale; requestedPage: number; basePath: string;
}) {
  const t = m.planActual.report;
  const all = report.unplanned;
  const current = clampPage(requestedPage, all.length, PAGE_SIZE);
  const page = pageWindow(all.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE), all.length, current, PAGE_SIZE);
  return (
    <Card id="unplanned">
      <CardHeader title={t.unplanned} subtitle={interpolate(t.unplannedHelp, { year: report.year })} />
      {page.rows.length ? (
        <>
        <Table label={t.unplanned}>
          <thead>
            <tr>
              <Th>{t.batch}</Th><Th>{t.routeCode}</Th><Th>{t.dates}</Th><Th>{t.status}</Th>
              <Th className="text-right">{t.participants}</Th><Th className="text-right">{t.jp}</Th><Th className="text-right">{t.rupiah}</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100" data-testid="unplanned-rows">
            {page.rows.map((b) => (
              <tr key={b.id}>
                <Td className="min-w-56 break-words">
                  <Link href={`/admin/angkatan/${b.id}/anggaran`} className="font-medium text-brand-700 hover:underline">
                    {b.programTitle} · {interpolate(t.batchNumber, { number: b.number })}
                  </Link>
                  {b.linkedElsewhere ? <span className="block text-xs text-slate-500">{t.linkedElsewhere}</span> : null}
                </Td>
                <Td>{b.routeCode}</Td>
                <Td className="whitespace-nowrap">{formatDateRange(b.startDate, b.endDate, locale)}</Td>
                <Td>{m.trainingAdmin.batchStatus[b.status as keyof typeof m.trainingAdmin.batchStatus] ?? b.status}</Td>
                <Td className={num}>{formatNumber(b.actual.participants, locale)}</Td>
                <Td className={num}>{jpNumber(b.actual.jpMinutes, locale)}</Td>
                <Td className={num}>{formatRupiah(b.actual.rupiah)}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
        {page.pages > 1 ? <Pagination page={page} basePath={basePath} params={{}} labels={m.common} locale={locale} /> : null}
        </>
      ) : <EmptyState title={t.unplannedEmpty} />}
    </Card>
  );
}
