// The demo seed must work on any day of the year: a batch it closes "this year" has to lie in the past.
import { describe, expect, it } from "vitest";
import { earlierThisYear } from "@/tests/factories/demo-compliance";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("earlierThisYear", () => {
  it("keeps the preferred day once it has passed", () => {
    expect(earlierThisYear("2026-02-10", day("2026-12-05"))).toBe("2026-02-10");
    expect(earlierThisYear("2026-02-10", day("2026-02-11"))).toBe("2026-02-10");
  });
  it("takes the last weekday before today before then, and nothing on or before 1 January (a holiday)", () => {
    expect(earlierThisYear("2026-02-10", day("2026-02-10"))).toBe("2026-02-09");
    expect(earlierThisYear("2026-02-10", day("2026-02-09"))).toBe("2026-02-06"); // a Monday: the Friday before
    expect(earlierThisYear("2026-02-10", day("2026-01-05"))).toBe("2026-01-02");
    expect(earlierThisYear("2026-02-10", day("2026-01-02"))).toBeNull();
    expect(earlierThisYear("2026-02-10", day("2026-01-01"))).toBeNull();
  });
  it("never picks a Saturday or Sunday", () => {
    expect(earlierThisYear("2029-02-10", day("2029-12-05"))).toBe("2029-02-09"); // 10 February 2029 is a Saturday
    expect(earlierThisYear("2026-02-10", day("2026-01-12"))).toBe("2026-01-09");
  });
});
