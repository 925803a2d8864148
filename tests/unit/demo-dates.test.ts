// The demo seed must work on any day of the year: a batch it closes "this year" has to lie in the past.
import { describe, expect, it } from "vitest";
import { earlierThisYear } from "@/tests/factories/demo-compliance";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("earlierThisYear", () => {
  it("keeps the preferred day once it has passed", () => {
    expect(earlierThisYear("2026-02-10", day("2026-12-05"))).toBe("2026-02-10");
    expect(earlierThisYear("2026-02-10", day("2026-02-11"))).toBe("2026-02-10");
  });
  it("takes yesterday before then, and nothing on 1 January", () => {
    expect(earlierThisYear("2026-02-10", day("2026-02-10"))).toBe("2026-02-09");
    expect(earlierThisYear("2026-02-10", day("2026-01-02"))).toBe("2026-01-01");
    expect(earlierThisYear("2026-02-10", day("2026-01-01"))).toBeNull();
  });
});
