import { describe, expect, it } from "vitest";
import { calendarToday } from "@/lib/time";

describe("calendarToday", () => {
  it.each([
    ["2026-11-24T16:59:59Z", "2026-11-24"], // 23:59:59 WIB
    ["2026-11-24T17:00:00Z", "2026-11-25"], // midnight WIB: already the next day in Jakarta
    ["2026-12-31T18:30:00Z", "2027-01-01"], // new year in WIB while still 31 December in UTC
  ])("%s is %s on a Jakarta wall clock, as UTC midnight", (now, date) => {
    expect(calendarToday(new Date(now)).toISOString()).toBe(`${date}T00:00:00.000Z`);
  });

  it("follows the agency's zone when given (WIT is UTC+9)", () => {
    expect(calendarToday(new Date("2026-11-24T15:30:00Z"), "Asia/Jayapura").toISOString()).toBe("2026-11-25T00:00:00.000Z");
  });
});
