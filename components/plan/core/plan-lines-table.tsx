import Link from "@/components/ui/link";
import { Badge } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { formatNumber, formatRupiah, interpolate, type Locale } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import type { PlanYearView } from "@/lib/plan/plans-queries";

/** A version's lines: activity, competency and level, target, route, provider, month, JP and total. */
export function PlanLinesTable({ view, m, locale }: { view: PlanYearView; m: Messages; locale: Locale }) {
  const t = m.planCore;
  const y = t.year;
  return (
    <Table label={y.linesLabel}>
      <thead>
        <tr>
          <Th className="w-10 text-right">{y.no}</Th>
          <Th>{y.line}</Th>
          <Th>{y.competency}</Th>
          <Th>{y.target}</Th>
          <Th>{y.route}</Th>
          <Th>{y.month}</Th>
          <Th className="text-right">{y.jp}</Th>
          <Th className="text-right">{y.total}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {view.lines.map((line, i) => (
          <tr key={line.id} data-testid="plan-line">
            <Td className="text-right tabular-nums">{i + 1}</Td>
            <Td className="min-w-56">
              <Link href={`/admin/rencana/${view.plan.year}/baris/${line.id}`} className="break-words font-medium text-brand-700 hover:underline">{line.title}</Link>
              {line.needCompetencyId ? <span className="ml-1"><Badge tone="brand">{y.fromNeed}</Badge></span> : null}
              {/* The provider under the activity, so the amounts stay in view on a laptop screen. */}
              <p className="mt-0.5 break-words text-xs text-slate-500">{y.provider}: {t.providers[line.provider]}{line.providerName ? ` · ${line.providerName}` : ""}</p>
            </Td>
            <Td className="min-w-40">
              {line.competency ? (
                <span className="break-words">
                  <span className="font-mono text-xs text-slate-500">{line.competency.code}</span> {line.competency.name}{" "}
                  <span className="text-xs text-slate-500">({interpolate(y.level, { level: line.targetLevel ?? "" })})</span>
                </span>
              ) : "—"}
            </Td>
            <Td className="min-w-40">
              <p className="break-words">{line.unit?.name ?? y.acrossUnits}</p>
              <p className="text-xs text-slate-500">{interpolate(y.people, { count: formatNumber(line.targetPeople, locale) })}</p>
            </Td>
            <Td className="whitespace-nowrap"><abbr title={m.trainingAdmin.routes[line.routeCode]} className="no-underline">{line.routeCode}</abbr></Td>
            <Td className="whitespace-nowrap">{t.months[line.plannedMonth - 1]}</Td>
            <Td className="text-right tabular-nums">{formatNumber(line.jpPerParticipant, locale)}</Td>
            <Td className="whitespace-nowrap text-right tabular-nums" >
              <span data-testid="line-total">{formatRupiah(line.total)}</span>
            </Td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr className="border-t-2 border-slate-200">
          <Td className="font-semibold" >{""}</Td>
          <Td className="font-semibold">{y.grandTotal}</Td>
          <Td>{""}</Td><Td>{""}</Td><Td>{""}</Td><Td>{""}</Td><Td>{""}</Td>
          <Td className="whitespace-nowrap text-right font-semibold tabular-nums"><span data-testid="plan-total">{formatRupiah(view.totals.total)}</span></Td>
        </tr>
      </tfoot>
    </Table>
  );
}

/** The totals per OPD, per source of funds and per route code; each sums to the plan total. */
export function PlanTotals({ view, m }: { view: PlanYearView; m: Messages }) {
  const t = m.planCore;
  const y = t.year;
  const byUnit = [...view.totals.byUnit].map(([id, amount]) => [id === null ? y.acrossUnits : (view.unitNames.get(id) ?? id), amount] as const).sort((a, b) => a[0].localeCompare(b[0], "id"));
  const byFund = Object.entries(view.totals.byFundSource).filter(([, v]) => v !== 0).map(([k, v]) => [t.funds[k as keyof typeof t.funds], v] as const);
  const byRoute = [...view.totals.byRouteCode].sort((a, b) => a[0].localeCompare(b[0])).map(([k, v]) => [`${k} · ${m.trainingAdmin.routes[k]}`, v] as const);
  const block = (title: string, rows: readonly (readonly [string, number])[], testId: string) => (
    <section className="min-w-0" data-testid={testId}>
      <h3 className="mb-2 text-sm font-semibold text-slate-900">{title}</h3>
      <dl className="divide-y divide-slate-100 text-sm">
        {rows.map(([label, amount]) => (
          <div key={label} className="flex justify-between gap-3 py-1.5">
            <dt className="min-w-0 break-words text-slate-700">{label}</dt>
            <dd className="whitespace-nowrap text-right tabular-nums">{formatRupiah(amount)}</dd>
          </div>
        ))}
        <div className="flex justify-between gap-3 py-1.5 font-semibold">
          <dt>{y.grandTotal}</dt>
          <dd className="whitespace-nowrap text-right tabular-nums">{formatRupiah(view.totals.total)}</dd>
        </div>
      </dl>
    </section>
  );
  return (
    <div className="grid gap-6 p-4 sm:p-5 lg:grid-cols-3">
      {block(y.byUnit, byUnit, "totals-unit")}
      {block(y.byFund, byFund, "totals-fund")}
      {block(y.byRoute, byRoute, "totals-route")}
    </div>
  );
}
