import Link from "next/link";
import type { FeedbackTaskView } from "@/lib/feedback/queries";
import { formatDate, interpolate, type Locale } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { fullName } from "@/lib/people/rules";
import { Badge } from "@/components/ui/card";

type Task = Omit<FeedbackTaskView, "role">;

export function FeedbackTaskList({ tasks, m, locale, showPerson }: { tasks: Task[]; m: Messages; locale: Locale; showPerson: boolean }) {
  const t = m.feedback;
  return (
    <ul className="divide-y divide-slate-100" data-testid="feedback-tasks">
      {tasks.map((task) => {
        const batch = task.enrolment.batch;
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
