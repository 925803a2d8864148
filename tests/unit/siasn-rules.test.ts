import { describe, expect, it } from "vitest";
import { ROUTE_CODES } from "@/lib/catalog/rules";
import { SIASN_COURSE_GROUPS, siasnCourseGroup, siasnCourseKind, siasnLocation } from "@/lib/export/siasn-rules";

describe("SIASN jenis diklat from the route code (provisional map)", () => {
  it.each([
    ["KL01", "Diklat Struktural"],
    ["KL04", "Diklat Fungsional"],
    ["KL03", "Diklat Teknis"],
    ["KL10", "Diklat Teknis"],
    ["KL06", "Seminar"],
    ["KL07", "Workshop"],
    ["KL08", "Kursus"],
    ["KL09", "Penataran"],
    ["KL11", "Sosialisasi"],
    ["NKL12", "Magang"],
    ["NKL03", "Kursus"],
  ])("%s → %s", (code, group) => {
    expect(siasnCourseGroup(code)).toBe(group);
  });

  it("maps every route code, and nothing else", () => {
    expect(Object.keys(SIASN_COURSE_GROUPS).sort()).toEqual([...ROUTE_CODES].sort());
    for (const code of ROUTE_CODES) expect(siasnCourseGroup(code)).toMatch(/\S/);
  });

  it("falls back to Kursus for an unknown code", () => {
    expect(siasnCourseGroup("XX99")).toBe("Kursus");
  });
});

describe("SIASN jenis kursus: the route's own name", () => {
  it.each([
    ["KL01", "Pelatihan kepemimpinan"],
    ["KL10", "Bimbingan teknis"],
    ["NKL01", "Coaching"],
    ["XX99", "XX99"],
  ])("%s → %s", (code, label) => {
    expect(siasnCourseKind(code)).toBe(label);
  });
});

describe("SIASN lokasi", () => {
  it.each<[string | null, boolean, string | null]>([
    ["Hotel Tavia Heritage, Jakarta Pusat", false, "Hotel Tavia Heritage, Jakarta Pusat"],
    ["  Aula BKPP ", true, "Aula BKPP"],
    [null, true, "Daring"],
    ["   ", true, "Daring"],
    [null, false, null],
  ])("venue %j, online %s → %j", (location, online, expected) => {
    expect(siasnLocation({ location, online })).toBe(expected);
  });
});
