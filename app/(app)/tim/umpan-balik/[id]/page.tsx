import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { FeedbackForm } from "@/components/feedback/feedback-form";
import { FeedbackGiven } from "@/components/feedback/feedback-given";
import { ParticipantResultsPanel } from "@/components/feedback/participant-results";
import { SelfAssessmentForm } from "@/components/feedback/self-assessment-form";
import { Card, CardHeader, DetailList, PageHeader } from "@/components/ui/card";
import { pageViewer } from "@/lib/auth/viewer";
import { feedbackResultsFor } from "@/lib/feedback/home-queries";
import { feedbackTaskFor } from "@/lib/feedback/queries";
import { formatDate, interpolate } from "@/lib/i18n/format";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { formatNip } from "@/lib/people/nip";
import { fullName } from "@/lib/people/rules";

export const metadata: Metadata = { title: "Umpan balik pasca-pelatihan" };

export default async function FeedbackTaskPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await pageViewer();
  const task = await feedbackTaskFor(viewer, (await params).id);
  if (!task) notFound();
  // The participant's own page shows no results panel: it is the supervisor's reading aid.
  const [m, locale, results] = await Promise.all([getMessages(), getLocale(), task.role === "participant" ? null : feedbackResultsFor(viewer, [task.id])]);
  const taskResults = results?.get(task.id);
  const t = m.feedback;
  const { employee, batch } = task.enrolment;
  const mayGive = task.status === "OPEN" && (task.role === "supervisor" || task.role === "admin");

  return (
    <>
      <Link href="/tim/umpan-balik" className="text-sm text-brand-800 hover:underline">← {t.title}</Link>
      <PageHeader title={batch.program.title} subtitle={fullName(employee)} />
      {taskResults ? <ParticipantResultsPanel results={taskResults} m={m} locale={locale} /> : null}
      <Card className="mb-6">
        <DetailList
          items={[
            [t.person, `${fullName(employee)} · ${formatNip(employee.nip)}`],
            [t.training, interpolate(t.batchLine, { number: batch.number, start: formatDate(batch.startDate, locale), end: formatDate(batch.endDate, locale) })],
            [t.dueOn, formatDate(task.dueOn, locale)],
            [t.statusLabel, t.status[task.status]],
          ]}
        />
      </Card>
      {mayGive ? (
        <Card className="mb-6">
          <CardHeader title={t.open} subtitle={t.subtitle} />
          <FeedbackForm taskId={task.id} t={t} />
        </Card>
      ) : task.status === "SUBMITTED" ? (
        <FeedbackGiven task={task} m={m} locale={locale} />
      ) : null}
      {task.role === "participant" ? (
        <Card>
          <CardHeader title={t.self} />
          <SelfAssessmentForm taskId={task.id} current={task.selfAssessment} t={t} />
        </Card>
      ) : task.selfAssessment ? (
        <Card>
          <CardHeader title={t.self} />
          <p className="whitespace-pre-line p-4 text-sm text-slate-800 sm:p-5">{task.selfAssessment}</p>
        </Card>
      ) : null}
    </>
  );
}
