import Link from "@/components/ui/link";
import type { TeachingGroup } from "@/lib/teaching/queries";
import { formatDate, formatDateRange, interpolate, type Locale } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { Badge, Card, CardHeader } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import type { ScheduleSection } from "@/lib/teaching/rules";
import { timeRange } from "./format";

const STATUS_TONE = { DRAFT: "slate", OPEN: "brand", CLOSED: "amber", RUNNING: "green", DONE: "slate", CANCELLED: "red" } as const;

const PHASE_TONE = { ended: "slate", now: "green", later: "brand" } as const;

/**
 * A trainer's sessions, one card per batch, with the way to that batch's attendance grid. Outside the finished
 * section each session says whether it has ended, is under way or is still to come today.
 */
export function TeachingGroups({ groups, section, m, locale }: { groups: TeachingGroup[]; section: ScheduleSection; m: Messages; locale: Locale }) {
  const t = m.trainingTeam;
  const phases = { ended: m.rundown.schedule.sessionEnded, now: m.rundown.schedule.sessionNow, later: m.rundown.schedule.sessionLater };
  return (
    <div className="space-y-4">
      {groups.map(({ batch, sessions }) => {
        const finished = batch.status === "DONE" || batch.status === "CANCELLED";
        return (
          <Card key={batch.id} data-testid="teaching-batch" data-section={section}>
            <CardHeader
              title={`${batch.program.title} – ${interpolate(t.batchLabel, { number: batch.number })}`}
              subtitle={[formatDateRange(batch.startDate, batch.endDate, locale), batch.venue].filter(Boolean).join(" · ")}
              action={
                <div className="flex flex-wrap items-center gap-3">
                  <Badge tone={STATUS_TONE[batch.status]}>{t.batchStatus[batch.status]}</Badge>
                  <Link href={`/presensi/${batch.id}`} className="text-sm font-medium text-brand-700 hover:underline">
                    {finished ? t.teaching.viewGrid : t.teaching.openGrid}
                  </Link>
                </div>
              }
            />
            <ul className="divide-y divide-slate-100">
              {sessions.map((s) => (
                <li key={s.id} data-phase={s.phase} className={cn("flex flex-wrap items-start gap-x-4 gap-y-1 px-4 py-3 sm:px-5", section !== "past" && s.phase === "ended" && "bg-slate-50")}>
                  <div className="w-full shrink-0 text-sm sm:w-44">
                    <p className="font-medium text-slate-800">{formatDate(s.date, locale)}</p>
                    <p className="tabular-nums text-slate-600">{timeRange(s.startMinute, s.endMinute)}</p>
                  </div>
                  <div className="min-w-0 flex-1">
                    <p className={cn("text-sm font-medium", s.cancelled ? "text-slate-400 line-through" : "text-slate-900")}>{s.title}</p>
                    <p className="text-xs text-slate-500">
                      {t.sessionKind[s.kind]} · {s.place ?? batch.venue ?? t.teaching.noPlace}
                    </p>
                  </div>
                  {s.cancelled ? (
                    <Badge tone="red">{t.teaching.sessionCancelled}</Badge>
                  ) : section !== "past" && (s.phase !== "later" || section === "today") ? (
                    <Badge tone={PHASE_TONE[s.phase]}>{phases[s.phase]}</Badge>
                  ) : null}
                </li>
              ))}
            </ul>
          </Card>
        );
      })}
    </div>
  );
}
