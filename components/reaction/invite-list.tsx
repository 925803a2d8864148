import Link from "@/components/ui/link";
import { formatDateRange, interpolate, type Locale } from "@/lib/i18n/format";
import { buttonClass } from "@/components/ui/button";
import { Badge } from "@/components/ui/card";
import type { Messages } from "@/lib/i18n/messages/id";
import type { MyInvite } from "@/lib/reaction/queries";

export function InviteStatusBadge({ status, t }: { status: MyInvite["status"]; t: Messages["reaction"] }) {
  const tone = status === "SUBMITTED" ? "green" : status === "DRAFT" ? "amber" : "brand";
  return <Badge tone={tone}>{t.status[status]}</Badge>;
}

/** The viewer's questionnaires, those still to answer first. */
export function InviteList({ rows, t, locale }: { rows: MyInvite[]; t: Messages["reaction"]; locale: Locale }) {
  return (
    <ul className="divide-y divide-slate-100" aria-label={t.mine.listLabel}>
      {rows.map((r) => (
        <li key={r.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-4 sm:px-5" data-testid="reaction-invite">
          <div className="min-w-0">
            <h2 className="font-medium text-slate-900">{r.batch.program.title}</h2>
            <p className="text-sm text-slate-600">
              {interpolate(t.mine.batchNumber, { number: r.batch.number })} · {formatDateRange(r.batch.startDate, r.batch.endDate, locale)}
            </p>
            <div className="mt-1 flex flex-wrap gap-1">
              <InviteStatusBadge status={r.status} t={t} />
              {r.anonymous ? <Badge>{t.mine.anonymous}</Badge> : null}
            </div>
          </div>
          <Link href={`/evaluasi/${r.id}`} className={buttonClass(r.status === "SUBMITTED" ? "secondary" : "primary", "px-3 py-1.5")}>
            {r.status === "SUBMITTED" ? t.mine.view : r.status === "DRAFT" ? t.mine.continue : t.mine.open}
            <span className="sr-only"> — {r.batch.program.title}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
