import Link from "@/components/ui/link";
import type { ExternalTrainingDetail } from "@/lib/external/queries";
import { formatDate, interpolate, type Locale } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { formatMinutesJp, ledgerYear } from "@/lib/ledger/rules";
import { calendarToday } from "@/lib/time";
import { cn } from "@/components/ui/cn";
import { Badge } from "@/components/ui/card";
import { statusTones } from "./status-badge";

/** What became of the ASN's submission, in words, and what they can do next. */
export function SubmissionStatus({ item, m, locale }: { item: ExternalTrainingDetail; m: Messages; locale: Locale }) {
  const t = m.external;
  const s = t.submission;
  const year = ledgerYear(item.endDate);
  const decidedOn = item.decidedAt ? formatDate(calendarToday(item.decidedAt), locale) : m.common.none;
  const tone = item.status === "VERIFIED" ? "border-emerald-200 bg-emerald-50" : item.status === "REJECTED" ? "border-red-200 bg-red-50" : "border-amber-200 bg-amber-50";
  return (
    <div className={cn("space-y-3 rounded-md border px-4 py-3 text-sm text-slate-800", tone)} data-testid="submission-status">
      <p><Badge tone={statusTones[item.status]}>{t.status[item.status]}</Badge></p>
      {item.status === "SUBMITTED" ? <p>{s.waiting}</p> : null}
      {item.status === "VERIFIED" ? (
        <>
          <p>{interpolate(s.verified, { date: decidedOn, duration: formatMinutesJp(item.minutes, locale), year })}</p>
          <Link href={`/jp?tahun=${year}`} className="inline-block font-medium text-brand-800 underline">{interpolate(s.seeJp, { year })}</Link>
        </>
      ) : null}
      {item.status === "REJECTED" ? (
        <>
          <p className="break-words">{interpolate(s.rejected, { date: decidedOn, reason: item.decisionReason ?? m.common.none })}</p>
          <p>{s.resubmit}</p>
        </>
      ) : null}
    </div>
  );
}
