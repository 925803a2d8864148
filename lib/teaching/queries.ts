import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { calendarToday } from "@/lib/time";

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
export type TeachingGroup = { batch: TeachingBatch; sessions: TeachingSession[] };

/** Consecutive sessions of the same batch, in the order given, become one group each (first appearance wins). */
function groupByBatch(rows: SessionRow[]): TeachingGroup[] {
  const groups = new Map<string, TeachingGroup>();
  for (const { batch, ...session } of rows) {
    const group = groups.get(batch.id) ?? { batch, sessions: [] };
    group.sessions.push(session);
    groups.set(batch.id, group);
  }
  return [...groups.values()];
}

/**
 * The sessions the viewer teaches: upcoming ones (from today) soonest first, then past ones most recent
 * first (the last PAST_LIMIT), each list grouped by batch. Only the viewer's own agency.
 */
export async function listTeachingSessions(
  viewer: Viewer,
  today: Date = calendarToday(),
): Promise<{ upcoming: TeachingGroup[]; past: TeachingGroup[]; pastLimited: boolean; pastLimit: number }> {
  if (!viewer.employeeId) return { upcoming: [], past: [], pastLimited: false, pastLimit: PAST_LIMIT };
  const mine: Prisma.RundownSessionWhereInput = {
    agencyId: viewer.agencyId,
    trainers: { some: { trainer: { employeeId: viewer.employeeId, agencyId: viewer.agencyId } } },
  };
  const [upcoming, past] = await Promise.all([
    db.rundownSession.findMany({
      where: { ...mine, date: { gte: today } },
      orderBy: [{ date: "asc" }, { startMinute: "asc" }, { id: "asc" }],
      select: sessionSelect,
    }),
    db.rundownSession.findMany({
      where: { ...mine, date: { lt: today } },
      orderBy: [{ date: "desc" }, { startMinute: "desc" }, { id: "asc" }],
      take: PAST_LIMIT + 1,
      select: sessionSelect,
    }),
  ]);
  const pastGroups = groupByBatch(past.slice(0, PAST_LIMIT));
  // Within a past batch, show its sessions in rundown order.
  for (const group of pastGroups) group.sessions.reverse();
  return { upcoming: groupByBatch(upcoming), past: pastGroups, pastLimited: past.length > PAST_LIMIT, pastLimit: PAST_LIMIT };
}
