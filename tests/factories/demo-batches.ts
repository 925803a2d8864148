// Small builders for demo batches that run through the app's own commands: create, enrol, mark, close.
import { executeCommand } from "@/lib/action";
import type { Viewer } from "@/lib/auth/load-viewer";
import { recordAttendance } from "@/lib/attendance/commands";
import { createBatch, setBatchStatus } from "@/lib/batch/lifecycle";
import { db } from "@/lib/db";
import { enrolDirectly } from "@/lib/enrolment/commands";
import { completeBatch } from "@/lib/batch/completion";
import { isWeekend } from "./demo-rules";

const DAY = 86_400_000;
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const iso = (d: Date) => d.toISOString().slice(0, 10);

/** An OPEN batch of `days` days starting `start`, each day one learning session of `minutesPerDay`. */
export async function plannedBatch(admin: Viewer, programId: string, number: number, start: string, minutesPerDay: number, days = 1) {
  const first = day(start);
  // The demo trains on weekdays only (demo-rules.ts); a caller that picks a weekend is wrong, not the calendar.
  if (Array.from({ length: days }, (_, i) => new Date(first.getTime() + i * DAY)).some(isWeekend)) throw new Error(`Demo batch ${number} from ${start} falls on a weekend`);
  const { batchId } = await executeCommand(createBatch, admin, {
    programId, number, startDate: start, endDate: iso(new Date(first.getTime() + (days - 1) * DAY)), capacity: 40,
    venue: "Gedung Diklat BKPP Kota Semarang", quotas: [],
    registrationOpensAt: new Date(first.getTime() - 30 * DAY).toISOString(), registrationClosesAt: new Date(first.getTime() - DAY).toISOString(),
    sessions: Array.from({ length: days }, (_, i) => ({
      date: iso(new Date(first.getTime() + i * DAY)), startMinute: 8 * 60, endMinute: 8 * 60 + minutesPerDay, title: `Penyampaian materi hari ${i + 1}`, kind: "LEARNING",
    })),
  });
  await executeCommand(setBatchStatus, admin, { batchId, status: "OPEN" });
  return batchId;
}

/** Marks every confirmed participant present, except `absent` (absent from every session). */
export async function markAttendance(admin: Viewer, batchId: string, absent: readonly string[] = []) {
  const [sessions, enrolments] = await Promise.all([
    db.rundownSession.findMany({ where: { batchId } }),
    db.enrolment.findMany({ where: { batchId, status: "CONFIRMED" }, select: { id: true, employeeId: true } }),
  ]);
  const marks = enrolments.flatMap((e) => sessions.map((s) => ({
    sessionId: s.id, enrolmentId: e.id, status: absent.includes(e.employeeId) ? ("ABSENT" as const) : ("PRESENT" as const),
  })));
  if (marks.length) await executeCommand(recordAttendance, admin, { batchId, marks });
}

/** Enrols the participants, runs the batch, marks attendance and closes it, which credits JP. */
export async function attendAndClose(admin: Viewer, batchId: string, present: readonly string[], absent: readonly string[] = []) {
  for (const employeeId of [...present, ...absent]) await executeCommand(enrolDirectly, admin, { batchId, employeeId });
  await executeCommand(setBatchStatus, admin, { batchId, status: "CLOSED" });
  await executeCommand(setBatchStatus, admin, { batchId, status: "RUNNING" });
  await markAttendance(admin, batchId, absent);
  await executeCommand(completeBatch, admin, { batchId, reason: "" });
}
