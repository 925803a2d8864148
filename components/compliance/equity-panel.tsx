import { Card } from "@/components/ui/card";
import type { Equity } from "@/lib/compliance/queries";
import { formatNumber, interpolate, type Locale } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { EquityChart } from "./equity-chart";
import { bucketShares, formatShare } from "./format";

/** The "same people every time" panel: ASN by number of trainings, and the share the most-trained 10% took. */
export function EquityPanel({ equity, year, m, locale }: { equity: Equity; year: number; m: Messages; locale: Locale }) {
  const t = m.complianceAdmin.equity;
  const labels = [t.bucket0, t.bucket1, t.bucket2, t.bucket3];
  const shares = bucketShares(equity.buckets);
  return (
    <Card data-testid="equity-panel" aria-labelledby="equity-title">
      <div className="border-b border-slate-100 px-4 py-3 sm:px-5">
        <h2 id="equity-title" className="text-base font-semibold text-slate-900">{t.title}</h2>
        <p className="mt-0.5 text-sm text-slate-500">{t.subtitle}</p>
      </div>
      <div className="grid gap-6 p-4 sm:p-5 lg:grid-cols-2">
        <div className="space-y-4">
          <div className="rounded-md bg-brand-50 p-4" data-testid="equity-top-decile">
            {equity.places > 0 ? (
              <>
                <p className="text-lg font-semibold text-brand-900">
                  {interpolate(t.topDecile, { share: formatShare(equity.topDecileShare, locale) })}
                </p>
                <p className="mt-1 text-sm text-slate-700">{t.topDecileWhy}</p>
                <p className="mt-2 text-xs text-slate-600">{interpolate(t.places, { places: formatNumber(equity.places, locale) })}</p>
              </>
            ) : (
              <p className="text-sm text-slate-700">{t.noPlaces}</p>
            )}
          </div>
          <table aria-label={t.title} className="min-w-full text-sm">
            <thead>
              <tr className="border-b border-slate-200 text-left text-xs font-semibold uppercase tracking-wide text-slate-600">
                <th scope="col" className="py-2 pr-3"><span className="sr-only">{t.title}</span></th>
                <th scope="col" className="py-2 pr-3 text-right">{t.people}</th>
                <th scope="col" className="py-2 text-right">{t.share}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100" data-testid="equity-buckets">
              {labels.map((label, i) => (
                <tr key={label}>
                  <th scope="row" className="py-2 pr-3 text-left font-normal text-slate-800">{label}</th>
                  <td className="py-2 pr-3 text-right font-semibold tabular-nums">{formatNumber(equity.buckets[i] ?? 0, locale)}</td>
                  <td className="py-2 text-right tabular-nums text-slate-600">{formatShare(shares[i] ?? null, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <EquityChart
          data={["0", "1", "2", "3+"].map((label, i) => ({ label, people: equity.buckets[i] ?? 0 }))}
          axisLabel={t.axis}
          locale={locale}
          label={interpolate(t.chartLabel, { year })}
          caption={t.chartCaption}
          peopleLabel={t.people}
        />
      </div>
    </Card>
  );
}
