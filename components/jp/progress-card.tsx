import type { ComplianceRow } from "@/lib/compliance/queries";
import { explainCompliance, progressPercent } from "@/lib/compliance/rules";
import { interpolate, type Locale } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { formatJp } from "@/lib/ledger/rules";
import type { Policy } from "@/lib/policy/rules";
import { StatusBadge } from "@/components/compliance/status-badge";
import { Card } from "@/components/ui/card";
import { explanationText } from "./explanation";

const barTone = {
  COMPLIANT: "bg-emerald-600",
  ON_TRACK: "bg-sky-600",
  AT_RISK: "bg-amber-500",
  NON_COMPLIANT: "bg-red-600",
  EXEMPT: "bg-slate-400",
} as const;

/** The year at a glance: credited against target, a bar, the status and why. */
export function ProgressCard({ row, year, policy, pending, m, locale }: {
  row: ComplianceRow;
  year: number;
  policy: Policy;
  pending: { count: number; minutes: number };
  m: Messages;
  locale: Locale;
}) {
  const t = m.jp;
  const percent = progressPercent(row.creditedMinutes, row.targetMinutes);
  const reason = explanationText(
    explainCompliance({ status: row.status, credited: row.creditedMinutes, target: row.targetMinutes, plannedMinutes: row.plannedMinutes, plannedBatches: row.plannedBatches }),
    year, m, locale,
  );
  return (
    <Card className="p-5">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <p className="text-sm text-slate-500">{interpolate(t.progressLabel, { year })}</p>
          <p className="mt-1 text-3xl font-semibold text-slate-900" data-testid="jp-credited">{formatJp(row.creditedMinutes, locale)}</p>
          <p className="mt-0.5 text-sm text-slate-600" data-testid="jp-target">
            {interpolate(t.creditedOfTarget, { credited: row.creditedMinutes, target: row.targetMinutes, targetJp: formatJp(row.targetMinutes, locale) })}
          </p>
        </div>
        <StatusBadge status={row.status} labels={m.complianceAdmin.status} />
      </div>
      <div
        className="mt-4 h-3 w-full overflow-hidden rounded-full bg-slate-100"
        role="progressbar"
        aria-label={interpolate(t.progressLabel, { year })}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
      >
        <div className={`h-full rounded-full ${barTone[row.status]}`} style={{ width: `${percent}%` }} />
      </div>
      <p className="mt-3 font-medium text-slate-900" data-testid="jp-reason">{reason}</p>
      <p className="mt-1 text-sm text-slate-500">
        {policy.proRate
          ? interpolate(t.targetNote, { target: policy.targetJp, months: row.activeMonths, year })
          : interpolate(t.targetNoteFull, { target: policy.targetJp })}
      </p>
      {pending.count ? (
        <p className="mt-3 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="jp-pending">
          {interpolate(t.pendingExternal, { count: pending.count, jp: formatJp(pending.minutes, locale) })}
        </p>
      ) : null}
      {row.overCeiling && policy.pppkCeilingJp !== null ? (
        <p className="mt-3 rounded-md bg-slate-50 px-3 py-2 text-sm text-slate-700">{interpolate(t.pppkCeiling, { ceiling: policy.pppkCeilingJp })}</p>
      ) : null}
    </Card>
  );
}
