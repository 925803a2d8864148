import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { AttendanceGrid } from "@/components/attendance/attendance-grid";
import type { SessionColumn } from "@/components/attendance/grid-parts";
import { timeRange } from "@/components/teaching/format";
import { formatDate, formatDateRange, interpolate } from "@/lib/i18n/format";
import { Badge, Card, CardHeader, EmptyState, PageHeader } from "@/components/ui/card";
import { getAttendanceGrid } from "@/lib/attendance/queries";
import { accessFor } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/viewer";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { formatMinutesJp } from "@/lib/ledger/rules";
import { isPastBatch } from "@/lib/enrolment/rules";
import { calendarToday } from "@/lib/time";

export const metadata: Metadata = { title: "Presensi" };

export default async function AttendancePage({ params }: { params: Promise<{ batchId: string }> }) {
  const viewer = await requirePermission("record:attendance");
  const { batchId } = await params;
  const [m, locale, grid] = await Promise.all([getMessages(), getLocale(), getAttendanceGrid(viewer, batchId)]);
  if (!grid) notFound();
  const t = m.trainingTeam;
  const { batch } = grid;

  const sessions: SessionColumn[] = grid.sessions.map((s) => {
    const dateLabel = formatDate(s.date, locale);
    const timeLabel = timeRange(s.startMinute, s.endMinute);
    return {
      id: s.id,
      dateLabel,
      timeLabel,
      title: s.title,
      label: `${s.title} (${dateLabel}, ${timeLabel})`,
      kindLabel: t.sessionKind[s.kind],
      cancelled: s.cancelled,
      upcoming: s.upcoming,
      countsJp: s.countsJp,
      minutes: s.minutes,
    };
  });
  const admin = accessFor(viewer.roles, "record:attendance").includes("any");

  return (
    <>
      <PageHeader
        title={`${t.grid.title}: ${batch.programTitle}`}
        subtitle={interpolate(t.grid.subtitle, { program: batch.programTitle, number: batch.number, dates: formatDateRange(batch.startDate, batch.endDate, locale) })}
      >
        <Link href={admin ? "/admin/pelatihan" : "/mengajar"} className="text-sm font-medium text-brand-700 hover:underline">
          {admin ? t.grid.backToAdmin : t.grid.backToSchedule}
        </Link>
      </PageHeader>
      <Card>
        <CardHeader
          title={batch.venue ?? interpolate(t.batchLabel, { number: batch.number })}
          subtitle={grid.heldMinutes > 0 ? interpolate(t.grid.threshold, { pct: grid.thresholdPct, held: formatMinutesJp(grid.heldMinutes, locale) }) : undefined}
          action={<Badge tone={grid.readOnly ? "slate" : "brand"}>{t.batchStatus[batch.status]}</Badge>}
        />
        {grid.readOnly ? <p className="border-b border-slate-100 bg-slate-50 px-4 py-2 text-sm text-slate-700 sm:px-5">{t.grid.readOnly}</p> : null}
        {!sessions.length ? (
          <EmptyState title={t.grid.noSessions} />
        ) : !grid.participants.length ? (
          <EmptyState title={t.grid.noParticipants} />
        ) : (
          <>
            <p className="px-4 pt-3 text-xs text-slate-500 sm:px-5">
              {t.grid.countsJpHint} <span className="sm:hidden">{t.grid.scrollHint}</span>
            </p>
            {grid.scheduleOnlyCount ? (
              <p className="px-4 pt-1 text-xs text-slate-500 sm:px-5" data-testid="grid-schedule-only">
                {interpolate(m.rundown.gridScheduleOnly, { count: grid.scheduleOnlyCount })}
              </p>
            ) : null}
            <AttendanceGrid
              batchId={batch.id}
              sessions={sessions}
              participants={grid.participants}
              heldMinutes={grid.heldMinutes}
              thresholdPct={grid.thresholdPct}
              readOnly={grid.readOnly}
              labels={t.grid}
              fillAll={admin && isPastBatch(batch, calendarToday()) ? { label: m.ledgerAdmin.pastBatch.fillAll, hint: m.ledgerAdmin.pastBatch.fillAllHint } : undefined}
            />
          </>
        )}
      </Card>
    </>
  );
}
