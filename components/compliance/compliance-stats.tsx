import { Card } from "@/components/ui/card";
import Link from "@/components/ui/link";
import { cn } from "@/components/ui/cn";
import type { ComplianceStatus } from "@/lib/compliance/rules";
import { formatNumber, interpolate, type Locale } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { formatJp } from "@/lib/ledger/rules";
import { formatShare, shareOf, statusShares, type StatusFigures } from "./format";
import { STATUS_STYLES } from "./status-badge";

type Totals = StatusFigures & { headcount: number; exempt: number; zeroJp: number; averageMinutes: number; medianMinutes: number };

function Stat({
  label,
  value,
  hint,
  status,
  testId,
  link,
}: {
  label: string;
  value: string;
  hint?: string;
  status?: ComplianceStatus;
  testId: string;
  /** Where the people this card counts are listed. */
  link?: { href: string; label: string };
}) {
  return (
    <Card className="p-4" data-testid={testId}>
      <p className="flex items-center gap-1.5 text-sm text-slate-600">
        {status ? <span aria-hidden className={cn("size-2 shrink-0 rounded-full", STATUS_STYLES[status].dot)} /> : null}
        {label}
      </p>
      <p className="mt-1 text-2xl font-semibold tabular-nums text-slate-900" data-testid={`${testId}-value`}>{value}</p>
      {hint ? <p className="mt-0.5 text-xs text-slate-500">{hint}</p> : null}
      {link ? (
        <Link href={link.href} className="mt-1 inline-block text-sm font-medium text-brand-700 hover:underline" data-testid={`${testId}-link`}>
          {link.label} →
        </Link>
      ) : null}
    </Card>
  );
}

/** The headline figures of the total row. After the year is over, "at risk" has become "non-compliant". */
export function ComplianceStats({
  total,
  yearOver,
  zeroJpHref,
  m,
  locale,
}: {
  total: Totals;
  yearOver: boolean;
  /** The list of the ASN with 0 JP (the "0 JP" filter), linked from their card. */
  zeroJpHref?: string;
  m: Messages;
  locale: Locale;
}) {
  const t = m.complianceAdmin.stats;
  const shares = statusShares(total);
  const none = total.obligated === 0;
  const people = (count: number) => interpolate(t.peopleHint, { count: formatNumber(count, locale) });
  const share = (ratio: number) => (none ? formatShare(null, locale) : formatShare(ratio, locale));
  return (
    <div className="mb-6 grid grid-cols-2 gap-3 sm:gap-4 lg:grid-cols-4" data-testid="compliance-stats">
      <Stat
        label={t.obligated}
        value={formatNumber(total.obligated, locale)}
        hint={interpolate(t.obligatedHint, { headcount: formatNumber(total.headcount, locale), exempt: formatNumber(total.exempt, locale) })}
        testId="stat-obligated"
      />
      <Stat label={t.compliant} value={share(shares.compliant)} hint={people(total.compliant)} status="COMPLIANT" testId="stat-compliant" />
      {yearOver ? null : <Stat label={t.onTrack} value={share(shares.onTrack)} hint={people(total.onTrack)} status="ON_TRACK" testId="stat-on-track" />}
      <Stat
        label={yearOver ? t.nonCompliant : t.atRisk}
        value={share(shares.behind)}
        hint={people(total.atRisk + total.nonCompliant)}
        status={yearOver ? "NON_COMPLIANT" : "AT_RISK"}
        testId="stat-behind"
      />
      <Stat
        label={t.zeroJp}
        value={formatNumber(total.zeroJp, locale)}
        hint={interpolate(t.zeroJpHint, { share: formatShare(shareOf(total.zeroJp, total.obligated), locale) })}
        testId="stat-zero-jp"
        link={zeroJpHref ? { href: zeroJpHref, label: m.complianceList.zeroJp.cardLink } : undefined}
      />
      <Stat label={t.average} value={formatJp(total.averageMinutes, locale)} hint={t.perObligated} testId="stat-average" />
      <Stat label={t.median} value={formatJp(total.medianMinutes, locale)} hint={t.perObligated} testId="stat-median" />
    </div>
  );
}
