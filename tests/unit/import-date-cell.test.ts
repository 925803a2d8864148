import { describe, expect, it } from "vitest";
import { calendarDate, excelSerialDate, parseDateCell } from "@/lib/import/date-cell";

describe("parseDateCell", () => {
  it.each([
    ["2024-12-31", "2024-12-31"],
    ["2024-1-5", "2024-01-05"],
    ["2024-12-31T00:00:00.000Z", "2024-12-31"],
    ["31-12-2024", "2024-12-31"],
    ["31/12/2024", "2024-12-31"],
    ["3/4/2024", "2024-04-03"], // day first: 3 April
    ["03.04.2024", "2024-04-03"],
    [" 29-02-2024 ", "2024-02-29"],
    ["45657", "2024-12-31"], // Excel serial day
    ["45657.75", "2024-12-31"], // a time of day is ignored
    ["61", "1900-03-01"],
    ["25569", "1970-01-01"],
  ])("reads %j as %s", (cell, date) => {
    expect(parseDateCell(cell)).toEqual({ ok: true, date });
  });

  it.each(["", "abc", "31-02-2024", "29-02-2023", "2024-13-01", "00-01-2024", "12/31/2024", "31-12-24", "60", "0", "-5", "1e5", "2024/12/31", "31-12-2024 extra", "999999"])(
    "refuses %j",
    (cell) => {
      expect(parseDateCell(cell)).toEqual({ ok: false });
    },
  );
});

describe("calendarDate and excelSerialDate", () => {
  it("keeps only days that exist, between 1900 and 2199", () => {
    expect(calendarDate(2000, 2, 29)).toBe("2000-02-29");
    expect(calendarDate(1900, 2, 29)).toBeNull();
    expect(calendarDate(1899, 12, 31)).toBeNull();
    expect(calendarDate(2200, 1, 1)).toBeNull();
    expect(calendarDate(2024, 4, 31)).toBeNull();
  });

  it("counts Excel serial days from 1899-12-30 past Excel's fictitious 29 February 1900", () => {
    expect(excelSerialDate(1)).toBeNull(); // before 1 March 1900, Excel's serials are off by one
    expect(excelSerialDate(61)).toBe("1900-03-01");
    expect(excelSerialDate(44927)).toBe("2023-01-01");
    expect(excelSerialDate(109_574)).toBe("2199-12-31");
    expect(excelSerialDate(109_575)).toBeNull();
    expect(excelSerialDate(Number.NaN)).toBeNull();
  });
});
