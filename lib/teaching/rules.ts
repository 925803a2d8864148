// Pure rules of a trainer's teaching schedule: one card per batch, in one of three sections: today, coming up
// and finished. Times are on the agency's wall clock (dates UTC midnight, minutes after local midnight).
import type { BatchStatus } from "@/lib/generated/prisma/enums";
import type { WallClock } from "@/lib/time";

export type ScheduleSection = "today" | "upcoming" | "past";
/** Where one session stands against the wall clock: over, under way, or still to come. */
export type SessionPhase = "ended" | "now" | "later";

type Timed = { date: Date; startMinute: number; endMinute: number; cancelled: boolean };
export type ScheduleGroup<B, S> = { batch: B; sessions: (S & { phase: SessionPhase })[] };
export type Schedule<B, S> = Record<ScheduleSection, ScheduleGroup<B, S>[]>;

const moment = (date: Date, minute: number) => date.getTime() / 60_000 + minute;
const sameDay = (a: Date, b: Date) => a.getTime() === b.getTime();
const byRundown = (a: Timed, b: Timed) => moment(a.date, a.startMinute) - moment(b.date, b.startMinute);

export function sessionPhase(session: Timed, now: WallClock): SessionPhase {
  const at = moment(now.date, now.minute);
  if (moment(session.date, session.endMinute) <= at) return "ended";
  return moment(session.date, session.startMinute) <= at ? "now" : "later";
}

/**
 * The section of one batch's card. A finished or cancelled batch is past whatever its dates say. Otherwise a
 * batch with a session today is today's (even once that session has ended: its attendance is still to be
 * filled in), one with a session on a later day is coming up, and one whose sessions all lie before today is
 * past. Cancelled sessions decide nothing unless every session is cancelled.
 */
export function batchSection(batch: { status: BatchStatus }, sessions: readonly Timed[], now: WallClock): ScheduleSection {
  if (batch.status === "DONE" || batch.status === "CANCELLED") return "past";
  const held = sessions.some((s) => !s.cancelled) ? sessions.filter((s) => !s.cancelled) : sessions;
  if (held.some((s) => sameDay(s.date, now.date))) return "today";
  return held.some((s) => s.date.getTime() > now.date.getTime()) ? "upcoming" : "past";
}

/** After every card that still has a session to come (minutes since 1970 stay far below this). */
const ALL_ENDED = 1e10;

/**
 * The number a card is sorted by: today and coming up, its first session still to end, soonest first, and
 * cards whose sessions have all ended after those; finished, its last session, most recent first.
 */
function sortKey(sessions: readonly Timed[], section: ScheduleSection, now: WallClock): number {
  const moments = sessions.map((s) => moment(s.date, s.startMinute));
  if (section === "past") return -Math.max(...moments);
  const open = sessions.filter((s) => sessionPhase(s, now) !== "ended").map((s) => moment(s.date, s.startMinute));
  return open.length ? Math.min(...open) : ALL_ENDED + Math.max(...moments);
}

/**
 * Groups a trainer's sessions into one card per batch (its sessions in rundown order, each with its phase) and
 * sorts the cards into today (soonest first), coming up (soonest first) and finished (most recent first).
 */
export function groupSchedule<B extends { id: string; status: BatchStatus }, S extends Timed>(
  rows: readonly { batch: B; session: S }[],
  now: WallClock,
): Schedule<B, S> {
  const byBatch = new Map<string, { batch: B; sessions: S[] }>();
  for (const { batch, session } of rows) {
    const group = byBatch.get(batch.id) ?? { batch, sessions: [] };
    group.sessions.push(session);
    byBatch.set(batch.id, group);
  }
  const schedule: Schedule<B, S> = { today: [], upcoming: [], past: [] };
  const keys = new Map<ScheduleGroup<B, S>, number>();
  for (const { batch, sessions } of byBatch.values()) {
    const ordered = [...sessions].sort(byRundown);
    const section = batchSection(batch, ordered, now);
    const group = { batch, sessions: ordered.map((s) => ({ ...s, phase: sessionPhase(s, now) })) };
    keys.set(group, sortKey(ordered, section, now));
    schedule[section].push(group);
  }
  for (const section of Object.values(schedule)) section.sort((a, b) => keys.get(a)! - keys.get(b)!);
  return schedule;
}
