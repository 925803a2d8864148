import type { PendingApproval } from "@/lib/enrolment/supervisor-queries";
import { formatDate, formatDateRange, interpolate, type Locale } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { formatMinutesJp } from "@/lib/ledger/rules";
import { formatNip } from "@/lib/people/nip";
import { fullName } from "@/lib/people/rules";
import { calendarToday } from "@/lib/time";
import { BulkBar } from "@/components/bulk/bulk-bar";
import { BulkSelection, RowCheckbox, RowOutcomeView } from "@/components/bulk/selection";
import { Badge, EmptyState } from "@/components/ui/card";
import { decideManyAsSupervisorAction } from "@/lib/enrolment/bulk-actions";
import { DecisionFeedback } from "./decision-feedback";
import { DecisionForm } from "./decision-form";

/**
 * The registrations awaiting the supervisor, each with who, what and when, and its decision form; ticked rows
 * are decided together from the bar above. A decided row shows its outcome in place (nothing is re-rendered).
 */
export function PendingApprovals({ rows, total, m, locale }: { rows: PendingApproval[]; total: number; m: Messages; locale: Locale }) {
  const t = m.trainingTeam;
  const items = rows.map((row) => ({ id: row.id, name: fullName(row.employee) }));
  return (
    <DecisionFeedback>
      {rows.length ? (
        <BulkSelection items={items}>
          <BulkBar action={decideManyAsSupervisorAction} idsField="enrolmentIds" labels={m.bulk.registrations} t={m.bulk} />
          {total > rows.length ? (
            <p className="mx-4 mt-3 text-sm text-slate-600 sm:mx-5">{interpolate(t.pending.more, { shown: rows.length, total })}</p>
          ) : null}
          <ul className="divide-y divide-slate-100" data-testid="pending-approvals">
            {rows.map((row) => {
              const name = fullName(row.employee);
              return (
                <li key={row.id} className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-4 px-4 py-4 sm:px-5 lg:grid-cols-[auto_repeat(5,minmax(0,1fr))]">
                  <div className="row-span-2 pt-0.5 lg:row-span-1">
                    <RowCheckbox id={row.id} label={interpolate(m.bulk.selectRow, { name })} />
                  </div>
                  <div className="space-y-2 lg:col-span-3">
                    <div>
                      <p className="font-medium text-slate-900">{name}</p>
                      <p className="font-mono text-xs text-slate-500">{formatNip(row.employee.nip)}</p>
                      <p className="text-sm text-slate-600">{row.employee.position.name} · {row.employee.unit.name}</p>
                    </div>
                    <div className="rounded-md bg-slate-50 px-3 py-2 text-sm">
                      <p className="font-medium text-slate-800">{row.batch.program.title}</p>
                      <p className="text-slate-600">
                        {interpolate(t.batchLabel, { number: row.batch.number })} · {formatDateRange(row.batch.startDate, row.batch.endDate, locale)}
                      </p>
                      <p className="mt-1.5 flex flex-wrap items-center gap-2">
                        <Badge tone="brand">
                          {row.plannedMinutes > 0 ? interpolate(t.pending.plannedJp, { jp: formatMinutesJp(row.plannedMinutes, locale) }) : t.pending.noPlannedJp}
                        </Badge>
                        <Badge tone={row.origin === "NOMINATION" ? "amber" : "slate"}>{t.pending.origin[row.origin]}</Badge>
                        <span className="text-xs text-slate-500">
                          {interpolate(t.pending.registeredOn, { date: formatDate(calendarToday(row.createdAt), locale) })}
                        </span>
                      </p>
                    </div>
                  </div>
                  <div className="lg:col-span-2">
                    <RowOutcomeView id={row.id} done={m.bulk.rowDone}>
                      <DecisionForm enrolmentId={row.id} name={name} labels={t.pending} />
                    </RowOutcomeView>
                  </div>
                </li>
              );
            })}
          </ul>
        </BulkSelection>
      ) : (
        <EmptyState title={t.pending.empty} />
      )}
    </DecisionFeedback>
  );
}
