import { describe, expect, it } from "vitest";
import { dateTimeFormat, numberFormat } from "@/lib/i18n/intl";

describe("Intl formatters are built once per locale and options (lib/i18n/intl.ts)", () => {
  it("the same locale and options give the same formatter, which formats as a new one would", () => {
    const options = { month: "long", year: "numeric", timeZone: "UTC" } as const;
    const format = dateTimeFormat("id-ID", options);
    expect(dateTimeFormat("id-ID", { ...options })).toBe(format);
    expect(format.format(new Date(Date.UTC(2026, 11, 1)))).toBe(new Intl.DateTimeFormat("id-ID", options).format(new Date(Date.UTC(2026, 11, 1))));
    expect(numberFormat("id-ID")).toBe(numberFormat("id-ID", {}));
  });

  it("another locale, option or time zone gives another formatter", () => {
    const moment = new Date(Date.UTC(2026, 11, 31, 20, 0));
    expect(dateTimeFormat("en-CA", { timeZone: "Asia/Jakarta", day: "2-digit" }).format(moment)).toBe("01");
    expect(dateTimeFormat("en-CA", { timeZone: "UTC", day: "2-digit" }).format(moment)).toBe("31");
    expect(numberFormat("id-ID").format(1234.5)).toBe("1.234,5");
    expect(numberFormat("en-GB").format(1234.5)).toBe("1,234.5");
    expect(numberFormat("id-ID", { style: "percent" })).not.toBe(numberFormat("id-ID"));
  });
});
