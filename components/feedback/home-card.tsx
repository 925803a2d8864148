import Link from "@/components/ui/link";
import { Badge, Card, CardHeader } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import type { HomeFeedbackTask } from "@/lib/feedback/home-queries";
import { answerBy, feedbackOverdue } from "@/lib/feedback/rules";
import { formatDate, interpolate, type Locale } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { formatJp } from "@/lib/ledger/rules";
import { formatNip } from "@/lib/people/nip";
import { fullName } from "@/lib/people/rules";
import { ParticipantResultsCompact } from "./participant-results";

type Props = { tasks: HomeFeedbackTask[]; total: number; today: Date; m: Messages; locale: Locale };

/** The supervisor's pending feedback tasks, oldest due first, on the team home; a quiet line when none is pending. */
export function FeedbackHomeCard({ tasks, total, today, m, locale }: Props) {
  const t = m.feedbackHome;
  if (!total) return <p className="mb-4 text-sm text-slate-500" data-testid="feedback-home-none">{t.none}</p>;
  const seeAll = (
    <Link href="/tim/umpan-balik" className="text-sm font-medium text-brand-800 hover:underline">
      {interpolate(t.seeAll, { count: total })} →
    </Link>
  );
  return (
    <Card className="mb-6 border-amber-200" data-testid="feedback-home-card">
      <CardHeader title={t.title} subtitle={interpolate(t.waiting, { count: total })} action={seeAll} />
      <ul className="divide-y divide-slate-100">
        {tasks.map((task) => {
          const { employee, batch } = task.enrolment;
          const overdue = feedbackOverdue(task.assignedOn, today);
          return (
            <li key={task.id} className="flex flex-col gap-3 px-4 py-3 sm:flex-row sm:items-start sm:justify-between sm:px-5" data-testid="feedback-home-task">
              <div className="min-w-0 flex-1">
                <p className="font-medium text-slate-900">{batch.program.title}</p>
                <p className="text-xs text-slate-500">
                  {interpolate(m.feedback.batchLine, { number: batch.number, start: formatDate(batch.startDate, locale), end: formatDate(batch.endDate, locale) })}
                  {task.results.jpMinutes ? ` · ${interpolate(t.credited, { jp: formatJp(task.results.jpMinutes, locale) })}` : null}
                </p>
                <p className="mt-1 text-sm text-slate-800">
                  <span className="font-medium">{fullName(employee)}</span>
                  <span className="text-slate-500"> · <span className="whitespace-nowrap">{formatNip(employee.nip)}</span> · {employee.position.name}</span>
                </p>
                <ParticipantResultsCompact results={task.results} m={m} locale={locale} />
              </div>
              <div className="flex shrink-0 flex-row flex-wrap items-center gap-2 sm:flex-col sm:items-end">
                <Badge tone={overdue ? "red" : "amber"}>{interpolate(overdue ? t.overdue : t.dueOn, { date: formatDate(answerBy(task.assignedOn), locale) })}</Badge>
                <span className="text-xs text-slate-500">
                  {interpolate(t.assignedOn, { date: formatDate(task.assignedOn, locale) })}
                  {task.remindersSent ? ` · ${interpolate(m.feedback.reminders, { count: task.remindersSent })}` : null}
                </span>
                <Link href={`/tim/umpan-balik/${task.id}`} className={buttonClass("primary", "px-3 py-1.5")}>{m.feedback.open}</Link>
              </div>
            </li>
          );
        })}
      </ul>
    </Card>
  );
}
