import { describe, it, expect } from "vitest";
import { composeNip, formatNip, maskNip, normalizeNip, parseNip, type NipError } from "@/lib/people/nip";

// Fixed "today" so date-dependent rules (future birth date, TMT year ceiling) are deterministic.
const TODAY = new Date("2025-06-01T00:00:00.000Z");

const VALID_PNS = "198001012005011001";
const VALID_PPPK = "199002122023212001";

describe("normalizeNip", () => {
  it.each([
    ["198001012005011001", "198001012005011001"],
    ["19800101 200501 1 001", "198001012005011001"],
    ["19800101.200501.1.001", "198001012005011001"],
    ["19800101-200501-1-001", "198001012005011001"],
    ["  19800101  200501\t1\n001  ", "198001012005011001"],
    ["1980.0101 2005-01 1.001", "198001012005011001"],
  ])("strips separators from %j", (input, expected) => {
    expect(normalizeNip(input)).toBe(expected);
  });

  it.each([
    ["1980010A2005011001", "1980010A2005011001"],
    ["19800101_200501_1_001", "19800101_200501_1_001"],
    ["19800101/200501/1/001", "19800101/200501/1/001"],
  ])("keeps other characters in %j so validation rejects them", (input, expected) => {
    expect(normalizeNip(input)).toBe(expected);
  });

  it("returns an empty string for empty input", () => {
    expect(normalizeNip("")).toBe("");
  });
});

describe("parseNip: valid numbers", () => {
  it("parses a PNS NIP into its parts", () => {
    expect(parseNip(VALID_PNS, TODAY)).toEqual({
      ok: true,
      value: {
        nip: "198001012005011001",
        kind: "PNS",
        birthDate: "1980-01-01",
        tmtYear: 2005,
        tmtMonth: 1,
        gender: "M",
        sequence: 1,
      },
    });
  });

  it("parses a female PNS with a two-digit TMT month and a high sequence", () => {
    const result = parseNip("198512312010122999", TODAY);
    expect(result).toEqual({
      ok: true,
      value: {
        nip: "198512312010122999",
        kind: "PNS",
        birthDate: "1985-12-31",
        tmtYear: 2010,
        tmtMonth: 12,
        gender: "F",
        sequence: 999,
      },
    });
  });

  it.each([
    ["spaced display form", "19800101 200501 1 001"],
    ["dotted form", "19800101.200501.1.001"],
    ["dashed form", "19800101-200501-1-001"],
    ["surrounding whitespace", "  198001012005011001 "],
  ])("normalises the %s before validating and stores only the 18 digits", (_label, input) => {
    const result = parseNip(input, TODAY);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.nip).toBe(VALID_PNS);
    expect(result.value.nip).toMatch(/^\d{18}$/);
    expect(result.value.birthDate).toBe("1980-01-01");
    expect(result.value.tmtYear).toBe(2005);
    expect(result.value.tmtMonth).toBe(1);
  });

  it("parses the PPPK form ('21' in the TMT-month digits) with a null TMT month", () => {
    expect(parseNip(VALID_PPPK, TODAY)).toEqual({
      ok: true,
      value: {
        nip: VALID_PPPK,
        kind: "PPPK",
        birthDate: "1990-02-12",
        tmtYear: 2023,
        tmtMonth: null,
        gender: "F",
        sequence: 1,
      },
    });
  });

  it("parses a male PPPK", () => {
    const result = parseNip("199507072022211015", TODAY);
    expect(result.ok && result.value).toMatchObject({ kind: "PPPK", tmtMonth: null, gender: "M", sequence: 15, tmtYear: 2022 });
  });

  it("accepts 29 February in a leap year", () => {
    const result = parseNip("198002292005011001", TODAY);
    expect(result.ok && result.value.birthDate).toBe("1980-02-29");
  });

  it("accepts a birth date of exactly 1900-01-01 (lower bound)", () => {
    const result = parseNip("190001011920011001", TODAY);
    expect(result.ok).toBe(true);
  });

  it("accepts a TMT year exactly 18 years after the birth year", () => {
    const result = parseNip("198001011998011001", TODAY);
    expect(result.ok && result.value.tmtYear).toBe(1998);
  });

  it("accepts a TMT year of next year (appointments announced ahead) but not later", () => {
    expect(parseNip("198001012026011001", TODAY).ok).toBe(true);
    expect(parseNip("198001012027011001", TODAY)).toEqual({ ok: false, error: "tmtYear" });
  });

  it("uses the current date by default", () => {
    expect(parseNip(VALID_PNS).ok).toBe(true);
    expect(parseNip("299901012999011001")).toEqual({ ok: false, error: "birthDate" });
  });
});

describe("parseNip: invalid numbers", () => {
  it.each<[string, string, NipError]>([
    // length / characters
    ["17 digits", "19800101200501100", "length"],
    ["19 digits", "1980010120050110011", "length"],
    ["letters", "19800101200501100A", "length"],
    ["letter inside", "1980O1012005011001", "length"],
    ["empty", "", "length"],
    ["only separators", " . - ", "length"],
    ["underscores are not separators", "19800101_200501_1_001", "length"],
    ["a sign", "+98001012005011001", "length"],
    // birth date (digits 1-8)
    ["31 February", "198002312005011001", "birthDate"],
    ["29 February in a non-leap year", "198102292005011001", "birthDate"],
    ["31 April", "198004312005011001", "birthDate"],
    ["birth month 00", "198000012005011001", "birthDate"],
    ["birth month 13", "198013012005011001", "birthDate"],
    ["birth day 00", "198001002005011001", "birthDate"],
    ["birth day 32", "198001322005011001", "birthDate"],
    ["birth year before 1900", "189912312005011001", "birthDate"],
    ["birth year 0000", "000001012005011001", "birthDate"],
    // TMT month (digits 13-14)
    ["TMT month 13", "198001012005131001", "tmtMonth"],
    ["TMT month 00", "198001012005001001", "tmtMonth"],
    ["TMT month 20 (next to the PPPK marker)", "198001012005201001", "tmtMonth"],
    ["TMT month 22 (next to the PPPK marker)", "198001012005221001", "tmtMonth"],
    ["TMT month 99", "198001012005991001", "tmtMonth"],
    // TMT year (digits 9-12)
    ["TMT at age 17", "198001011997011001", "tmtYear"],
    ["TMT before birth", "198001011975011001", "tmtYear"],
    ["TMT year 0000", "198001010000011001", "tmtYear"],
    ["TMT far in the future", "198001012099011001", "tmtYear"],
    ["PPPK with TMT at age 17", "199002122006212001", "tmtYear"],
    // gender (digit 15)
    ["gender digit 0", "198001012005010001", "gender"],
    ["gender digit 3", "198001012005013001", "gender"],
    ["gender digit 9", "198001012005019001", "gender"],
    // sequence (digits 16-18)
    ["sequence 000", "198001012005011000", "sequence"],
    ["PPPK sequence 000", "199002122023212000", "sequence"],
  ])("rejects %s (%s) with %s", (_label, input, error) => {
    expect(parseNip(input, TODAY)).toEqual({ ok: false, error });
  });

  it("rejects a birth date after `today`", () => {
    // Born 2 June 2025, one day after TODAY.
    expect(parseNip("202506022043061001", TODAY)).toEqual({ ok: false, error: "birthDate" });
  });

  it("does not treat a birth date equal to `today` as a future date", () => {
    // Same NIP shape, born on TODAY: the birth date passes, the TMT year then fails (a newborn cannot be in service).
    expect(parseNip("202506012043061001", TODAY)).toEqual({ ok: false, error: "tmtYear" });
  });

  it("judges the future-birth rule against the `today` given, not the real clock", () => {
    const nip = "200001012020011001";
    expect(parseNip(nip, new Date("2025-01-01T00:00:00Z")).ok).toBe(true);
    expect(parseNip(nip, new Date("1999-12-31T00:00:00Z"))).toEqual({ ok: false, error: "birthDate" });
  });

  it("reports the first broken part in digit order (birth date before gender)", () => {
    expect(parseNip("198002312005019000", TODAY)).toEqual({ ok: false, error: "birthDate" });
    expect(parseNip("198001012005139000", TODAY)).toEqual({ ok: false, error: "tmtMonth" });
    expect(parseNip("198001012005019000", TODAY)).toEqual({ ok: false, error: "gender" });
  });
});

describe("formatNip", () => {
  it.each([
    ["198001012005011001", "19800101 200501 1 001"],
    ["19800101.200501.1.001", "19800101 200501 1 001"],
    ["19800101-200501-1-001", "19800101 200501 1 001"],
    ["199002122023212001", "19900212 202321 2 001"],
  ])("formats %j as %j", (input, expected) => {
    expect(formatNip(input)).toBe(expected);
  });

  it("is idempotent on the display form", () => {
    expect(formatNip("19800101 200501 1 001")).toBe("19800101 200501 1 001");
    expect(formatNip(formatNip(VALID_PNS))).toBe(formatNip(VALID_PNS));
  });

  it.each(["", "abc", "12345", "19800101200501100", "1980010120050110011", "19800101 20050A 1 001", "1980.01.01", "admin@bkpp.go.id"])(
    "returns non-NIP input %j unchanged",
    (input) => {
      expect(formatNip(input)).toBe(input);
    },
  );

  it("formats any 18 digits even if they do not validate (display only)", () => {
    expect(formatNip("198002312005011000")).toBe("19800231 200501 1 000");
  });
});

describe("composeNip", () => {
  it("builds the PNS example from its parts", () => {
    expect(composeNip({ birthDate: "1980-01-01", tmtYear: 2005, tmtMonth: 1, gender: "M", sequence: 1 })).toBe(VALID_PNS);
  });

  it("builds a PPPK number with '21' in the month digits", () => {
    expect(composeNip({ birthDate: "1990-02-12", tmtYear: 2023, tmtMonth: null, gender: "F", sequence: 1 })).toBe(VALID_PPPK);
  });

  it.each([
    { birthDate: "1980-01-01", tmtYear: 2005, tmtMonth: 1, gender: "M" as const, sequence: 1 },
    { birthDate: "1985-12-31", tmtYear: 2010, tmtMonth: 12, gender: "F" as const, sequence: 999 },
    { birthDate: "1972-02-29", tmtYear: 1998, tmtMonth: 3, gender: "F" as const, sequence: 42 },
    { birthDate: "1990-02-12", tmtYear: 2023, tmtMonth: null, gender: "F" as const, sequence: 1 },
    { birthDate: "1995-07-07", tmtYear: 2022, tmtMonth: null, gender: "M" as const, sequence: 150 },
  ])("round-trips through parseNip: %o", (parts) => {
    const nip = composeNip(parts);
    expect(nip).toMatch(/^\d{18}$/);
    const parsed = parseNip(nip, TODAY);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value).toEqual({ nip, kind: parts.tmtMonth === null ? "PPPK" : "PNS", ...parts });
  });

  it("round-trips parseNip → composeNip for the spaced display form", () => {
    const parsed = parseNip("19800101 200501 1 001", TODAY);
    if (!parsed.ok) throw new Error("expected a valid NIP");
    const { nip, kind: _kind, ...parts } = parsed.value;
    expect(composeNip(parts)).toBe(nip);
  });
});

describe("maskNip", () => {
  const samples = [VALID_PNS, VALID_PPPK, "198512312010122999", "19800101 200501 1 001", "19800101.200501.1.001"];

  it.each(samples)("never contains the full NIP for %j", (input) => {
    const masked = maskNip(input);
    const digits = normalizeNip(input);
    expect(masked).not.toContain(digits);
    expect(masked.replace(/\D/g, "")).not.toBe(digits);
    expect(masked).not.toContain(formatNip(digits));
    // At most 7 of the 18 digits remain visible (birth year and sequence).
    expect(masked.replace(/\D/g, "").length).toBeLessThanOrEqual(7);
  });

  it("keeps the birth year and the sequence and hides the rest", () => {
    expect(maskNip(VALID_PNS)).toBe("1980**** ****** * 001");
    expect(maskNip("19800101 200501 1 001")).toBe("1980**** ****** * 001");
    expect(maskNip(VALID_PPPK)).toBe("1990**** ****** * 001");
  });

  it("hides the gender digit and the TMT", () => {
    const masked = maskNip("198512312010122999");
    expect(masked).not.toContain("201012");
    expect(masked).not.toContain("1231");
    expect(masked.split(" ")[2]).toBe("*");
  });

  it.each(["", "abc", "12345", "1980010120050110011"])("masks non-NIP input %j entirely", (input) => {
    expect(maskNip(input)).toBe("******");
  });
});
