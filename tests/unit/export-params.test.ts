import { describe, expect, it } from "vitest";
import { collect, oneOf, optionalId, optionalText, parseBaseParams } from "@/lib/export/params";

const q = (s: string) => new URLSearchParams(s);

describe("tahun and format", () => {
  it("defaults to the current year and xlsx", () => {
    expect(parseBaseParams(q(""), [], 2025)).toEqual({ ok: true, value: { year: 2025, format: "xlsx" } });
  });

  it.each([
    ["tahun=2024&format=csv", 2024, "csv"],
    ["tahun=2024&format=XLSX", 2024, "xlsx"],
    ["tahun=%202026%20", 2026, "xlsx"],
    ["format=", 2025, "xlsx"],
  ])("%s → %i %s", (search, year, format) => {
    expect(parseBaseParams(q(search), [], 2025)).toEqual({ ok: true, value: { year, format } });
  });

  it.each([
    ["tahun=25", "tahun"],
    ["tahun=1999", "tahun"],
    ["tahun=2101", "tahun"],
    ["tahun=2025.5", "tahun"],
    ["tahun=dua", "tahun"],
    ["format=pdf", "format"],
    ["tahun=2025&tahun=2024", "sekali"],
    ["tahun=2025&halaman=2", "tidak dikenal"],
  ])("refuses %s with a message naming the problem", (search, word) => {
    const parsed = parseBaseParams(q(search), [], 2025);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toContain(word);
  });

  it("accepts the route's own parameter names", () => {
    expect(parseBaseParams(q("tahun=2025&status=AT_RISK"), ["status"], 2025).ok).toBe(true);
    expect(parseBaseParams(q("tahun=2025&status=AT_RISK"), [], 2025).ok).toBe(false);
  });
});

describe("route parameters", () => {
  it("oneOf accepts a listed value, treats empty as absent and refuses others", () => {
    expect(oneOf(q("kind=PNS"), "kind", ["PNS", "PPPK"])).toEqual({ ok: true, value: "PNS" });
    expect(oneOf(q("kind="), "kind", ["PNS", "PPPK"])).toEqual({ ok: true, value: undefined });
    expect(oneOf(q("kind=pns"), "kind", ["PNS", "PPPK"]).ok).toBe(false);
  });

  it("optionalId accepts UUIDs only", () => {
    expect(optionalId(q("unitId=0193B2C4-1d2e-7f00-8a00-0123456789ab"), "unitId")).toEqual({ ok: true, value: "0193b2c4-1d2e-7f00-8a00-0123456789ab" });
    expect(optionalId(q("unitId=1;DROP"), "unitId").ok).toBe(false);
    expect(optionalId(q(""), "unitId")).toEqual({ ok: true, value: undefined });
  });

  it("optionalText trims and limits length", () => {
    expect(optionalText(q("q=%20Siti%20"), "q")).toEqual({ ok: true, value: "Siti" });
    expect(optionalText(q(`q=${"a".repeat(101)}`), "q").ok).toBe(false);
  });

  it("optionalText refuses a NUL or another control character, naming the parameter", () => {
    expect(optionalText(q("q=a%00b"), "q")).toEqual({ ok: false, message: 'Parameter "q" berisi karakter yang tidak sah.' });
    expect(optionalText(q("q=a%1Fb"), "q").ok).toBe(false);
    expect(optionalText(q("q=Nur%E2%80%99aini"), "q")).toEqual({ ok: true, value: "Nur’aini" });
  });

  it("collect gives every value, or the first refusal", () => {
    const search = q("kind=PPPK&q=Ani");
    expect(collect({ kind: oneOf(search, "kind", ["PNS", "PPPK"]), q: optionalText(search, "q") })).toEqual({ ok: true, value: { kind: "PPPK", q: "Ani" } });
    const bad = collect({ kind: oneOf(q("kind=X"), "kind", ["PNS"]), q: optionalText(search, "q") });
    expect(bad.ok).toBe(false);
  });
});
