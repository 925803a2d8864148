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
