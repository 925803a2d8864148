// The timing rules of attendance and completion (lib/attendance/rules.ts) on the agency wall clock (lib/time.ts).
import { describe, expect, it } from "vitest";
import { batchHasEnded, hasStarted } from "@/lib/attendance/rules";
import { wallClock } from "@/lib/time";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("wallClock", () => {
  it("reads the date and minute in WIB (UTC+7), across midnight", () => {
    expect(wallClock(new Date("2030-06-03T01:00:00Z"))).toEqual({ date: d("2030-06-03"), minute: 8 * 60 });
    expect(wallClock(new Date("2030-06-03T17:30:00Z"))).toEqual({ date: d("2030-06-04"), minute: 30 });
    expect(wallClock(new Date("2030-06-03T16:59:00Z"))).toEqual({ date: d("2030-06-03"), minute: 23 * 60 + 59 });
    expect(wallClock(new Date("2030-06-03T00:00:00Z"), "Asia/Jayapura")).toEqual({ date: d("2030-06-03"), minute: 9 * 60 });
  });
});

describe("hasStarted and batchHasEnded", () => {
  const session = { date: d("2030-06-03"), startMinute: 480, endMinute: 600 };
  it("a session has started from its first minute on", () => {
    expect(hasStarted(session, { date: d("2030-06-03"), minute: 479 })).toBe(false);
    expect(hasStarted(session, { date: d("2030-06-03"), minute: 480 })).toBe(true);
    expect(hasStarted(session, { date: d("2030-06-02"), minute: 1439 })).toBe(false);
    expect(hasStarted(session, { date: d("2030-06-04"), minute: 0 })).toBe(true);
  });

  it("a batch has ended when its last session still held has ended; without sessions, after its last day", () => {
    const sessions = [
      { ...session, cancelled: false },
      { date: d("2030-06-04"), startMinute: 780, endMinute: 900, cancelled: false },
    ];
    const batch = { endDate: d("2030-06-04") };
    expect(batchHasEnded(batch, sessions, { date: d("2030-06-04"), minute: 899 })).toBe(false);
    expect(batchHasEnded(batch, sessions, { date: d("2030-06-04"), minute: 900 })).toBe(true);
    expect(batchHasEnded(batch, [sessions[0]!, { ...sessions[1]!, cancelled: true }], { date: d("2030-06-03"), minute: 600 })).toBe(true);
    expect(batchHasEnded(batch, [], { date: d("2030-06-04"), minute: 1439 })).toBe(false);
    expect(batchHasEnded(batch, [], { date: d("2030-06-05"), minute: 0 })).toBe(true);
  });
});
