import Link from "@/components/ui/link";
import type { CatalogRow } from "@/lib/catalog/queries";
import type { RegistrationProblem } from "@/lib/enrolment/rules";
import { formatDate, formatDateRange, interpolate, type Locale } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { formatMinutesJp } from "@/lib/ledger/rules";
import { BatchStatusBadge, RouteBadge } from "./badges";

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd className="text-sm text-slate-900">{children}</dd>
    </div>
  );
}

/** A short eligibility hint for the viewer (an ASN), by viewerProblem; the program page says it in full. */
function Hint({ problem, open, m }: { problem: RegistrationProblem | null; open: boolean; m: Messages }) {
  const o = m.eligibility.outlook;
  if (problem) {
    const reason = m.enrolment.problem[problem as Exclude<RegistrationProblem, "clash">] ?? "";
    return <p className="mt-2 text-sm text-amber-800" data-testid="card-eligibility">{interpolate(o.cardNotEligible, { reason })}</p>;
  }
  return open ? <p className="mt-2 text-sm text-emerald-800" data-testid="card-eligibility">{o.cardEligible}</p> : null;
}

/**
 * One card per program: what it is, who runs it, and its next batch (dates, planned JP, seats left), first
 * those open for registration. `hints` (for an ASN) tells, per program, whether they may register.
 */
export function CatalogList({ rows, hints, m, locale }: { rows: CatalogRow[]; hints?: ReadonlyMap<string, RegistrationProblem | null>; m: Messages; locale: Locale }) {
  const t = m.trainingAsn;
  return (
    <ul className="divide-y divide-slate-100" data-testid="catalog-rows" aria-label={t.catalogTitle}>
      {rows.map((row) => {
        const b = row.nextBatch;
        return (
          <li key={row.id} className="px-4 py-4 sm:px-5" data-testid="catalog-row">
            <div className="flex flex-wrap items-start justify-between gap-2">
              <div className="min-w-0">
                <h2 className="text-base font-semibold text-slate-900">
                  <Link href={`/pelatihan/${row.id}`} className="text-brand-800 hover:underline">{row.title}</Link>
                </h2>
                <p className="mt-0.5 text-sm text-slate-600">{t.organiser}: {row.organiser}</p>
              </div>
              <RouteBadge code={row.routeCode} m={m} />
            </div>
            {b ? (
              <dl className="mt-3 grid gap-3 rounded-md bg-slate-50 px-3 py-2.5 sm:grid-cols-4">
                <Fact label={t.nextBatch}>
                  {interpolate(t.batchNumber, { number: b.number })} <BatchStatusBadge status={b.status} m={m} />
                </Fact>
                <Fact label={t.dates}>{formatDateRange(b.startDate, b.endDate, locale)}</Fact>
                <Fact label={t.plannedJp}>{formatMinutesJp(b.plannedMinutes, locale)}</Fact>
                <Fact label={t.seatsLeft}>
                  {b.seatsLeft > 0 ? interpolate(t.seatsLeftCount, { count: b.seatsLeft }) : <span className="text-red-700">{t.full}</span>}
                </Fact>
              </dl>
            ) : (
              <p className="mt-3 text-sm text-slate-500">{t.noUpcoming}</p>
            )}
            {b?.registrationOpen ? (
              <p className="mt-2 text-xs text-slate-600">{interpolate(m.eligibility.catalog.registrationUntil, { date: formatDate(b.registrationClosesAt, locale) })}</p>
            ) : null}
            {hints?.has(row.id) && b ? <Hint problem={hints.get(row.id) ?? null} open={b.registrationOpen} m={m} /> : null}
            {row.closesGaps?.length ? (
              <p className="mt-2 text-sm font-medium text-emerald-800" data-testid="closes-gap">{interpolate(m.compNeeds.catalog.closesGap, { codes: row.closesGaps.join(", ") })}</p>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
