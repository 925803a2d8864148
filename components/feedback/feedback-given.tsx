import type { FeedbackTaskView } from "@/lib/feedback/queries";
import type { Berakhlak } from "@/lib/feedback/rules";
import { formatDate, interpolate, type Locale } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { calendarToday } from "@/lib/time";
import { Badge, Card, CardHeader, DetailList } from "@/components/ui/card";
import { PlanDoneButton } from "./plan-done-button";

/**
 * A submitted feedback, read-only, with its follow-up plan. Its supervisor, its participant and an admin
 * (the only viewers feedbackTaskFor returns a task to) may mark each plan done.
 */
export function FeedbackGiven({ task, m, locale }: { task: FeedbackTaskView; m: Messages; locale: Locale }) {
  const t = m.feedback;
  const mayMark = task.status === "SUBMITTED" && (task.role === "supervisor" || task.role === "participant" || task.role === "admin");
  return (
    <Card className="mb-6" data-testid="feedback-given">
      <CardHeader title={t.given} subtitle={task.submittedAt ? interpolate(t.submittedOn, { date: formatDate(calendarToday(task.submittedAt), locale) }) : undefined} />
      <DetailList
        items={[
          [t.form.applied, <span key="a" className="whitespace-pre-line">{task.applied}</span>],
          [t.form.examples, <span key="e" className="whitespace-pre-line">{task.examples}</span>],
          [t.form.rating, task.rating ? t.form.ratingLabels[task.rating - 1] : "—"],
          [t.form.behaviours, task.behaviours.map((b) => t.berakhlak[b as Berakhlak] ?? b).join(", ") || "—"],
          [t.form.obstacles, task.obstacles || "—"],
        ]}
      />
      <h3 className="border-t border-slate-100 px-4 pt-4 text-sm font-semibold text-slate-900 sm:px-5">{t.form.plans}</h3>
      <ul className="divide-y divide-slate-100 px-4 pb-2 sm:px-5" data-testid="follow-up-plans">
        {task.plans.length ? task.plans.map((p) => (
          <li key={p.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm" data-testid="follow-up-plan">
            <span>{p.action} · <span className="text-slate-600">{p.owner}</span></span>
            <span className="flex flex-wrap items-center gap-2 text-slate-600">
              {formatDate(p.dueDate, locale)} <Badge tone={p.doneAt ? "green" : "slate"}>{p.doneAt ? t.planDone : t.planOpen}</Badge>
              {mayMark ? <PlanDoneButton planId={p.id} action={p.action} done={Boolean(p.doneAt)} t={t} /> : null}
            </span>
          </li>
        )) : <li className="py-2 text-sm text-slate-500">{t.noPlans}</li>}
      </ul>
    </Card>
  );
}
