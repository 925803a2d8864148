import Link from "@/components/ui/link";
import { Table, Td, Th } from "@/components/ui/table";
import { cn } from "@/components/ui/cn";
import type { OpdSummary } from "@/lib/compliance/queries";
import { formatNumber, interpolate, type Locale } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { formatJp } from "@/lib/ledger/rules";
import { formatShare, statusShares } from "./format";
import { LIST_PATH, withQuery } from "./params";

function ShareCell({ count, ratio, obligated, locale, className }: { count: number; ratio: number; obligated: number; locale: Locale; className?: string }) {
  return (
    <Td className={cn("whitespace-nowrap text-right tabular-nums", className)}>
      {formatShare(obligated ? ratio : null, locale)}
      <span className="block text-xs text-slate-500">{formatNumber(count, locale)}</span>
    </Td>
  );
}

/** The per-OPD figures, the total last; each OPD opens the drill-down filtered to it. */
export function OpdTable({ rows, total, year, yearOver, m, locale }: { rows: OpdSummary[]; total: OpdSummary; year: number; yearOver: boolean; m: Messages; locale: Locale }) {
  const t = m.complianceAdmin.opd;
  const number = (n: number) => formatNumber(n, locale);
  const cells = (r: OpdSummary) => {
    const s = statusShares(r);
    return (
      <>
        <Td className="whitespace-nowrap text-right tabular-nums">{number(r.headcount)}</Td>
        <Td className="hidden whitespace-nowrap text-right tabular-nums lg:table-cell">{number(r.obligated)}</Td>
        <Td className="hidden whitespace-nowrap text-right tabular-nums lg:table-cell">{number(r.exempt)}</Td>
        <ShareCell count={r.compliant} ratio={s.compliant} obligated={r.obligated} locale={locale} />
        {yearOver ? null : <ShareCell count={r.onTrack} ratio={s.onTrack} obligated={r.obligated} locale={locale} />}
        <ShareCell count={r.atRisk + r.nonCompliant} ratio={s.behind} obligated={r.obligated} locale={locale} />
        <Td className="whitespace-nowrap text-right tabular-nums">{number(r.zeroJp)}</Td>
        <Td className="whitespace-nowrap text-right tabular-nums">{formatJp(r.averageMinutes, locale)}</Td>
        <Td className="whitespace-nowrap text-right tabular-nums">{formatJp(r.medianMinutes, locale)}</Td>
      </>
    );
  };
  return (
    <Table label={t.title}>
      <thead>
        <tr>
          <Th className="min-w-48">{t.name}</Th>
          <Th className="text-right">{t.headcount}</Th>
          <Th className="hidden text-right lg:table-cell">{t.obligated}</Th>
          <Th className="hidden text-right lg:table-cell">{t.exempt}</Th>
          <Th className="text-right">{t.compliant}</Th>
          {yearOver ? null : <Th className="text-right">{t.onTrack}</Th>}
          <Th className="text-right">{yearOver ? t.nonCompliant : t.atRisk}</Th>
          <Th className="text-right">{t.zeroJp}</Th>
          <Th className="text-right">{t.average}</Th>
          <Th className="text-right">{t.median}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100" data-testid="opd-compliance-rows">
        {rows.map((r) => (
          <tr key={r.opdId} className="hover:bg-slate-50">
            <Td>
              <Link
                href={withQuery(LIST_PATH, { tahun: String(year), unitId: r.opdId })}
                className="font-medium text-brand-800 hover:underline"
                title={interpolate(t.openList, { name: r.opdName })}
              >
                {r.opdName}
              </Link>
            </Td>
            {cells(r)}
          </tr>
        ))}
      </tbody>
      <tfoot className="border-t-2 border-slate-200 bg-slate-50 font-semibold" data-testid="opd-compliance-total">
        <tr>
          <Td>
            <Link href={withQuery(LIST_PATH, { tahun: String(year) })} className="text-brand-800 hover:underline">{t.total}</Link>
          </Td>
          {cells(total)}
        </tr>
      </tfoot>
    </Table>
  );
}
