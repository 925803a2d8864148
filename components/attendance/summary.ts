// Pure helpers of the attendance grid's client component (the attendance rules live in lib/attendance/rules.ts).
import type { AttendanceStatus } from "@/lib/generated/prisma/enums";
import type { RowMarks } from "@/lib/attendance/rules";

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

/**
 * "Hadir semua" for a past batch entered after the fact: every participant PRESENT in every editable session,
 * in one pass. Marks already set (an absence typed before) are overwritten; the admin then changes the few who
 * were not there and saves once.
 */
export function allPresent(rows: Record<string, RowMarks>, enrolmentIds: readonly string[], sessionIds: readonly string[]): Record<string, RowMarks> {
  const next: Record<string, RowMarks> = { ...rows };
  for (const enrolmentId of enrolmentIds) {
    next[enrolmentId] = { ...rows[enrolmentId], ...Object.fromEntries(sessionIds.map((s) => [s, "PRESENT" as const])) };
  }
  return next;
}
