import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AttendanceStatus, BatchStatus, SessionKind } from "@/lib/generated/prisma/enums";
import { accessFor } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";
import { heldMinutes } from "@/lib/catalog/rules";
import { db } from "@/lib/db";
import { ledgerYear } from "@/lib/ledger/rules";
import { formatNip } from "@/lib/people/nip";
import { fullName } from "@/lib/people/rules";
import { policyOrDefault } from "@/lib/policy/rules";
import { isUuid } from "@/lib/uuid";
import { wallClock } from "@/lib/time";
import { hasStarted, learningSessions } from "./rules";


export type GridSession = {
  id: string;
  date: Date;
  startMinute: number;
  endMinute: number;
  title: string;
  place: string | null;
  kind: SessionKind;
  cancelled: boolean;
  /** Not started yet on the agency's wall clock: no attendance can be recorded for it. */
  upcoming: boolean;
  /** Counts towards JP: always true, since the grid holds learning sessions only (see isLearningSession). */
  countsJp: boolean;
  /** Minutes actually held (0 once cancelled). */
  minutes: number;
};

export type GridParticipant = {
  enrolmentId: string;
  name: string;
  nip: string;
  marks: Record<string, AttendanceStatus>;
};

export type AttendanceGrid = {
  batch: { id: string; number: number; status: BatchStatus; startDate: Date; endDate: Date; venue: string | null; programTitle: string };
  readOnly: boolean;
  thresholdPct: number;
  /** Learning minutes actually held: the denominator of the completion threshold. */
  heldMinutes: number;
  /** Learning sessions only: the columns of the grid. */
  sessions: GridSession[];
  /** Sessions left out of the grid as schedule only (ISHOMA, opening, closing, travel …). */
  scheduleOnlyCount: number;
  participants: GridParticipant[];
};

/**
 * Where the viewer may record attendance, as a batch filter: any batch of the agency for an admin, only
 * batches in whose rundown they teach for a trainer (the same rule as assertMayRecord); null when none.
 */
export function recordableBatches(viewer: Viewer): Prisma.BatchWhereInput | null {
  const access = accessFor(viewer.roles, "record:attendance");
  if (access.includes("any")) return { agencyId: viewer.agencyId };
  if (!access.length || !viewer.employeeId) return null;
  return {
    agencyId: viewer.agencyId,
    sessions: { some: { trainers: { some: { trainer: { employeeId: viewer.employeeId, agencyId: viewer.agencyId } } } } },
  };
}

/**
 * The attendance grid of one batch in one database call: sessions in rundown order, CONFIRMED participants
 * by name with their saved marks, and the completion policy of the batch's year. Null when the batch does
 * not exist for this viewer (another agency's, or one a trainer does not teach in).
 */
export async function getAttendanceGrid(viewer: Viewer, batchId: string): Promise<AttendanceGrid | null> {
  const scope = recordableBatches(viewer);
  if (!scope || !isUuid(batchId)) return null;
  const batch = await db.batch.findFirst({
    where: { AND: [scope, { id: batchId }] },
    select: {
      id: true,
      number: true,
      status: true,
      startDate: true,
      endDate: true,
      venue: true,
      program: { select: { title: true } },
      agency: { select: { policies: { select: { year: true, completionThresholdPct: true, jpSessionKinds: true } } } },
      sessions: {
        orderBy: [{ date: "asc" }, { startMinute: "asc" }, { id: "asc" }],
        select: { id: true, date: true, startMinute: true, endMinute: true, title: true, place: true, kind: true, cancelled: true },
      },
      enrolments: {
        where: { status: "CONFIRMED" },
        orderBy: [{ employee: { name: "asc" } }, { id: "asc" }],
        select: {
          id: true,
          employee: { select: { nip: true, name: true, frontTitle: true, backTitle: true } },
          attendance: { select: { sessionId: true, status: true } },
        },
      },
    },
  });
  if (!batch) return null;

  // completeBatch uses the policy of the ledger year (the batch's last day); so does the grid.
  const policy = policyOrDefault(batch.agency.policies.find((p) => p.year === ledgerYear(batch.endDate)));
  const now = wallClock();
  // Only learning sessions take attendance; ISHOMA, the opening and the like are schedule only.
  const sessions: GridSession[] = learningSessions(batch.sessions, policy.jpSessionKinds).map((s) => ({
    ...s,
    upcoming: !hasStarted(s, now),
    countsJp: true,
    minutes: heldMinutes(s),
  }));
  return {
    batch: {
      id: batch.id,
      number: batch.number,
      status: batch.status,
      startDate: batch.startDate,
      endDate: batch.endDate,
      venue: batch.venue,
      programTitle: batch.program.title,
    },
    readOnly: batch.status === "DONE" || batch.status === "CANCELLED",
    thresholdPct: policy.completionThresholdPct,
    heldMinutes: sessions.reduce((sum, s) => sum + s.minutes, 0),
    sessions,
    scheduleOnlyCount: batch.sessions.length - sessions.length,
    participants: batch.enrolments.map((e) => ({
      enrolmentId: e.id,
      name: fullName(e.employee),
      nip: formatNip(e.employee.nip),
      marks: Object.fromEntries(e.attendance.map((a) => [a.sessionId, a.status])),
    })),
  };
}
