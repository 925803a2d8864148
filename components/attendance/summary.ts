// Pure helpers of the attendance grid, shared by its client component and the tests.
// They mirror completeBatch (lib/enrolment/completion.ts): present or late counts as attended, and only
// sessions that count for JP contribute their held minutes (a cancelled session holds none).
import type { AttendanceStatus } from "@/lib/generated/prisma/enums";

export const ATTENDANCE_STATUSES: readonly AttendanceStatus[] = ["PRESENT", "LATE", "EXCUSED", "ABSENT"];
const ATTENDED: readonly AttendanceStatus[] = ["PRESENT", "LATE"];

export type RowMarks = Partial<Record<string, AttendanceStatus>>;
export type SessionMinutes = { id: string; countsJp: boolean; minutes: number };

/** Learning minutes one participant attended, from their marks per session id. */
export function attendedMinutes(row: RowMarks, sessions: readonly SessionMinutes[]): number {
  return sessions.reduce((sum, s) => {
    const status = row[s.id];
    return s.countsJp && status && ATTENDED.includes(status) ? sum + s.minutes : sum;
  }, 0);
}

export type Mark = { sessionId: string; enrolmentId: string; status: AttendanceStatus };

/** Every mark set on editable sessions, as the list recordAttendance takes. */
export function marksPayload(rows: Record<string, RowMarks>, enrolmentIds: readonly string[], sessionIds: readonly string[]): Mark[] {
  return enrolmentIds.flatMap((enrolmentId) =>
    sessionIds.flatMap((sessionId) => {
      const status = rows[enrolmentId]?.[sessionId];
      return status ? [{ sessionId, enrolmentId, status }] : [];
    }),
  );
}
