import { Badge } from "@/components/ui/card";
import type { ResultView } from "@/lib/competency/profile-rules";
import { formatDate, interpolate, type Locale } from "@/lib/i18n/format";
import type { ProfileLabels } from "./labels";

const STATUS_TONE = { CURRENT: "green", VALID: "slate", EXPIRED: "amber", WITHDRAWN: "red", FUTURE: "slate" } as const;

/** One recorded result, what it is and how it stands: level, source, date, assessor, document, validity or withdrawal. */
export function ResultLine({ r, t, locale }: { r: ResultView; t: ProfileLabels; locale: Locale }) {
  return (
    <li className="space-y-0.5 py-1.5" data-testid="other-result">
      <div className="flex flex-wrap items-center gap-2">
        <span className={r.status === "WITHDRAWN" ? "text-slate-500 line-through" : "text-slate-800"}>
          {interpolate(t.result.line, { level: r.level, source: t.sources[r.source], date: formatDate(r.assessedOn, locale) })}
        </span>
        <Badge tone={STATUS_TONE[r.status]}>{t.status[r.status]}</Badge>
      </div>
      <p className="break-words text-xs text-slate-500">
        {interpolate(t.result.assessor, { name: r.assessorName })}
        {r.documentNumber ? ` · ${interpolate(t.result.document, { number: r.documentNumber })}` : ""}
        {r.status !== "WITHDRAWN" ? ` · ${interpolate(t.table.validUntil, { date: formatDate(new Date(r.validUntil.getTime() - 86_400_000), locale) })}` : ""}
      </p>
      {r.withdrawnReason ? <p className="break-words text-xs text-red-700">{interpolate(t.result.withdrawn, { reason: r.withdrawnReason })}</p> : null}
    </li>
  );
}
