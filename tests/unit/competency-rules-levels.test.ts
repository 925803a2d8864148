// Issue 14's rules of a recorded level, a gap and the job-person match (lib/competency/rules.ts, decision 0028):
// worked examples 1 and 2 with the issue's own figures, and the edges of validity, ties and withdrawal.
import { describe, expect, it } from "vitest";
import type { AssessmentSource } from "@/lib/generated/prisma/enums";
import {
  DEFAULT_JPM_BANDS,
  DEFAULT_VALIDITY,
  SOURCE_TRUST,
  currentLevels,
  gapsAgainst,
  isValidOn,
  jobPersonMatch,
  jpmBand,
  validUntil,
  type RecordedResult,
  type RequiredLine,
} from "@/lib/competency/rules";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
let seq = 0;
function result(code: string, level: number, assessedOn: string, source: AssessmentSource, extra: Partial<RecordedResult> = {}): RecordedResult {
  seq += 1;
  return { id: `00000000-0000-7000-8000-${String(seq).padStart(12, "0")}`, competencyId: code, level, assessedOn: day(assessedOn), source, recordedAt: day(assessedOn), withdrawnAt: null, ...extra };
}
const line = (code: string, requiredLevel: number, importance: RequiredLine["importance"] = "PENTING"): RequiredLine => ({ competencyId: code, code, requiredLevel, importance });
const levelsOf = (map: ReturnType<typeof currentLevels>) => Object.fromEntries([...map].map(([c, l]) => [c, l.level]));

const STANDARD = [line("M.01", 3), line("M.02", 3), line("M.04", 3), line("SK.01", 3)];
const supervisorM04 = () => result("M.04", 3, "2025-11-01", "SUPERVISOR");
const centre = (date: string) => [result("M.01", 3, date, "ASSESSMENT_CENTRE"), result("M.02", 2, date, "ASSESSMENT_CENTRE"), result("M.04", 2, date, "ASSESSMENT_CENTRE")];

describe("worked example 1: the assessment centre outranks a later supervisor rating", () => {
  const levels = currentLevels([...centre("2024-05-02"), supervisorM04()], day("2026-01-10"), DEFAULT_VALIDITY);
  const gaps = gapsAgainst(STANDARD, levels);

  it("takes M.01 3, M.02 2, M.04 2 from the assessment centre and leaves SK.01 not assessed", () => {
    expect(levelsOf(levels)).toEqual({ "M.01": 3, "M.02": 2, "M.04": 2 });
    expect(levels.get("M.04")?.source).toBe("ASSESSMENT_CENTRE");
    expect(levels.get("M.04")?.validUntil).toEqual(day("2027-05-02"));
    expect(levels.has("SK.01")).toBe(false);
  });

  it("gives gaps M.02 1 and M.04 1, none for M.01, and null (not 0) for SK.01", () => {
    expect(gaps.map((g) => [g.code, g.gap])).toEqual([["M.01", 0], ["M.02", 1], ["M.04", 1], ["SK.01", null]]);
    expect(gaps.find((g) => g.code === "SK.01")).toMatchObject({ current: null, gap: null, surplus: null });
  });

  it("computes JPM 7 ÷ 9 = 77.8 over the three assessed, incomplete with 1 not assessed, in the low band", () => {
    const jpm = jobPersonMatch(gaps);
    expect(jpm).toEqual({ percent: 77.8, metSum: 7, requiredSum: 9, notAssessed: 1, complete: false });
    expect(jpmBand(jpm.percent!, DEFAULT_JPM_BANDS)).toEqual({ key: "LOW", name: "Kurang optimal" });
  });
});

describe("worked example 2: the same results dated 2022-05-02 have expired on 2026-01-10", () => {
  const levels = currentLevels([...centre("2022-05-02"), supervisorM04()], day("2026-01-10"), DEFAULT_VALIDITY);

  it("takes M.04 from the supervisor (3); M.01 and M.02 are not assessed", () => {
    expect(levelsOf(levels)).toEqual({ "M.04": 3 });
    expect(levels.get("M.04")).toMatchObject({ source: "SUPERVISOR", validUntil: day("2026-11-01") });
    const gaps = gapsAgainst(STANDARD, levels);
    expect(gaps.map((g) => g.gap)).toEqual([null, null, 0, null]);
    expect(jobPersonMatch(gaps)).toEqual({ percent: 100, metSum: 3, requiredSum: 3, notAssessed: 3, complete: false });
  });
});

describe("validity", () => {
  it("orders the sources by trust as the enum does", () => {
    expect(SOURCE_TRUST).toEqual(["ASSESSMENT_CENTRE", "UJI_KOMPETENSI", "MULTI_RATER", "SUPERVISOR", "SELF"]);
    expect(DEFAULT_VALIDITY).toEqual({ ASSESSMENT_CENTRE: 3, UJI_KOMPETENSI: 3, MULTI_RATER: 1, SUPERVISOR: 1, SELF: 1 });
  });

  it("is not valid on the day it expires, and valid the day before", () => {
    const r = result("M.01", 3, "2023-03-15", "ASSESSMENT_CENTRE");
    expect(validUntil(r, DEFAULT_VALIDITY)).toEqual(day("2026-03-15"));
    expect(isValidOn(r, day("2026-03-14"), DEFAULT_VALIDITY)).toBe(true);
    expect(isValidOn(r, day("2026-03-15"), DEFAULT_VALIDITY)).toBe(false);
    expect(currentLevels([r], day("2026-03-14"), DEFAULT_VALIDITY).get("M.01")?.level).toBe(3);
    expect(currentLevels([r], day("2026-03-15"), DEFAULT_VALIDITY).size).toBe(0);
  });

  it("is valid from its own date, not before", () => {
    const r = result("M.01", 3, "2025-06-01", "SELF");
    expect(isValidOn(r, day("2025-05-31"), DEFAULT_VALIDITY)).toBe(false);
    expect(isValidOn(r, day("2025-06-01"), DEFAULT_VALIDITY)).toBe(true);
  });

  it("lets a 29 February result lapse on 28 February of a common year (as PostgreSQL's date + interval)", () => {
    const r = result("M.01", 2, "2024-02-29", "SUPERVISOR");
    expect(validUntil(r, DEFAULT_VALIDITY)).toEqual(day("2025-02-28"));
    expect(isValidOn(r, day("2025-02-27"), DEFAULT_VALIDITY)).toBe(true);
    expect(isValidOn(r, day("2025-02-28"), DEFAULT_VALIDITY)).toBe(false);
    expect(validUntil(r, { ...DEFAULT_VALIDITY, SUPERVISOR: 4 })).toEqual(day("2028-02-29"));
  });

  it("follows the agency's years per source", () => {
    const r = result("M.01", 2, "2024-05-02", "MULTI_RATER");
    expect(isValidOn(r, day("2025-06-01"), DEFAULT_VALIDITY)).toBe(false);
    expect(isValidOn(r, day("2025-06-01"), { ...DEFAULT_VALIDITY, MULTI_RATER: 2 })).toBe(true);
  });

  it("ignores a time of day on the date asked", () => {
    const r = result("M.01", 3, "2023-03-15", "ASSESSMENT_CENTRE");
    expect(isValidOn(r, new Date("2026-03-14T23:59:00Z"), DEFAULT_VALIDITY)).toBe(true);
    expect(isValidOn(r, new Date("2026-03-15T00:01:00Z"), DEFAULT_VALIDITY)).toBe(false);
  });
});

describe("which result counts", () => {
  it("takes, of two results of one source on one day, the later recorded", () => {
    const first = result("M.02", 2, "2025-09-01", "SUPERVISOR", { recordedAt: new Date("2025-09-01T08:00:00Z"), id: "ffffffff-0000-7000-8000-000000000000" });
    const second = result("M.02", 4, "2025-09-01", "SUPERVISOR", { recordedAt: new Date("2025-09-01T09:30:00Z"), id: "00000000-0000-7000-8000-000000000000" });
    for (const order of [[first, second], [second, first]]) {
      expect(currentLevels(order, day("2025-10-01"), DEFAULT_VALIDITY).get("M.02")).toMatchObject({ level: 4, resultId: second.id });
    }
  });

  it("breaks a tie of date and recording time by the larger id, as the SQL does", () => {
    const at = new Date("2025-09-01T08:00:00Z");
    const a = result("M.02", 2, "2025-09-01", "SUPERVISOR", { recordedAt: at, id: "0190a000-0000-7000-8000-00000000000a" });
    const b = result("M.02", 5, "2025-09-01", "SUPERVISOR", { recordedAt: at, id: "0190a000-0000-7000-8000-00000000000b" });
    expect(currentLevels([b, a], day("2025-10-01"), DEFAULT_VALIDITY).get("M.02")?.level).toBe(5);
    expect(currentLevels([a, b], day("2025-10-01"), DEFAULT_VALIDITY).get("M.02")?.level).toBe(5);
  });

  it("takes the latest date within a source even when an older one was recorded later", () => {
    const newer = result("M.03", 3, "2025-08-01", "MULTI_RATER", { recordedAt: day("2025-08-02") });
    const older = result("M.03", 1, "2025-07-01", "MULTI_RATER", { recordedAt: day("2025-09-30") });
    expect(currentLevels([newer, older], day("2025-10-01"), DEFAULT_VALIDITY).get("M.03")?.level).toBe(3);
  });

  it("never counts a withdrawn result: the next one counts", () => {
    const wrong = result("M.05", 5, "2025-09-01", "ASSESSMENT_CENTRE", { withdrawnAt: new Date("2025-09-10T03:00:00Z") });
    const earlier = result("M.05", 2, "2025-03-01", "ASSESSMENT_CENTRE");
    const self = result("M.05", 4, "2025-09-05", "SELF");
    expect(isValidOn(wrong, day("2025-09-02"), DEFAULT_VALIDITY)).toBe(false);
    expect(currentLevels([wrong, earlier, self], day("2025-10-01"), DEFAULT_VALIDITY).get("M.05")).toMatchObject({ level: 2, resultId: earlier.id });
    // Withdrawn alone: not assessed, also on days before its withdrawal.
    expect(currentLevels([wrong], day("2025-09-05"), DEFAULT_VALIDITY).size).toBe(0);
  });

  it("falls back to a less trusted source once the trusted one expires", () => {
    const ac = result("M.06", 4, "2022-01-10", "ASSESSMENT_CENTRE");
    const self = result("M.06", 2, "2024-06-01", "SELF");
    expect(currentLevels([ac, self], day("2025-01-09"), DEFAULT_VALIDITY).get("M.06")?.source).toBe("ASSESSMENT_CENTRE");
    expect(currentLevels([ac, self], day("2025-01-10"), DEFAULT_VALIDITY).get("M.06")).toMatchObject({ source: "SELF", level: 2 });
    expect(currentLevels([ac, self], day("2025-06-01"), DEFAULT_VALIDITY).size).toBe(0);
  });
});

describe("gaps and JPM", () => {
  const at = (code: string, level: number) => result(code, level, "2025-06-01", "UJI_KOMPETENSI");

  it("shows a surplus apart and never nets it against another line's gap", () => {
    const levels = currentLevels([at("M.01", 5), at("M.02", 1)], day("2025-07-01"), DEFAULT_VALIDITY);
    const gaps = gapsAgainst([line("M.01", 3), line("M.02", 3)], levels);
    expect(gaps.map((g) => [g.gap, g.surplus])).toEqual([[0, 2], [2, 0]]);
    // Capped at the required level: (3 + 1) ÷ 6, not (5 + 1) ÷ 6.
    expect(jobPersonMatch(gaps)).toMatchObject({ percent: 66.7, metSum: 4, requiredSum: 6, complete: true });
  });

  it("rounds JPM half up to one decimal, exactly", () => {
    const jpm = (met: number[], required: number[]) => {
      const codes = required.map((_, i) => `C.${i}`);
      const levels = currentLevels(met.map((l, i) => at(codes[i]!, l)), day("2025-07-01"), DEFAULT_VALIDITY);
      return jobPersonMatch(gapsAgainst(required.map((r, i) => line(codes[i]!, r)), levels)).percent;
    };
    expect(jpm([2], [3])).toBe(66.7); // 66.666…
    expect(jpm([1], [3])).toBe(33.3); // 33.333…
    expect(jpm([3, 3, 3, 3, 3, 3, 3, 1], [5, 5, 5, 5, 5, 5, 5, 5])).toBe(55); // 22 ÷ 40
    expect(jpm(Array(16).fill(5).concat([4]), Array(17).fill(5))).toBe(98.8); // 84 ÷ 85 = 98.82…
    expect(jpm([3, 2], [3, 2])).toBe(100);
  });

  it("rounds the exact half up: 1 ÷ 80 is 1.25 % and shows 1.3", () => {
    const fake = (required: number, met: number) => ({ ...line("X", required), current: { level: met, source: "SELF" as const, resultId: "r", assessedOn: day("2025-01-01"), validUntil: day("2026-01-01") }, gap: 0, surplus: 0 });
    const lines = [fake(1, 1), ...Array.from({ length: 79 }, () => fake(1, 0))];
    expect(jobPersonMatch(lines).percent).toBe(1.3);
    expect(jobPersonMatch([fake(8, 1)]).percent).toBe(12.5);
  });

  it("has no percent when nothing is assessed, and an empty standard is no match to show", () => {
    expect(jobPersonMatch(gapsAgainst(STANDARD, new Map()))).toEqual({ percent: null, metSum: 0, requiredSum: 0, notAssessed: 4, complete: false });
    expect(jobPersonMatch([]).percent).toBeNull();
  });
});
