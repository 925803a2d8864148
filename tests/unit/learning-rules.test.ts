import { describe, expect, it } from "vitest";
import { learningEn } from "@/lib/i18n/messages/learning.en";
import { learningId } from "@/lib/i18n/messages/learning.id";
import { checkImport, describeRowError, gain, looksLikeXlsx, normaliseNip, parseScore, summarise, type RawScoreRow } from "@/lib/learning/rules";

const NIP_A = "198001012005011001";
const NIP_B = "198502022010012002";
const NIP_C = "199003032015031003"; // an employee of the agency, not in the batch
const participants = new Map([[NIP_A, "enrol-a"], [NIP_B, "enrol-b"]]);
const known = new Set([NIP_A, NIP_B, NIP_C]);
const row = (r: number, nip: string, pre: unknown, post: unknown): RawScoreRow => ({ row: r, nip, pre, post });

describe("gain", () => {
  it("is post minus pre, and null when either is missing", () => {
    expect(gain(40, 75)).toBe(35);
    expect(gain(80, 70)).toBe(-10);
    expect(gain(null, 70)).toBeNull();
    expect(gain(40, null)).toBeNull();
  });
});

describe("summarise", () => {
  it("averages each score over who has it, the gain over who has both, and the share improved", () => {
    const s = summarise([
      { preScore: 40, postScore: 80 }, // +40
      { preScore: 60, postScore: 60 }, // 0
      { preScore: 50, postScore: null },
      { preScore: null, postScore: 90 },
    ]);
    expect(s).toEqual({ count: 4, averagePre: 50, averagePost: 230 / 3, averageGain: 20, shareImproved: 0.5, paired: 2 });
  });
  it("has no averages for a batch without scores", () => {
    expect(summarise([{ preScore: null, postScore: null }])).toEqual({ count: 1, averagePre: null, averagePost: null, averageGain: null, shareImproved: null, paired: 0 });
    expect(summarise([]).count).toBe(0);
  });
});

describe("parseScore", () => {
  it("accepts empty and integers 0–100, as numbers or text", () => {
    expect(parseScore(null)).toEqual({ ok: true, value: null });
    expect(parseScore("  ")).toEqual({ ok: true, value: null });
    expect(parseScore(0)).toEqual({ ok: true, value: 0 });
    expect(parseScore(100)).toEqual({ ok: true, value: 100 });
    expect(parseScore(" 85 ")).toEqual({ ok: true, value: 85 });
    expect(parseScore("85,0")).toEqual({ ok: true, value: 85 });
  });
  it("refuses out of range, fractions and words, keeping what was typed", () => {
    expect(parseScore(120)).toEqual({ ok: false, shown: "120" });
    expect(parseScore(-1)).toEqual({ ok: false, shown: "-1" });
    expect(parseScore(72.5)).toEqual({ ok: false, shown: "72.5" });
    expect(parseScore("baik")).toEqual({ ok: false, shown: "baik" });
  });
});

describe("checkImport", () => {
  it("turns a clean sheet into one update per participant, skipping blank lines", () => {
    const result = checkImport([row(2, NIP_A, 40, 80), row(3, "", null, null), row(4, "19850202 201001 2 002", "55", null)], participants, known);
    expect(result).toEqual({
      ok: true,
      updates: [
        { row: 2, enrolmentId: "enrol-a", preScore: 40, postScore: 80 },
        { row: 4, enrolmentId: "enrol-b", preScore: 55, postScore: null },
      ],
    });
  });
  it("refuses the whole sheet for one bad row, naming each bad row", () => {
    const result = checkImport(
      [row(2, NIP_A, 40, 80), row(3, NIP_B, 50, 120), row(4, NIP_C, 1, 2), row(5, "111", 1, 2), row(6, NIP_A, 1, 2), row(7, "", 10, null)],
      participants,
      known,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.row, e.code])).toEqual([[3, "scoreRange"], [4, "notParticipant"], [5, "nipUnknown"], [6, "duplicate"], [7, "nipMissing"]]);
    const texts = learningId.import.rowErrors;
    expect(result.errors.map((e) => describeRowError(texts, e))).toEqual([
      "Baris 3: nilai post-test 120 di luar 0–100",
      `Baris 4: NIP ${NIP_C} bukan peserta angkatan ini`,
      "Baris 5: NIP 111 tidak dikenal",
      `Baris 6: NIP ${NIP_A} sudah ada di baris 2`,
      "Baris 7: NIP kosong",
    ]);
    expect(describeRowError(learningEn.import.rowErrors, result.errors[0]!)).toBe("Row 3: post-test score 120 is outside 0–100");
  });
  it("reports both scores of one row when both are wrong", () => {
    const result = checkImport([row(9, NIP_A, "-5", 101)], participants, known);
    expect(result.ok ? [] : result.errors.map((e) => describeRowError(learningId.import.rowErrors, e))).toEqual([
      "Baris 9: nilai pre-test -5 di luar 0–100",
      "Baris 9: nilai post-test 101 di luar 0–100",
    ]);
  });
});

describe("file checks", () => {
  it("knows an XLSX (a ZIP) by its first bytes", () => {
    expect(looksLikeXlsx(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14]))).toBe(true);
    expect(looksLikeXlsx(new TextEncoder().encode("NIP,Nama\n"))).toBe(false);
    expect(looksLikeXlsx(new Uint8Array([0x50, 0x4b]))).toBe(false);
  });
  it("reads a NIP typed with spaces", () => {
    expect(normaliseNip(" 19800101 200501 1 001 ")).toBe(NIP_A);
  });
});
