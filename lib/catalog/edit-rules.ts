// Pure rules for changing a batch after it was saved: what its state still allows, and what a change means for
// the people already confirmed. No I/O: the command (./edit-commands.ts) reads the facts and applies the verdict.
import type { BatchStatus } from "@/lib/generated/prisma/enums";
import { clock } from "./rules";

const DAY_MS = 86_400_000;

/** The fields of a batch an admin may change after saving it. Dates are UTC midnight; the window is instants. */
export type BatchEditable = {
  startDate: Date;
  endDate: Date;
  venue: string | null;
  onlineUrl: string | null;
  capacity: number;
  registrationOpensAt: Date;
  registrationClosesAt: Date;
};

/** What the database says about the batch at the moment of the change. */
export type BatchFacts = {
  status: BatchStatus;
  confirmedCount: number;
  /** Attendance marks recorded for any of its sessions. */
  attendanceCount: number;
  /** Its rundown sessions' dates (cancelled ones too: they keep their day). */
  sessionDates: readonly Date[];
};

/** A refusal: the catalog key of the message, the field it belongs to, and the values its text names. */
export type EditRefusal = { field: keyof BatchEditable | "_"; message: string; values?: Record<string, number | string> };

/** A finished batch is history (JP credited from it) and a cancelled one released everyone: neither is edited. */
export function isBatchEditable(status: BatchStatus): boolean {
  return status !== "DONE" && status !== "CANCELLED";
}

const sameDay = (a: Date, b: Date) => a.getTime() === b.getTime();

export const datesChanged = (before: BatchEditable, after: BatchEditable) =>
  !sameDay(before.startDate, after.startDate) || !sameDay(before.endDate, after.endDate);

const norm = (value: string | null | undefined) => (value ?? "").trim();
export const venueChanged = (before: Pick<BatchEditable, "venue">, after: Pick<BatchEditable, "venue">) => norm(before.venue) !== norm(after.venue);

/** Days the rundown moves with the start date: sessions keep their place in the programme (day 2 stays day 2). */
export function sessionShiftDays(before: Pick<BatchEditable, "startDate">, after: Pick<BatchEditable, "startDate">): number {
  return Math.round((after.startDate.getTime() - before.startDate.getTime()) / DAY_MS);
}

export function shiftDate(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/**
 * The end of the start day on the agency's wall clock (UTC+offset): registration must close by then, or people
 * could still register for a training that has already begun.
 */
export function latestRegistrationClose(startDate: Date, utcOffsetMinutes = 420): Date {
  return new Date(startDate.getTime() + DAY_MS - utcOffsetMinutes * 60_000);
}

/**
 * Every reason the change is refused, in the order a form shows them; empty when it may be saved.
 * - nothing on a finished or cancelled batch;
 * - capacity never below the seats already confirmed;
 * - dates never move once attendance has been recorded;
 * - the rundown, moved with the start date, must still fit between the new start and end;
 * - the registration window closes after it opens and no later than the start day.
 */
export function batchEditRefusals(before: BatchEditable, after: BatchEditable, facts: BatchFacts): EditRefusal[] {
  if (!isBatchEditable(facts.status)) return [{ field: "_", message: "catalogEdit.batchLocked" }];
  const refusals: EditRefusal[] = [];
  if (after.capacity < facts.confirmedCount) {
    refusals.push({ field: "capacity", message: "catalogEdit.capacityBelowConfirmed", values: { confirmed: facts.confirmedCount } });
  }
  if (after.endDate < after.startDate) refusals.push({ field: "endDate", message: "catalog.endBeforeStart" });
  else if (datesChanged(before, after)) {
    if (facts.attendanceCount > 0) {
      refusals.push({ field: "startDate", message: "catalogEdit.datesLockedByAttendance", values: { marks: facts.attendanceCount } });
    } else {
      const shift = sessionShiftDays(before, after);
      const outside = facts.sessionDates.map((d) => shiftDate(d, shift)).filter((d) => d < after.startDate || d > after.endDate).length;
      if (outside) refusals.push({ field: "endDate", message: "catalogEdit.sessionsOutside", values: { sessions: outside } });
    }
  }
  if (after.registrationClosesAt <= after.registrationOpensAt) {
    refusals.push({ field: "registrationClosesAt", message: "catalog.endBeforeStart" });
  } else if (windowChanged(before, after) && after.registrationClosesAt > latestRegistrationClose(after.startDate)) {
    refusals.push({ field: "registrationClosesAt", message: "catalogEdit.closesAfterStart" });
  }
  return refusals;
}

/** The window is checked against the start date only when one of them changes: an untouched batch stays savable. */
function windowChanged(before: BatchEditable, after: BatchEditable): boolean {
  return (
    before.registrationOpensAt.getTime() !== after.registrationOpensAt.getTime() ||
    before.registrationClosesAt.getTime() !== after.registrationClosesAt.getTime() ||
    !sameDay(before.startDate, after.startDate)
  );
}

/** A change participants must hear about: the days or the place. (Session times come from the rundown.) */
export function isScheduleChange(before: BatchEditable, after: BatchEditable): boolean {
  return datesChanged(before, after) || venueChanged(before, after);
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The params of the "schedule changed" notice: old → new for what changed only. Dates travel as ISO days and are
 * worded by the reader's language when the inbox is read (lib/notification/notices.ts).
 */
export function scheduleChangeParams(before: BatchEditable, after: BatchEditable): Record<string, string> {
  const out: Record<string, string> = {};
  if (datesChanged(before, after)) {
    out.fromDates = `${isoDay(before.startDate)}/${isoDay(before.endDate)}`;
    out.toDates = `${isoDay(after.startDate)}/${isoDay(after.endDate)}`;
  }
  if (venueChanged(before, after)) {
    out.fromVenue = norm(before.venue);
    out.toVenue = norm(after.venue);
  }
  return out;
}

export type SessionSchedule = { date: Date; startMinute: number; endMinute: number; cancelled: boolean };

/**
 * The old → new params of a rundown session's change (its day, its hours, or its cancellation); null when the
 * session's schedule did not change (only the reason was edited).
 */
export function sessionChangeParams(before: SessionSchedule, after: SessionSchedule): Record<string, string | number> | null {
  const out: Record<string, string | number> = {};
  if (after.cancelled && !before.cancelled) out.cancelledSession = 1;
  if (before.date.getTime() !== after.date.getTime()) {
    out.fromDates = `${isoDay(before.date)}/${isoDay(before.date)}`;
    out.toDates = `${isoDay(after.date)}/${isoDay(after.date)}`;
  }
  if (before.startMinute !== after.startMinute || before.endMinute !== after.endMinute) {
    out.fromTime = `${clock(before.startMinute)}–${clock(before.endMinute)}`;
    out.toTime = `${clock(after.startMinute)}–${clock(after.endMinute)}`;
  }
  return Object.keys(out).length ? out : null;
}

/** At most this many names in a supervisor's notice; the rest are counted ("Ani, Budi, Citra +2"). */
const NAMES_SHOWN = 3;

export function staffNames(names: readonly string[]): string {
  const shown = names.slice(0, NAMES_SHOWN).join(", ");
  return names.length > NAMES_SHOWN ? `${shown} +${names.length - NAMES_SHOWN}` : shown;
}
