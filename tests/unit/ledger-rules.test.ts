import { describe, it, expect } from "vitest";
import {
  MINUTES_PER_JP,
  formatJp,
  formatMinutesJp,
  jpNumber,
  jpToMinutes,
  ledgerYear,
  netMinutes,
} from "@/lib/ledger/rules";

describe("MINUTES_PER_JP", () => {
  it("is 45 minutes (DOMAIN.md: 1 JP = 45 minutes)", () => {
    expect(MINUTES_PER_JP).toBe(45);
  });
});

describe("jpNumber", () => {
  it.each([
    // [minutes, Indonesian, English]
    [0, "0,00", "0.00"],
    [45, "1,00", "1.00"],
    [90, "2,00", "2.00"],
    [120, "2,67", "2.67"], // seed 001: the one material-delivery session
    [375, "8,33", "8.33"],
    [510, "11,33", "11.33"],
    [690, "15,33", "15.33"],
    [900, "20,00", "20.00"], // the national annual minimum
    [1800, "40,00", "40.00"], // DKI's annual minimum
    [1080, "24,00", "24.00"], // PPPK ceiling
  ])("%i minutes → %s (id) / %s (en)", (minutes, id, en) => {
    expect(jpNumber(minutes, "id")).toBe(id);
    expect(jpNumber(minutes, "en")).toBe(en);
  });

  it("defaults to the Indonesian decimal comma", () => {
    expect(jpNumber(120)).toBe("2,67");
  });

  it.each([
    // minutes × 100 / 45, rounded half up to whole hundredths
    [1, "0,02"], // 2.22 → 2
    [2, "0,04"], // 4.44 → 4
    [3, "0,07"], // 6.67 → 7 (truncation would give 0,06)
    [4, "0,09"], // 8.89 → 9
    [5, "0,11"], // 11.11 → 11
    [7, "0,16"], // 15.56 → 16 (truncation would give 0,15)
    [15, "0,33"],
    [30, "0,67"],
    [44, "0,98"], // just under one JP
    [46, "1,02"], // just over one JP
    [89, "1,98"],
    [91, "2,02"],
  ])("rounds %i minutes to hundredths of a JP: %s", (minutes, expected) => {
    expect(jpNumber(minutes)).toBe(expected);
  });

  it("pads hundredths below ten with a leading zero", () => {
    expect(jpNumber(47)).toBe("1,04"); // 104.44 → 104
    expect(jpNumber(46)).not.toBe("1,2");
  });

  it("keeps whole JP figures above 99 intact", () => {
    expect(jpNumber(45_001)).toBe("1000,02");
    expect(jpNumber(45 * 1234)).toBe("1234,00");
  });

  it("derives JP from the summed minutes, not from summed rounded JP (no float drift)", () => {
    // Three 120-minute sessions: each displays as 2,67 JP, yet the total is 360 minutes = 8,00 JP, not 8,01.
    const perSession = Number(jpNumber(120, "en"));
    expect((perSession * 3).toFixed(2)).toBe("8.01");
    expect(jpNumber(120 * 3)).toBe("8,00");
    // 0.1 + 0.2-style drift: 1 JP + 2 JP in minutes is exactly 3,00.
    expect(jpNumber(45 + 90)).toBe("3,00");
  });

  it.each([
    [-360, "-8,00"],
    [-120, "-2,67"],
    [-1, "-0,02"],
    [-7, "-0,16"],
  ])("formats a reversal of %i minutes as %s (rounded symmetrically)", (minutes, expected) => {
    expect(jpNumber(minutes)).toBe(expected);
  });

  it("never prints a negative zero", () => {
    expect(jpNumber(-0)).toBe("0,00");
  });

  it("uses '.' in English and ',' in Indonesian for negatives too", () => {
    expect(jpNumber(-360, "en")).toBe("-8.00");
    expect(jpNumber(-360, "id")).toBe("-8,00");
  });
});

describe("formatJp", () => {
  it.each([
    [120, "id", "2,67 JP"],
    [510, "id", "11,33 JP"],
    [690, "id", "15,33 JP"],
    [900, "id", "20,00 JP"],
    [375, "id", "8,33 JP"],
    [0, "id", "0,00 JP"],
    [-360, "id", "-8,00 JP"],
    [120, "en", "2.67 JP"],
    [510, "en", "11.33 JP"],
    [-360, "en", "-8.00 JP"],
  ] as const)("%i minutes (%s) → %s", (minutes, locale, expected) => {
    expect(formatJp(minutes, locale)).toBe(expected);
  });

  it("defaults to Indonesian", () => {
    expect(formatJp(690)).toBe("15,33 JP");
  });
});

describe("formatMinutesJp", () => {
  it.each([
    [120, "id", "120 menit (2,67 JP)"],
    [510, "id", "510 menit (11,33 JP)"],
    [900, "id", "900 menit (20,00 JP)"],
    [0, "id", "0 menit (0,00 JP)"],
    [-360, "id", "-360 menit (-8,00 JP)"],
    [120, "en", "120 min (2.67 JP)"],
    [690, "en", "690 min (15.33 JP)"],
  ] as const)("%i minutes (%s) → %s", (minutes, locale, expected) => {
    expect(formatMinutesJp(minutes, locale)).toBe(expected);
  });

  it("defaults to Indonesian", () => {
    expect(formatMinutesJp(120)).toBe("120 menit (2,67 JP)");
  });
});

describe("jpToMinutes", () => {
  it.each([
    [2.67, 120], // 120.15 → 120, not 120.15
    [20, 900],
    [0, 0],
    [1, 45],
    [2, 90],
    [8.33, 375], // 374.85 → 375
    [11.33, 510], // 509.85 → 510
    [15.33, 690], // 689.85 → 690
    [24, 1080],
    [40, 1800],
    [0.5, 23], // 22.5 → 23: half up
    [0.01, 0], // 0.45 → 0
    [0.02, 1], // 0.9 → 1
  ])("%d JP → %i minutes", (jp, minutes) => {
    expect(jpToMinutes(jp)).toBe(minutes);
  });

  it("always returns a whole number of minutes", () => {
    for (const jp of [0.1, 0.33, 1.11, 2.67, 3.14159, 7.77, 19.99]) {
      expect(Number.isInteger(jpToMinutes(jp))).toBe(true);
    }
  });

  it("round-trips every displayed JP figure back to its minutes", () => {
    // A two-decimal JP figure is off by at most 0.005 JP = 0.225 minutes, so rounding recovers the minutes.
    for (let minutes = 0; minutes <= 2000; minutes++) {
      expect(jpToMinutes(Number(jpNumber(minutes, "en")))).toBe(minutes);
    }
  });

  it.each([
    ["a negative number", -1],
    ["a small negative number", -0.01],
    ["NaN", Number.NaN],
    ["Infinity", Number.POSITIVE_INFINITY],
    ["-Infinity", Number.NEGATIVE_INFINITY],
  ])("throws a RangeError for %s", (_label, jp) => {
    expect(() => jpToMinutes(jp)).toThrow(RangeError);
  });
});

describe("ledgerYear", () => {
  it.each([
    ["2026-01-02T00:00:00.000Z", 2026],
    ["2026-01-01T00:00:00.000Z", 2026],
    ["2025-12-31T00:00:00.000Z", 2025],
    ["2025-12-31T23:59:59.999Z", 2025],
    ["2024-12-13T00:00:00.000Z", 2024], // seed 003: PKN II batch 34 ends 13 December 2024
  ])("an entry dated %s belongs to %i", (iso, year) => {
    expect(ledgerYear(new Date(iso))).toBe(year);
  });

  it("reads the UTC calendar date (how @db.Date columns arrive), not the server's local zone", () => {
    // 20:00 UTC on 31 December is already 1 January in WIB, but a DATE column holds midnight UTC of its day.
    expect(ledgerYear(new Date(Date.UTC(2025, 11, 31, 20, 0)))).toBe(2025);
  });
});

describe("netMinutes", () => {
  it("is zero for no entries", () => {
    expect(netMinutes([])).toBe(0);
  });

  it("is the credit for a single credit", () => {
    expect(netMinutes([{ minutes: 510, batchId: "b1" }])).toBe(510);
  });

  it("is zero after a credit and its reversal (not credited)", () => {
    expect(netMinutes([{ minutes: 510, batchId: "b1" }, { minutes: -510, batchId: "b1" }])).toBe(0);
  });

  it("is the credit again after credit, reversal, credit", () => {
    expect(
      netMinutes([
        { minutes: 510, batchId: "b1" },
        { minutes: -510, batchId: "b1" },
        { minutes: 510, batchId: "b1" },
      ]),
    ).toBe(510);
  });

  it("reflects a correction: credit, reversal, then a smaller credit", () => {
    expect(netMinutes([{ minutes: 570 }, { minutes: -570 }, { minutes: 510 }])).toBe(510);
  });

  it("is independent of entry order", () => {
    const entries = [{ minutes: 120 }, { minutes: -120 }, { minutes: 90 }, { minutes: 45, batchId: null }];
    expect(netMinutes(entries)).toBe(135);
    expect(netMinutes([...entries].reverse())).toBe(135);
  });
});
