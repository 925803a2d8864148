// Pure attendance rules, shared by the attendance grid (live summary) and completeBatch (JP credit):
// present or late counts as attended, and only sessions that count for JP contribute their held minutes.
import type { AttendanceStatus, SessionKind } from "@/lib/generated/prisma/enums";
import { SCHEDULE_ONLY_KINDS } from "@/lib/policy/rules";
import type { WallClock } from "@/lib/time";

export const ATTENDANCE_STATUSES: readonly AttendanceStatus[] = ["PRESENT", "LATE", "EXCUSED", "ABSENT"];
const ATTENDED: readonly AttendanceStatus[] = ["PRESENT", "LATE"];

/**
 * A learning session counts towards JP and takes attendance: its kind is one the policy counts (LEARNING by
 * default), and never a schedule-only kind (ISHOMA/meal, travel, opening, closing), whatever the list says.
 * Every other session is shown as schedule only: time and title, no JP, no attendance column.
 */
export function isLearningSession(kind: SessionKind, countedKinds: readonly SessionKind[]): boolean {
  return countedKinds.includes(kind) && !SCHEDULE_ONLY_KINDS.includes(kind);
}

/** The sessions of a rundown that count towards JP and take attendance, in the order given. */
export function learningSessions<S extends { kind: SessionKind }>(sessions: readonly S[], countedKinds: readonly SessionKind[]): S[] {
  return sessions.filter((s) => isLearningSession(s.kind, countedKinds));
}

export type RowMarks = Partial<Record<string, AttendanceStatus>>;
export type SessionMinutes = { id: string; countsJp: boolean; minutes: number };

/** Learning minutes one participant attended, from their marks per session id. */
export function attendedMinutes(row: RowMarks, sessions: readonly SessionMinutes[]): number {
  return sessions.reduce((sum, s) => {
    const status = row[s.id];
    return s.countsJp && status && ATTENDED.includes(status) ? sum + s.minutes : sum;
  }, 0);
}

export type SessionTime = { date: Date; startMinute: number; endMinute: number };

/** A moment on the agency's wall clock as one comparable number (minutes; dates are UTC midnight). */
const moment = (date: Date, minute: number) => date.getTime() / 60_000 + minute;

/** Attendance can be recorded once a session has started (on the agency's wall clock), not before. */
export function hasStarted(session: SessionTime, now: WallClock): boolean {
  return moment(session.date, session.startMinute) <= moment(now.date, now.minute);
}

/**
 * A batch can be completed (and JP credited) once its last session that still takes place has ended; a batch
 * without such sessions, once its last day is over.
 */
export function batchHasEnded(batch: { endDate: Date }, sessions: readonly (SessionTime & { cancelled: boolean })[], now: WallClock): boolean {
  const held = sessions.filter((s) => !s.cancelled);
  const end = held.length ? Math.max(...held.map((s) => moment(s.date, s.endMinute))) : moment(batch.endDate, 24 * 60);
  return end <= moment(now.date, now.minute);
}
