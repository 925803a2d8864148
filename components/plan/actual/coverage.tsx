import { Badge, Card, CardHeader, EmptyState } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { formatNumber, formatPercent, interpolate, type Locale } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import type { PlanActualReport } from "@/lib/plan/actual";

type T = Messages["planActual"]["report"];
const num = "whitespace-nowrap text-right tabular-nums";

/** The year's top-ranked needs and whether a funded line answers each; the projected JP-target reach per OPD. */
export function Coverage({ report, t, locale }: { report: PlanActualReport; t: T; locale: Locale }) {
  const c = report.needCoverage;
  return (
    <>
      <Card id="coverage">
        <CardHeader
          title={t.needCoverage}
          subtitle={c.considered ? interpolate(t.needCoverageValue, { covered: c.covered, considered: c.considered, share: formatPercent(c.share, locale) }) : undefined}
        />
        {c.needs.length ? (
          <Table label={t.needCoverage}>
            <thead><tr><Th className="text-right">{t.rank}</Th><Th>{t.competency}</Th><Th className="text-right">{t.targetLevel}</Th><Th className="text-right">{t.people}</Th><Th>{t.funded}</Th></tr></thead>
            <tbody className="divide-y divide-slate-100" data-testid="need-coverage-rows">
              {c.needs.map((n) => (
                <tr key={`${n.code}-${n.targetLevel}`}>
                  <Td className={num}>{n.rank}</Td>
                  <Td className="min-w-48 break-words">{n.code} · {n.name}</Td>
                  <Td className={num}>{n.targetLevel}</Td>
                  <Td className={num}>{formatNumber(n.people, locale)}</Td>
                  <Td>{n.funded ? <Badge tone="green">{t.funded}</Badge> : <Badge tone="amber">{t.notFunded}</Badge>}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        ) : <EmptyState title={t.needCoverageEmpty} />}
      </Card>
      <Card id="reach">
        <CardHeader title={t.reach} subtitle={t.reachHelp} />
        {report.reach.length ? (
          <Table label={t.reach}>
            <thead><tr><Th>{t.opd}</Th><Th className="text-right">{t.people}</Th><Th className="text-right">{t.reachToday}</Th><Th className="text-right">{t.reachPlanned}</Th></tr></thead>
            <tbody className="divide-y divide-slate-100" data-testid="reach-rows">
              {report.reach.map((r) => (
                <tr key={r.opdId}>
                  <Td className="min-w-48 break-words">{r.opdName}</Td>
                  <Td className={num}>{formatNumber(r.people, locale)}</Td>
                  <Td className={num}>{formatNumber(r.reachToday, locale)} ({formatPercent(r.shareToday, locale)})</Td>
                  <Td className={num}>{formatNumber(r.reachPlanned, locale)} ({formatPercent(r.sharePlanned, locale)})</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        ) : <EmptyState title={t.reachEmpty} />}
      </Card>
    </>
  );
}
