// A past batch entered after the fact (issue 13): judged on its own dates, straight to RUNNING, a registration
// window of its own when left empty, and attendance filled in one pass.
import { describe, expect, it } from "vitest";
import { allPresent } from "@/components/attendance/summary";
import { canMoveBatch } from "@/lib/catalog/rules";
import { pastBatchWindow, wallClockToIso } from "@/lib/catalog/wall-clock";
import { eligibilityDay, isPastBatch } from "@/lib/enrolment/rules";
import { isInService } from "@/lib/people/rules";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const batch = { startDate: day("2026-03-02"), endDate: day("2026-03-06") };

describe("a past batch's dates", () => {
  it("is past once its last day is before today, and is then judged on its first day", () => {
    expect(isPastBatch(batch, day("2026-03-07"))).toBe(true);
    expect(isPastBatch(batch, day("2026-03-06"))).toBe(false); // its last day is today: still running
    expect(eligibilityDay(batch, day("2026-12-05"))).toEqual(day("2026-03-02"));
    expect(eligibilityDay(batch, day("2026-03-04"))).toEqual(day("2026-03-04"));
  });

  it("counts someone retired since as in service on a past batch's first day, not on today", () => {
    const retired = { serviceEndDate: day("2026-06-30") };
    const today = day("2026-12-05");
    expect(isInService(retired, eligibilityDay(batch, today))).toBe(true);
    expect(isInService(retired, today)).toBe(false);
    const future = { startDate: day("2027-01-04"), endDate: day("2027-01-05") };
    expect(isInService(retired, eligibilityDay(future, today))).toBe(false);
  });
});

describe("canMoveBatch for a past batch", () => {
  it("allows DRAFT, OPEN or CLOSED straight to RUNNING only when the batch is past", () => {
    for (const from of ["DRAFT", "OPEN", "CLOSED"] as const) {
      expect(canMoveBatch(from, "RUNNING", true)).toBe(true);
    }
    expect(canMoveBatch("DRAFT", "RUNNING")).toBe(false);
    expect(canMoveBatch("OPEN", "RUNNING")).toBe(false);
    expect(canMoveBatch("CLOSED", "RUNNING")).toBe(true);
    // Never out of DONE or CANCELLED, and never to DONE (that is the completion command's).
    expect(canMoveBatch("DONE", "RUNNING", true)).toBe(false);
    expect(canMoveBatch("CANCELLED", "RUNNING", true)).toBe(false);
    expect(canMoveBatch("RUNNING", "DONE", true)).toBe(false);
  });
});

describe("pastBatchWindow", () => {
  it("gives a past batch the day before it began as its (long over) window", () => {
    expect(pastBatchWindow("2026-03-02", "2026-03-06", "2026-12-05")).toEqual({ opensAt: "2026-03-01T00:00", closesAt: "2026-03-01T23:59" });
    expect(pastBatchWindow("2026-01-01", "2026-01-01", "2026-12-05")).toEqual({ opensAt: "2025-12-31T00:00", closesAt: "2025-12-31T23:59" });
    const window = pastBatchWindow("2026-03-02", "2026-03-06", "2026-12-05")!;
    expect(new Date(wallClockToIso(window.closesAt) as string) > new Date(wallClockToIso(window.opensAt) as string)).toBe(true);
  });

  it("gives nothing to a batch still to come or under way, or to dates that are not dates", () => {
    expect(pastBatchWindow("2026-12-01", "2026-12-05", "2026-12-05")).toBeNull();
    expect(pastBatchWindow("2027-01-01", "2027-01-02", "2026-12-05")).toBeNull();
    expect(pastBatchWindow("", "2026-01-02", "2026-12-05")).toBeNull();
    expect(pastBatchWindow(undefined, 42, "2026-12-05")).toBeNull();
  });
});

describe("allPresent", () => {
  it("marks every participant present in every given session, overwriting earlier marks, leaving other sessions alone", () => {
    const rows = { e1: { s1: "ABSENT" as const, s3: "EXCUSED" as const }, e2: {} };
    expect(allPresent(rows, ["e1", "e2", "e3"], ["s1", "s2"])).toEqual({
      e1: { s1: "PRESENT", s2: "PRESENT", s3: "EXCUSED" },
      e2: { s1: "PRESENT", s2: "PRESENT" },
      e3: { s1: "PRESENT", s2: "PRESENT" },
    });
    expect(rows.e1.s1).toBe("ABSENT"); // the grid's state is not mutated
  });
});
