// The first import kind's row parser: every problem of a row at once, each on its field, in Bahasa Indonesia.
import { describe, expect, it } from "vitest";
import { matchHeaders } from "@/lib/import/headers";
import { inactivityKindOf, inactivityPeriodsImport } from "@/lib/import/kinds/inactivity-periods";
import { describeProblems, parseOneRow } from "@/lib/import/rows";

const HEADER = ["NIP", "JENIS", "TANGGAL MULAI", "TANGGAL SELESAI", "KETERANGAN"];
const match = matchHeaders(inactivityPeriodsImport.headers, HEADER);
const parse = (cells: string[], line = 2) => parseOneRow(inactivityPeriodsImport, match, line, cells);
const NIP = "199001012015031001";

describe("inactivity-periods rows", () => {
  it("reads a good row: NIP with separators typed, kind in words, dates in any accepted shape", () => {
    expect(parse(["19900101 201503 1 001", "cuti besar", "01/02/2031", "47999", " Cuti tahap 1 "])).toEqual({
      ok: true,
      row: { line: 2, value: { nip: NIP, kind: "LONG_LEAVE", startDate: "2031-02-01", endDate: "2031-05-31", note: "Cuti tahap 1" } },
      warnings: [],
    });
  });

  it("reports every problem of a row, each with its line and the file's column name", () => {
    const outcome = parse(["1234", "Cuti Tahunan", "31-02-2031", "kemarin", "x".repeat(501)], 7);
    expect(outcome).toEqual({
      ok: false,
      problems: [
        { line: 7, column: "NIP", message: "NIP harus 18 angka.", severity: "error" },
        { line: 7, column: "JENIS", message: "Jenis tidak dikenal (isi Cuti Besar, Tugas Belajar, atau Lainnya).", severity: "error" },
        { line: 7, column: "TANGGAL MULAI", message: "Bukan tanggal (tulis hh-bb-tttt, misalnya 31-12-2025).", severity: "error" },
        { line: 7, column: "TANGGAL SELESAI", message: "Bukan tanggal (tulis hh-bb-tttt, misalnya 31-12-2025).", severity: "error" },
        { line: 7, column: "KETERANGAN", message: "Keterangan lebih dari 500 huruf.", severity: "error" },
      ],
    });
    expect(describeProblems(outcome.ok ? [] : outcome.problems.slice(0, 2))).toBe(
      "NIP: NIP harus 18 angka.; JENIS: Jenis tidak dikenal (isi Cuti Besar, Tugas Belajar, atau Lainnya).",
    );
  });

  it("refuses an end before the start, and names a missing optional column by its usual name", () => {
    const noNote = matchHeaders(inactivityPeriodsImport.headers, HEADER.slice(0, 4));
    const outcome = parseOneRow(inactivityPeriodsImport, noNote, 3, [NIP, "TB", "2031-02-01", "2031-01-31"]);
    expect(outcome).toEqual({ ok: false, problems: [{ line: 3, column: "TANGGAL SELESAI", message: "Tanggal selesai sebelum tanggal mulai.", severity: "error" }] });
  });

  it.each([
    ["Cuti Besar", "LONG_LEAVE"], ["CLTN", "LONG_LEAVE"], ["cuti_di_luar_tanggungan_negara", "LONG_LEAVE"],
    ["Tugas Belajar", "STUDY_ASSIGNMENT"], ["tb", "STUDY_ASSIGNMENT"], ["Lainnya", "OTHER"], ["Cuti Tahunan", null], ["", null],
  ])("reads the kind %j as %s", (text, kind) => {
    expect(inactivityKindOf(text)).toBe(kind);
  });
});
