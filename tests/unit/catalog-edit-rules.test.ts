import { describe, expect, it } from "vitest";
import {
  batchEditRefusals, isBatchEditable, isScheduleChange, latestRegistrationClose, scheduleChangeParams, sessionChangeParams,
  sessionShiftDays, staffNames, type BatchEditable, type BatchFacts,
} from "@/lib/catalog/edit-rules";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

const saved: BatchEditable = {
  startDate: day("2027-03-01"),
  endDate: day("2027-03-03"),
  venue: "Aula BKPSDM",
  onlineUrl: null,
  capacity: 30,
  registrationOpensAt: new Date("2027-02-01T01:00:00Z"),
  registrationClosesAt: new Date("2027-02-20T10:00:00Z"),
};
const facts = (over: Partial<BatchFacts> = {}): BatchFacts => ({
  status: "OPEN", confirmedCount: 12, attendanceCount: 0, sessionDates: [day("2027-03-01"), day("2027-03-02"), day("2027-03-03")], ...over,
});
const refusals = (after: Partial<BatchEditable>, f: Partial<BatchFacts> = {}) => batchEditRefusals(saved, { ...saved, ...after }, facts(f));

describe("batch edit rules: state", () => {
  it("allows changes until the batch is done or cancelled", () => {
    expect(["DRAFT", "OPEN", "CLOSED", "RUNNING"].every((s) => isBatchEditable(s as BatchFacts["status"]))).toBe(true);
    expect(isBatchEditable("DONE")).toBe(false);
    expect(isBatchEditable("CANCELLED")).toBe(false);
  });

  it("refuses everything on a finished or cancelled batch, with one message", () => {
    for (const status of ["DONE", "CANCELLED"] as const) {
      expect(refusals({ venue: "Hotel" }, { status })).toEqual([{ field: "_", message: "catalogEdit.batchLocked" }]);
    }
  });

  it("accepts the unchanged batch and a plain change of venue", () => {
    expect(refusals({})).toEqual([]);
    expect(refusals({ venue: "Hotel Santika" })).toEqual([]);
  });
});

describe("batch edit rules: capacity", () => {
  it("refuses a capacity below the confirmed seats, naming their count", () => {
    expect(refusals({ capacity: 11 })).toEqual([{ field: "capacity", message: "catalogEdit.capacityBelowConfirmed", values: { confirmed: 12 } }]);
  });

  it("accepts a capacity equal to the confirmed seats", () => {
    expect(refusals({ capacity: 12 })).toEqual([]);
  });
});

describe("batch edit rules: dates", () => {
  it("moves the rundown with the start date", () => {
    expect(sessionShiftDays(saved, { startDate: day("2027-03-08") })).toBe(7);
    expect(sessionShiftDays(saved, { startDate: day("2027-02-27") })).toBe(-2);
    expect(refusals({ startDate: day("2027-03-08"), endDate: day("2027-03-10") })).toEqual([]);
  });

  it("refuses to move dates once attendance exists", () => {
    expect(refusals({ startDate: day("2027-03-08"), endDate: day("2027-03-10") }, { attendanceCount: 5 })).toEqual([
      { field: "startDate", message: "catalogEdit.datesLockedByAttendance", values: { marks: 5 } },
    ]);
  });

  it("still allows a venue or capacity change when attendance exists", () => {
    expect(refusals({ venue: "Hotel", capacity: 40 }, { attendanceCount: 5 })).toEqual([]);
  });

  it("refuses a shorter batch that leaves rundown sessions outside its days", () => {
    expect(refusals({ endDate: day("2027-03-02") })).toEqual([{ field: "endDate", message: "catalogEdit.sessionsOutside", values: { sessions: 1 } }]);
  });

  it("refuses an end before the start", () => {
    expect(refusals({ endDate: day("2027-02-28") })).toEqual([{ field: "endDate", message: "catalog.endBeforeStart" }]);
  });
});

describe("batch edit rules: registration window", () => {
  it("closes by the end of the start day on the agency's wall clock (WIB)", () => {
    expect(latestRegistrationClose(day("2027-03-01")).toISOString()).toBe("2027-03-01T17:00:00.000Z");
  });

  it("refuses a window that closes after the start day, or before it opens", () => {
    expect(refusals({ registrationClosesAt: new Date("2027-03-01T18:00:00Z") })).toEqual([{ field: "registrationClosesAt", message: "catalogEdit.closesAfterStart" }]);
    expect(refusals({ registrationClosesAt: new Date("2027-01-01T00:00:00Z") })).toEqual([{ field: "registrationClosesAt", message: "catalog.endBeforeStart" }]);
  });

  it("refuses moving the start before a window that stays open", () => {
    expect(refusals({ startDate: day("2027-02-15"), endDate: day("2027-02-17") }, { sessionDates: [] })).toEqual([
      { field: "registrationClosesAt", message: "catalogEdit.closesAfterStart" },
    ]);
  });
});

describe("what a change means for participants", () => {
  it("counts days and place as a schedule change, not capacity or the window", () => {
    expect(isScheduleChange(saved, { ...saved, venue: "Hotel" })).toBe(true);
    expect(isScheduleChange(saved, { ...saved, endDate: day("2027-03-04") })).toBe(true);
    expect(isScheduleChange(saved, { ...saved, venue: " Aula BKPSDM " })).toBe(false);
    expect(isScheduleChange(saved, { ...saved, capacity: 50, registrationClosesAt: new Date("2027-02-25T00:00:00Z") })).toBe(false);
  });

  it("carries old → new for what changed only", () => {
    expect(scheduleChangeParams(saved, { ...saved, venue: "Hotel" })).toEqual({ fromVenue: "Aula BKPSDM", toVenue: "Hotel" });
    expect(scheduleChangeParams(saved, { ...saved, startDate: day("2027-03-08"), endDate: day("2027-03-10") })).toEqual({
      fromDates: "2027-03-01/2027-03-03", toDates: "2027-03-08/2027-03-10",
    });
  });

  it("describes a session's new hours, day or cancellation; nothing when only the reason changed", () => {
    const s = { date: day("2027-03-01"), startMinute: 480, endMinute: 600, cancelled: false };
    expect(sessionChangeParams(s, { ...s, startMinute: 540, endMinute: 660 })).toEqual({ fromTime: "08:00–10:00", toTime: "09:00–11:00" });
    expect(sessionChangeParams(s, { ...s, date: day("2027-03-02") })).toEqual({ fromDates: "2027-03-01/2027-03-01", toDates: "2027-03-02/2027-03-02" });
    expect(sessionChangeParams(s, { ...s, cancelled: true })).toEqual({ cancelledSession: 1 });
    expect(sessionChangeParams(s, { ...s })).toBeNull();
  });

  it("names at most three staff in a supervisor's notice and counts the rest", () => {
    expect(staffNames(["Ani"])).toBe("Ani");
    expect(staffNames(["Ani", "Budi", "Citra", "Dedi", "Eka"])).toBe("Ani, Budi, Citra +2");
  });
});
