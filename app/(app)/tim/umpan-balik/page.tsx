import type { Metadata } from "next";
import { FeedbackTaskList } from "@/components/feedback/task-list";
import { Card, CardHeader, EmptyState, PageHeader } from "@/components/ui/card";
import { hasPermission } from "@/lib/auth/permissions";
import { pageViewer } from "@/lib/auth/viewer";
import { feedbackResultsFor } from "@/lib/feedback/home-queries";
import { myFeedbackTasks } from "@/lib/feedback/queries";
import { getLocale, getMessages } from "@/lib/i18n/server";

export const metadata: Metadata = { title: "Umpan balik pasca-pelatihan" };

export default async function FeedbackTasksPage() {
  const viewer = await pageViewer();
  const [m, locale, { toGive, aboutMe }] = await Promise.all([getMessages(), getLocale(), myFeedbackTasks(viewer)]);
  const results = await feedbackResultsFor(viewer, toGive.filter((task) => task.status === "OPEN").map((task) => task.id));
  const t = m.feedback;
  return (
    <>
      <PageHeader title={t.title} subtitle={t.subtitle} />
      {hasPermission(viewer.roles, "read:team") || toGive.length ? (
        <Card className="mb-6">
          <CardHeader title={t.toGive} />
          {toGive.length ? <FeedbackTaskList tasks={toGive} m={m} locale={locale} showPerson results={results} /> : <EmptyState title={t.empty}>{t.emptyHint}</EmptyState>}
        </Card>
      ) : null}
      {aboutMe.length ? (
        <Card>
          <CardHeader title={t.aboutMe} />
          <FeedbackTaskList tasks={aboutMe} m={m} locale={locale} showPerson={false} />
        </Card>
      ) : !hasPermission(viewer.roles, "read:team") ? (
        <Card><EmptyState title={t.empty} /></Card>
      ) : null}
    </>
  );
}
