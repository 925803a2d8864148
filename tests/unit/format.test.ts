import { describe, it, expect } from "vitest";
import { DEFAULT_LOCALE, LOCALES, formatDate, formatDateRange, formatDecimal, formatNumber, formatPercent, formatRupiah, interpolate } from "@/lib/i18n/format";

describe("interpolate", () => {
  it.each<[string, Record<string, string | number> | undefined, string]>([
    ["Selamat datang, {name}", { name: "Siti" }, "Selamat datang, Siti"],
    ["Halaman {page} dari {pages}", { page: 2, pages: 7 }, "Halaman 2 dari 7"],
    ["Menampilkan {from}–{to} dari {total}", { from: 1, to: 20, total: 0 }, "Menampilkan 1–20 dari 0"],
    ["{x} dan {x}", { x: "A" }, "A dan A"],
    ["Tanpa placeholder", { name: "Siti" }, "Tanpa placeholder"],
    ["Coba lagi dalam {minutes} menit.", { minutes: 5 }, "Coba lagi dalam 5 menit."],
    ["Kode {id}", { id: "" }, "Kode "],
  ])("%j with %o → %j", (template, values, expected) => {
    expect(interpolate(template, values)).toBe(expected);
  });

  it.each<[string, Record<string, string | number> | undefined, string]>([
    ["Halo {name}", {}, "Halo {name}"],
    ["Halo {name}", undefined, "Halo {name}"],
    ["{known} {unknown}", { known: "ya" }, "ya {unknown}"],
    ["{ spaced }", { spaced: "x" }, "{ spaced }"],
  ])("leaves unknown placeholders as they are: %j with %o → %j", (template, values, expected) => {
    expect(interpolate(template, values)).toBe(expected);
  });

  it("does not re-interpolate placeholders that appear inside values", () => {
    expect(interpolate("{a} {b}", { a: "{b}", b: "B" })).toBe("{b} B");
  });

  it("uses a value whose key looks like an Object property when given", () => {
    expect(interpolate("{constructor}", { constructor: "C" })).toBe("C");
  });

  // `key in values` also finds keys inherited from Object.prototype, so an unknown placeholder named
  // like one of them is replaced by a function's source text instead of being left alone.
  it.each(["{constructor}", "{toString}", "{hasOwnProperty}", "{valueOf}"])(
    "leaves an unknown placeholder named like an Object.prototype member alone: %j",
    (template) => {
      expect(interpolate(template, { name: "Siti" })).toBe(template);
    },
  );
});

describe("formatRupiah", () => {
  it.each<[number | bigint, string]>([
    [143248000, "Rp143.248.000"],
    [143000, "Rp143.000"],
    [0, "Rp0"],
    [1, "Rp1"],
    [999, "Rp999"],
    [1000, "Rp1.000"],
    [1000000, "Rp1.000.000"],
    [-1500, "-Rp1.500"],
    [-143248000, "-Rp143.248.000"],
    [143248000n, "Rp143.248.000"],
    [0n, "Rp0"],
    [-250000n, "-Rp250.000"],
    [12345678901234567890n, "Rp12.345.678.901.234.567.890"],
    [Number.MAX_SAFE_INTEGER, "Rp9.007.199.254.740.991"],
  ])("%s → %j", (amount, expected) => {
    expect(formatRupiah(amount)).toBe(expected);
  });

  it("treats negative zero as zero", () => {
    expect(formatRupiah(-0)).toBe("Rp0");
  });

  it("refuses fractional amounts (money is integer Rupiah)", () => {
    expect(() => formatRupiah(1.5)).toThrow(RangeError);
  });
});

describe("formatDate", () => {
  const UTC_MIDNIGHT = new Date(Date.UTC(2024, 7, 12));

  it("defaults to Indonesian", () => {
    expect(DEFAULT_LOCALE).toBe("id");
    expect(LOCALES).toEqual(["id", "en"]);
    expect(formatDate(UTC_MIDNIGHT)).toBe("12 Agustus 2024");
  });

  it.each<["id" | "en", string]>([
    ["id", "12 Agustus 2024"],
    ["en", "12 August 2024"],
  ])("formats a Date at UTC midnight in %s as %j", (locale, expected) => {
    expect(formatDate(UTC_MIDNIGHT, locale)).toBe(expected);
  });

  it.each<["id" | "en", string]>([
    ["id", "13 Desember 2024"],
    ["en", "13 December 2024"],
  ])("formats an ISO date string in %s", (locale, expected) => {
    expect(formatDate("2024-12-13", locale)).toBe(expected);
  });

  it("formats in UTC, so a calendar date does not shift by the server's time zone", () => {
    expect(formatDate(new Date("2024-08-12T23:59:59.999Z"), "id")).toBe("12 Agustus 2024");
    expect(formatDate(new Date("2024-08-12T00:00:00.000Z"), "en")).toBe("12 August 2024");
  });

  it.each([null, undefined, ""])("renders %j as an em dash", (value) => {
    expect(formatDate(value)).toBe("—");
    expect(formatDate(value, "en")).toBe("—");
  });

  it.each<[number, string]>([
    [0, "1 Januari 2024"],
    [1, "1 Februari 2024"],
    [2, "1 Maret 2024"],
    [3, "1 April 2024"],
    [4, "1 Mei 2024"],
    [5, "1 Juni 2024"],
    [6, "1 Juli 2024"],
    [7, "1 Agustus 2024"],
    [8, "1 September 2024"],
    [9, "1 Oktober 2024"],
    [10, "1 November 2024"],
    [11, "1 Desember 2024"],
  ])("month index %i → %j", (month, expected) => {
    expect(formatDate(new Date(Date.UTC(2024, month, 1)), "id")).toBe(expected);
  });
});

describe("formatNumber", () => {
  it("groups with dots in id and commas in en", () => {
    expect(formatNumber(1234567, "id")).toBe("1.234.567");
    expect(formatNumber(1234567, "en")).toBe("1,234,567");
  });
});

describe("formatDecimal and formatPercent", () => {
  it("use a decimal comma in Indonesian and a point in English", () => {
    expect(formatDecimal(4.256, "id")).toBe("4,26");
    expect(formatDecimal(4.256, "en")).toBe("4.26");
    expect(formatDecimal(12.5, "id", { decimals: 1, signed: true })).toBe("+12,5");
    expect(formatDecimal(-5, "id", { decimals: 1, signed: true })).toBe("-5,0");
    expect(formatDecimal(0, "id", { decimals: 1, signed: true })).toBe("0,0");
    expect(formatPercent(2 / 3, "id")).toBe("66,7%");
    expect(formatPercent(0.8, "en")).toBe("80%");
  });
  it("show a dash when there is no number", () => {
    expect(formatDecimal(null)).toBe("—");
    expect(formatPercent(null)).toBe("—");
    expect(formatPercent(Number.NaN)).toBe("—");
  });
});

describe("formatDateRange", () => {
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
  it("writes one date for a one-day span", () => {
    expect(formatDateRange(day("2024-08-12"), day("2024-08-12"), "id")).toBe("12 Agustus 2024");
  });
  it("shares the month and year inside one month", () => {
    expect(formatDateRange(day("2024-08-12"), day("2024-08-14"), "id")).toBe("12–14 Agustus 2024");
  });
  // ICU sets the dash between thin spaces (U+2009) when it joins two dates with their own months.
  it("shares the year inside one year", () => {
    expect(formatDateRange(day("2024-08-12"), day("2024-12-13"), "id")).toBe("12 Agustus\u2009–\u200913 Desember 2024");
    expect(formatDateRange(day("2024-08-12"), day("2024-12-13"), "en")).toBe("12 August\u2009–\u200913 December 2024");
  });
  it("writes both years across a year boundary", () => {
    expect(formatDateRange(day("2024-12-30"), day("2025-01-03"), "id")).toBe("30 Desember 2024\u2009–\u20093 Januari 2025");
  });
  it("reads calendar dates in UTC, as they are stored", () => {
    expect(formatDateRange("2024-08-12T00:00:00.000Z", "2024-08-13T00:00:00.000Z", "id")).toBe("12–13 Agustus 2024");
  });
  it("gives each locale its own text for the same span, however often it is asked (the texts are kept)", () => {
    for (let i = 0; i < 2; i++) {
      expect(formatDateRange(day("2024-08-12"), day("2024-12-13"), "id")).toBe("12 Agustus\u2009–\u200913 Desember 2024");
      expect(formatDateRange(day("2024-08-12"), day("2024-12-13"), "en")).toBe("12 August\u2009–\u200913 December 2024");
      expect(formatDateRange(day("2024-08-12"), day("2024-12-14"), "en")).toBe("12 August\u2009–\u200914 December 2024");
    }
  });
});
