// Pure attendance rules, shared by the attendance grid (live summary) and completeBatch (JP credit):
// present or late counts as attended, and only sessions that count for JP contribute their held minutes.
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
