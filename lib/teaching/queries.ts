import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { wallClock, type WallClock } from "@/lib/time";
import { groupSchedule, type Schedule, type ScheduleGroup } from "./rules";

// A trainer's own teaching schedule: the rundown sessions linked to a Trainer row of their employee record.

const PAST_LIMIT = 100;

const sessionSelect = {
  id: true,
  date: true,
  startMinute: true,
  endMinute: true,
  title: true,
  place: true,
  kind: true,
  cancelled: true,
  batch: {
    select: { id: true, number: true, status: true, startDate: true, endDate: true, venue: true, program: { select: { title: true } } },
  },
} satisfies Prisma.RundownSessionSelect;

type SessionRow = Prisma.RundownSessionGetPayload<{ select: typeof sessionSelect }>;
export type TeachingSession = Omit<SessionRow, "batch">;
export type TeachingBatch = SessionRow["batch"];
export type TeachingGroup = ScheduleGroup<TeachingBatch, TeachingSession>;
export type TeachingSchedule = Schedule<TeachingBatch, TeachingSession> & { pastLimited: boolean; pastLimit: number };

/**
 * The sessions the viewer teaches, one card per batch in three sections (groupSchedule in ./rules): today,
 * coming up and finished, by the agency's wall clock and the batch's status. Every session from today on is
 * read, and the last PAST_LIMIT before today. Only the viewer's own agency.
 */
export async function listTeachingSessions(viewer: Viewer, now: WallClock = wallClock()): Promise<TeachingSchedule> {
  if (!viewer.employeeId) return { today: [], upcoming: [], past: [], pastLimited: false, pastLimit: PAST_LIMIT };
  const mine: Prisma.RundownSessionWhereInput = {
    agencyId: viewer.agencyId,
    trainers: { some: { trainer: { employeeId: viewer.employeeId, agencyId: viewer.agencyId } } },
  };
  const [coming, past] = await Promise.all([
    db.rundownSession.findMany({
      where: { ...mine, date: { gte: now.date } },
      orderBy: [{ date: "asc" }, { startMinute: "asc" }, { id: "asc" }],
      select: sessionSelect,
    }),
    db.rundownSession.findMany({
      where: { ...mine, date: { lt: now.date } },
      orderBy: [{ date: "desc" }, { startMinute: "desc" }, { id: "asc" }],
      take: PAST_LIMIT + 1,
      select: sessionSelect,
    }),
  ]);
  const rows = [...past.slice(0, PAST_LIMIT), ...coming].map(({ batch, ...session }) => ({ batch, session }));
  return { ...groupSchedule(rows, now), pastLimited: past.length > PAST_LIMIT, pastLimit: PAST_LIMIT };
}
