import { Badge, EmptyState } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { isLearningSession } from "@/lib/attendance/rules";
import { Table, Td, Th } from "@/components/ui/table";
import type { BatchDetail } from "@/lib/catalog/admin-queries";
import { clock, heldMinutes } from "@/lib/catalog/rules";
import { formatDate, interpolate, type Locale } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { formatMinutesJp } from "@/lib/ledger/rules";
import { isoDay } from "./format";
import { SessionChangeForm } from "./session-change-form";
import { SessionKindForm } from "./session-kind-form";

type Props = { batch: BatchDetail; m: Messages; locale: Locale };

/**
 * The rundown as held: changed and cancelled sessions are marked with their reason and planned length. Only
 * learning sessions show JP; ISHOMA, the opening and the like are schedule only (time and title, greyed).
 */
export function RundownTable({ batch, m, locale }: Props) {
  const r = m.trainingAdmin.rundown;
  const editable = batch.status !== "DONE" && batch.status !== "CANCELLED";
  if (!batch.sessions.length) return <EmptyState title={r.empty} />;
  return (
    <Table label={r.tableLabel}>
      <thead>
        <tr>
          <Th className="hidden sm:table-cell">{r.date}</Th>
          <Th>{r.time}</Th>
          <Th>{r.session}</Th>
          <Th className="hidden md:table-cell">{r.kind}</Th>
          <Th className="hidden text-right sm:table-cell">{r.length}</Th>
          {editable ? <Th><span className="sr-only">{r.edit}</span></Th> : null}
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100" data-testid="rundown-rows">
        {batch.sessions.map((s) => {
          const held = heldMinutes(s);
          const changed = !s.cancelled && (s.changeReason !== null || held !== s.plannedMinutes);
          const learning = isLearningSession(s.kind, batch.countedKinds);
          return (
            <tr key={s.id} className={s.cancelled ? "bg-red-50/40" : learning ? undefined : "bg-slate-50 text-slate-500"} data-learning={learning}>
              <Td className="hidden whitespace-nowrap sm:table-cell">{formatDate(s.date, locale)}</Td>
              <Td className="whitespace-nowrap tabular-nums">
                <span className={s.cancelled ? "text-slate-400 line-through" : undefined}>{clock(s.startMinute)}–{clock(s.endMinute)}</span>
                <p className="text-xs text-slate-500 sm:hidden">{formatDate(s.date, locale)}</p>
              </Td>
              <Td>
                <span className={s.cancelled ? "text-slate-500 line-through" : learning ? "font-medium" : "text-slate-600"}>{s.title}</span>
                {s.place ? <p className="text-xs text-slate-500">{s.place}</p> : null}
                <p className="text-xs text-slate-500 md:hidden">{m.trainingAdmin.sessionKinds[s.kind]}</p>
                <p className="text-xs text-slate-600 sm:hidden">{learning ? formatMinutesJp(held, locale) : m.rundown.scheduleOnly}</p>
                {s.cancelled || changed ? (
                  <p className="mt-1 text-xs text-slate-600">
                    <Badge tone={s.cancelled ? "red" : "amber"}>{s.cancelled ? r.cancelled : r.changed}</Badge>{" "}
                    {s.changeReason ? interpolate(m.trainingAdmin.enrolments.reasonLabel, { reason: s.changeReason }) : null}
                  </p>
                ) : null}
              </Td>
              <Td className="hidden md:table-cell">
                {editable && !s.cancelled ? (
                  <SessionKindForm session={{ id: s.id, title: s.title, kind: s.kind }} kinds={m.trainingAdmin.sessionKinds} t={m.rundown.kindChange} />
                ) : (
                  m.trainingAdmin.sessionKinds[s.kind]
                )}
              </Td>
              <Td className={cn("hidden whitespace-nowrap text-right tabular-nums sm:table-cell", !learning && "text-xs text-slate-500")}>
                {learning ? formatMinutesJp(held, locale) : <span title={m.rundown.scheduleOnlyHint}>{m.rundown.scheduleOnly}</span>}
                {learning && held !== s.plannedMinutes ? (
                  <p className="text-xs text-slate-500">{interpolate(r.planned, { length: formatMinutesJp(s.plannedMinutes, locale) })}</p>
                ) : null}
              </Td>
              {editable ? (
                <Td className="text-right">
                  <SessionChangeForm
                    batchId={batch.id}
                    session={{ id: s.id, title: s.title, date: isoDay(s.date), start: clock(s.startMinute), end: clock(s.endMinute), cancelled: s.cancelled }}
                    t={r}
                    saving={m.common.saving}
                  />
                </Td>
              ) : null}
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
