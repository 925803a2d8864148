import { DetailList } from "@/components/ui/card";
import type { BatchDetail } from "@/lib/catalog/admin-queries";
import { formatDateRange, interpolate, type Locale } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { formatMinutesJp } from "@/lib/ledger/rules";
import { BatchStatusBadge } from "./badges";
import { formatDateTime } from "./format";

/** Status, dates, place, registration window, seats, quotas and planned vs held JP of a batch. */
export function BatchSummary({ batch, m, locale }: { batch: BatchDetail; m: Messages; locale: Locale }) {
  const b = m.trainingAdmin.batch;
  const count = (s: keyof BatchDetail["statusCounts"]) => batch.statusCounts[s] ?? 0;
  const items: [string, React.ReactNode][] = [
    [b.status, <BatchStatusBadge key="status" status={batch.status} labels={m.trainingAdmin.batchStatus} />],
    [b.dates, formatDateRange(batch.startDate, batch.endDate, locale)],
    [b.venue, batch.venue || m.common.none],
  ];
  if (batch.onlineUrl) {
    items.push([b.onlineUrl, <a key="url" href={batch.onlineUrl} className="break-all text-brand-700 hover:underline" rel="noreferrer" target="_blank">{batch.onlineUrl}</a>]);
  }
  items.push(
    [b.registration, `${formatDateTime(batch.registrationOpensAt, locale)} – ${formatDateTime(batch.registrationClosesAt, locale)}`],
    [
      b.seats,
      <div key="seats">
        <p className="font-medium tabular-nums" data-testid="batch-seats">{interpolate(b.seatsValue, { confirmed: batch.confirmedCount, capacity: batch.capacity })}</p>
        <p className="text-xs text-slate-500">{interpolate(b.waiting, { waitlisted: count("WAITLISTED"), pending: count("PENDING_AGENCY") + count("PENDING_SUPERVISOR") })}</p>
      </div>,
    ],
  );
  if (batch.quotas.length) {
    items.push([
      b.quotas,
      <ul key="quotas" className="space-y-0.5">
        {batch.quotas.map((q) => <li key={q.unitId}>{q.unitName}: <span className="tabular-nums">{q.confirmedCount}/{q.seats}</span></li>)}
      </ul>,
    ]);
  }
  items.push(
    [b.plannedJp, <span key="planned" data-testid="planned-jp">{formatMinutesJp(batch.plannedMinutes, locale)}</span>],
    [b.heldJp, <span key="held" data-testid="held-jp">{formatMinutesJp(batch.heldMinutes, locale)}</span>],
  );
  return <DetailList items={items} />;
}
