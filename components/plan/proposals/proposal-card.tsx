import { Badge } from "@/components/ui/card";
import { formatDate, formatNumber, formatRupiah, interpolate, type Locale } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import type { ProposalRow } from "@/lib/plan/proposals-queries";

const TONE = { PROPOSED: "amber", ACCEPTED: "green", MERGED: "brand", DECLINED: "red" } as const;

/** One proposal: what it asks, from which OPD, its status, and the decision (the line, or the reason). */
export function ProposalCard({ p, m, locale, children }: { p: ProposalRow; m: Messages; locale: Locale; children?: React.ReactNode }) {
  const t = m.planProposals.table;
  const facts = [
    `${p.routeCode ?? "—"} · ${p.plannedMonth ? interpolate(t.month, { month: p.plannedMonth }) : "—"} · ${p.jpPerParticipant ?? "—"} JP`,
    `${formatNumber(p.targetPeople, locale)} ${t.people.toLowerCase()}`,
  ];
  return (
    <li className="space-y-2 px-4 py-4 sm:px-5" data-testid="proposal" data-status={p.status}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <p className="break-words font-medium text-slate-900">{p.title}</p>
          <p className="break-words text-sm text-slate-600">{p.unit.name} · {interpolate(t.proposedOn, { date: formatDate(p.proposedAt, locale) })}</p>
        </div>
        <Badge tone={TONE[p.status]}>{m.planProposals.status[p.status]}</Badge>
      </div>
      <p className="text-sm text-slate-700">
        {facts.join(" · ")}
        {p.estimatedRupiah ? <> · <span className="tabular-nums">{formatRupiah(p.estimatedRupiah)}</span></> : null}
      </p>
      {p.competency && p.targetLevel ? <p className="text-sm text-slate-600">{interpolate(t.competency, { code: p.competency.code, name: p.competency.name, level: p.targetLevel })}</p> : null}
      {p.needCompetencyId && p.needTargetLevel ? (
        <p className="text-sm text-slate-600" data-testid="from-need">{interpolate(t.fromNeed, { code: p.needCompetency?.code ?? "", level: p.needTargetLevel })}</p>
      ) : null}
      {p.justification ? <p className="break-words text-sm text-slate-600"><span className="font-medium">{t.justification}:</span> {p.justification}</p> : null}
      {p.status === "DECLINED" && p.decisionReason ? (
        <p className="break-words rounded-md bg-red-50 px-3 py-2 text-sm text-red-900" data-testid="decline-reason"><span className="font-medium">{t.reason}:</span> {p.decisionReason}</p>
      ) : null}
      {p.lineTitle && (p.status === "ACCEPTED" || p.status === "MERGED") ? (
        <p className="break-words text-sm text-emerald-800">{interpolate(p.status === "ACCEPTED" ? t.becameLine : t.mergedInto, { line: p.lineTitle })}</p>
      ) : null}
      {p.decidedAt ? <p className="text-xs text-slate-500">{interpolate(t.decidedOn, { date: formatDate(p.decidedAt, locale) })}</p> : null}
      {children}
    </li>
  );
}
