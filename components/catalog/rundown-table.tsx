import { clock } from "@/lib/catalog/rules";
import type { ProgramBatch } from "@/lib/catalog/queries";
import { formatDate, interpolate, type Locale } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { Badge } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { cn } from "@/components/ui/cn";
import { SCHEDULE_ONLY_KINDS } from "@/lib/policy/rules";

/**
 * A batch's rundown: every session with its day, time, kind and length; cancelled ones struck through.
 * Schedule-only sessions (ISHOMA, opening, closing, travel) are greyed and show no length: they earn no JP.
 */
export function RundownTable({ sessions, m, locale }: { sessions: ProgramBatch["sessions"]; m: Messages; locale: Locale }) {
  const t = m.trainingAsn;
  return (
    <Table label={t.rundown}>
      <thead>
        <tr>
          <Th>{t.date}</Th>
          <Th>{t.time}</Th>
          <Th>{t.session}</Th>
          <Th className="hidden sm:table-cell">{t.kind}</Th>
          <Th className="text-right">{t.length}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {sessions.map((s) => {
          const scheduleOnly = SCHEDULE_ONLY_KINDS.includes(s.kind);
          return (
            <tr key={s.id} className={cn(scheduleOnly && "bg-slate-50 text-slate-500")}>
              <Td className="whitespace-nowrap">{formatDate(s.date, locale)}</Td>
              <Td className="whitespace-nowrap font-mono text-xs">{clock(s.startMinute)}–{clock(s.endMinute)}</Td>
              <Td>
                <span className={cn(s.cancelled && "text-slate-500 line-through", scheduleOnly && "text-slate-600")}>{s.title}</span>
                {s.cancelled ? <> <Badge tone="red">{t.sessionCancelled}</Badge></> : null}
                {s.place ? <p className="text-xs text-slate-500">{s.place}</p> : null}
                <p className="text-xs text-slate-500 sm:hidden">{t.sessionKind[s.kind]}</p>
              </Td>
              <Td className="hidden sm:table-cell">
                <Badge tone={s.kind === "LEARNING" ? "brand" : "slate"}>{t.sessionKind[s.kind]}</Badge>
              </Td>
              <Td className={cn("whitespace-nowrap text-right", scheduleOnly && "text-xs")}>
                {scheduleOnly ? m.rundown.scheduleOnly : interpolate(t.minutes, { count: s.endMinute - s.startMinute })}
              </Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
