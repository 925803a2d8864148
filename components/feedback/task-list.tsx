import Link from "@/components/ui/link";
import type { FeedbackTaskView } from "@/lib/feedback/queries";
import type { ParticipantResults } from "@/lib/feedback/results";
import { formatDate, interpolate, type Locale } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { fullName } from "@/lib/people/rules";
import { Badge } from "@/components/ui/card";
import { ParticipantResultsCompact } from "./participant-results";

type Task = Omit<FeedbackTaskView, "role">;

type Props = { tasks: Task[]; m: Messages; locale: Locale; showPerson: boolean; results?: ReadonlyMap<string, ParticipantResults> };

/** Feedback tasks; with `results` (the supervisor's list), each open one shows the person's L1/L2 results. */
export function FeedbackTaskList({ tasks, m, locale, showPerson, results }: Props) {
  const t = m.feedback;
  return (
    <ul className="divide-y divide-slate-100" data-testid="feedback-tasks">
      {tasks.map((task) => {
        const batch = task.enrolment.batch;
        const found = task.status === "OPEN" ? results?.get(task.id) : undefined;
        return (
          <li key={task.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3 sm:px-5">
            <div className="min-w-0">
              {showPerson ? <p className="font-medium text-slate-900">{fullName(task.enrolment.employee)}</p> : null}
              <p className={showPerson ? "text-sm text-slate-700" : "font-medium text-slate-900"}>{batch.program.title}</p>
              <p className="text-xs text-slate-500">
                {interpolate(t.batchLine, { number: batch.number, start: formatDate(batch.startDate, locale), end: formatDate(batch.endDate, locale) })}
                {" · "}{t.dueOn} {formatDate(task.dueOn, locale)}
                {task.remindersSent ? ` · ${interpolate(t.reminders, { count: task.remindersSent })}` : null}
              </p>
              {found ? <ParticipantResultsCompact results={found} m={m} locale={locale} /> : null}
            </div>
            <div className="flex items-center gap-3">
              <Badge tone={task.status === "OPEN" ? "amber" : "green"}>{t.status[task.status]}</Badge>
              <Link href={`/tim/umpan-balik/${task.id}`} className="text-sm font-medium text-brand-800 hover:underline">
                {task.status === "OPEN" && showPerson ? t.open : t.view}
              </Link>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
