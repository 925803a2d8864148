// Pure helpers of the admin/operator compliance dashboard (components/compliance/format.ts and params.ts).
import { describe, expect, it } from "vitest";
import { bucketShares, formatShare, shareOf, shortLabel, statusShares } from "@/components/compliance/format";
import { asOfParams, hasFilters, isYearOver, listParams, listQuery, statusesFor, withQuery } from "@/components/compliance/params";
import { yearChoices, yearParam } from "@/lib/compliance/rules";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const UNIT = "0199a3e2-7c4b-7d2e-9f10-1234567890ab";

describe("shares", () => {
  it("divides by the obligated ASN and has no share when nobody is obligated", () => {
    expect(shareOf(3, 4)).toBe(0.75);
    expect(shareOf(0, 0)).toBeNull();
    expect(shareOf(5, -1)).toBeNull();
  });

  it("formats a share with an Indonesian comma and at most one decimal", () => {
    expect(formatShare(0.4556, "id")).toBe("45,6%");
    expect(formatShare(0.4556, "en")).toBe("45.6%");
    expect(formatShare(1, "id")).toBe("100%");
    expect(formatShare(0, "id")).toBe("0%");
    expect(formatShare(null, "id")).toBe("—");
    expect(formatShare(Number.NaN, "id")).toBe("—");
  });

  it("splits a row by status over the obligated ASN, summing to 1, with 'behind' covering both at risk and non-compliant", () => {
    const s = statusShares({ obligated: 8, compliant: 2, onTrack: 1, atRisk: 5, nonCompliant: 0 });
    expect(s).toEqual({ compliant: 0.25, onTrack: 0.125, atRisk: 0.625, nonCompliant: 0, behind: 0.625 });
    expect(s.compliant + s.onTrack + s.atRisk + s.nonCompliant).toBe(1);
    const after = statusShares({ obligated: 4, compliant: 1, onTrack: 0, atRisk: 0, nonCompliant: 3 });
    expect(after.behind).toBe(0.75);
    expect(statusShares({ obligated: 0, compliant: 0, onTrack: 0, atRisk: 0, nonCompliant: 0 }).behind).toBe(0);
  });

  it("gives each equity bucket its share of the ASN counted", () => {
    expect(bucketShares([2, 1, 1, 0])).toEqual([0.5, 0.25, 0.25, 0]);
    expect(bucketShares([0, 0, 0, 0])).toEqual([null, null, null, null]);
  });

  it("cuts long OPD names for a chart axis only when needed", () => {
    expect(shortLabel("Dinas X", 22)).toBe("Dinas X");
    const cut = shortLabel("Dinas Komunikasi, Informatika, Statistik dan Persandian", 22);
    expect(cut).toBe("Dinas Komunikasi, Inf…");
    expect(cut.length).toBeLessThanOrEqual(22);
  });
});

describe("the year", () => {
  it("reads ?tahun= and falls back to the current year for anything odd", () => {
    expect(yearParam("2024", 2026)).toBe(2024);
    expect(yearParam(" 2025 ", 2026)).toBe(2025);
    expect(yearParam(["2023", "2020"], 2026)).toBe(2023);
    for (const bad of [undefined, "", "abc", "20x5", "99999", "-2025", "2025.5", "1990", "2031"]) {
      expect(yearParam(bad, 2026), String(bad)).toBe(2026);
    }
    expect(yearParam("2027", 2026)).toBe(2027);
  });

  it("offers the last five years, newest first, plus an older selected year", () => {
    expect(yearChoices(2026)).toEqual([2026, 2025, 2024, 2023, 2022]);
    expect(yearChoices(2026, [2024])).toEqual([2026, 2025, 2024, 2023, 2022]);
    expect(yearChoices(2026, [2015])).toEqual([2026, 2025, 2024, 2023, 2022, 2015]);
    expect(yearChoices(2026, [2027])).toEqual([2027, 2026, 2025, 2024, 2023, 2022]);
  });

  it("is over from 1 January of the next year", () => {
    expect(isYearOver(2025, day("2025-12-31"))).toBe(false);
    expect(isYearOver(2025, day("2026-01-01"))).toBe(true);
    expect(isYearOver(2026, day("2025-06-01"))).toBe(false);
  });

  it("offers the statuses the year can have, plus any with people or selected", () => {
    const none = { EXEMPT: 0, COMPLIANT: 0, ON_TRACK: 0, AT_RISK: 0, NON_COMPLIANT: 0 };
    expect(statusesFor(false, none)).toEqual(["AT_RISK", "ON_TRACK", "COMPLIANT", "EXEMPT"]);
    expect(statusesFor(true, none)).toEqual(["NON_COMPLIANT", "COMPLIANT", "EXEMPT"]);
    expect(statusesFor(true, none, "AT_RISK")).toEqual(["NON_COMPLIANT", "AT_RISK", "COMPLIANT", "EXEMPT"]);
    expect(statusesFor(false, { ...none, NON_COMPLIANT: 2 })).toEqual(["NON_COMPLIANT", "AT_RISK", "ON_TRACK", "COMPLIANT", "EXEMPT"]);
  });
});

describe("the drill-down's parameters", () => {
  it("reads every filter", () => {
    const p = listParams({ tahun: "2025", unitId: UNIT, positionType: "PELAKSANA", kind: "PPPK", status: "AT_RISK", q: " Siti ", page: "3" }, 2026);
    expect(p).toEqual({ year: 2025, unitId: UNIT, positionType: "PELAKSANA", kind: "PPPK", status: "AT_RISK", q: "Siti", page: 3 });
    expect(hasFilters(p)).toBe(true);
  });

  it("drops invalid values instead of failing: a non-UUID unit, an unknown type, kind or status, an overlong search", () => {
    const p = listParams({ unitId: "1; DROP TABLE", positionType: "ESELON_I", kind: "HONORER", status: "LULUS", q: "x".repeat(101), page: "-2", tahun: "kemarin" }, 2026);
    expect(p).toEqual({ year: 2026, unitId: undefined, positionType: undefined, kind: undefined, status: undefined, q: undefined, page: 1 });
    expect(hasFilters(p)).toBe(false);
  });

  it("treats empty values (an untouched select) as no filter and takes the first of repeated ones", () => {
    const p = listParams({ unitId: "", positionType: "", kind: ["PNS", "PPPK"], status: undefined, q: "   " }, 2026);
    expect(p).toMatchObject({ unitId: undefined, positionType: undefined, kind: "PNS", q: undefined, page: 1, year: 2026 });
  });

  it("writes the filters back into a URL without the empty ones (and never a page number)", () => {
    const p = listParams({ tahun: "2025", kind: "PNS", q: "Budi Santoso", page: "4" }, 2026);
    expect(listQuery(p)).toEqual({ tahun: "2025", unitId: undefined, positionType: undefined, kind: "PNS", status: undefined, q: "Budi Santoso" });
    expect(withQuery("/api/ekspor/kepatuhan", { ...listQuery(p), format: "csv" })).toBe("/api/ekspor/kepatuhan?tahun=2025&kind=PNS&q=Budi+Santoso&format=csv");
    expect(withQuery("/admin/kepatuhan", {})).toBe("/admin/kepatuhan");
  });

  it("carries a usable as-of date into the URL, drops today's (the default) and reports an unusable one", () => {
    const today = new Date("2026-12-05T00:00:00Z");
    const p = listParams({ tahun: "2026", per: "2026-10-01" }, 2026, today);
    expect(p.asOf?.toISOString()).toBe("2026-10-01T00:00:00.000Z");
    expect(withQuery("/api/ekspor/kepatuhan", { ...listQuery(p), format: "xlsx" })).toBe("/api/ekspor/kepatuhan?tahun=2026&per=2026-10-01&format=xlsx");
    expect(asOfParams({ per: "2026-12-05" }, 2026, today)).toEqual({});
    expect(asOfParams({ per: "2026-02-30" }, 2026, today)).toEqual({ asOfRejected: "2026-02-30" });
    expect(asOfParams({ per: "2025-10-01" }, 2026, today)).toEqual({ asOfRejected: "2025-10-01" });
    expect(asOfParams({}, 2026, today)).toEqual({});
  });
});
