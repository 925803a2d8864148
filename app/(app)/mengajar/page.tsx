import type { Metadata } from "next";
import { TeachingGroups } from "@/components/teaching/teaching-groups";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/viewer";
import { interpolate } from "@/lib/i18n/format";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { listTeachingSessions } from "@/lib/teaching/queries";

export const metadata: Metadata = { title: "Jadwal mengajar" };

export default async function TeachingPage() {
  const viewer = await requirePermission("read:teaching");
  const [m, locale, schedule] = await Promise.all([getMessages(), getLocale(), listTeachingSessions(viewer)]);
  const t = m.trainingTeam.teaching;
  const s = m.rundown.schedule;

  if (!schedule.today.length && !schedule.upcoming.length && !schedule.past.length) {
    return (
      <>
        <PageHeader title={m.teaching.title} />
        <Card><EmptyState title={m.teaching.empty} /></Card>
      </>
    );
  }
  return (
    <>
      <PageHeader title={m.teaching.title} subtitle={t.subtitle} />
      <section aria-labelledby="teaching-today" className="space-y-3">
        <h2 id="teaching-today" className="text-base font-semibold text-slate-900">{s.today}</h2>
        {schedule.today.length ? (
          <TeachingGroups groups={schedule.today} section="today" m={m} locale={locale} />
        ) : (
          <Card><EmptyState title={s.todayEmpty} /></Card>
        )}
      </section>
      <section aria-labelledby="teaching-upcoming" className="mt-8 space-y-3">
        <h2 id="teaching-upcoming" className="text-base font-semibold text-slate-900">{s.upcoming}</h2>
        {schedule.upcoming.length ? (
          <TeachingGroups groups={schedule.upcoming} section="upcoming" m={m} locale={locale} />
        ) : (
          <Card><EmptyState title={s.upcomingEmpty} /></Card>
        )}
      </section>
      {schedule.past.length ? (
        <section aria-labelledby="teaching-past" className="mt-8 space-y-3">
          <h2 id="teaching-past" className="text-base font-semibold text-slate-900">{s.past}</h2>
          {schedule.pastLimited ? <p className="text-sm text-slate-500">{interpolate(t.pastLimited, { count: schedule.pastLimit })}</p> : null}
          <TeachingGroups groups={schedule.past} section="past" m={m} locale={locale} />
        </section>
      ) : null}
    </>
  );
}
