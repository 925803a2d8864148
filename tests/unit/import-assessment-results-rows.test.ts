// The assessment-results import's pure parts (decision 0030): which words name a source, what a LEVEL cell may hold,
// and the row parser's problems, each naming its column.
import { describe, expect, it } from "vitest";
import { matchHeaders } from "@/lib/import/headers";
import { assessmentResultsImport } from "@/lib/import/kinds/assessment-results";
import { importedSourceOf, levelOf, normalCode, sameResultKey, slotKey } from "@/lib/import/kinds/assessment-results-rules";
import { parseOneRow } from "@/lib/import/rows";

const HEADER = ["NIP", "KODE KOMPETENSI", "LEVEL", "TANGGAL", "SUMBER", "ASESOR", "NOMOR DOKUMEN", "CATATAN"];
const match = matchHeaders(assessmentResultsImport.headers, HEADER);
const parse = (cells: string[]) => parseOneRow(assessmentResultsImport, match, 2, cells);
const NIP = "199001012015031001";

describe("sources", () => {
  it("takes the enum names and the Indonesian names of the three importable sources", () => {
    expect(["ASSESSMENT_CENTRE", "Assessment Center", "assessment centre", "AC"].map(importedSourceOf)).toEqual(Array(4).fill("ASSESSMENT_CENTRE"));
    expect(["UJI_KOMPETENSI", "Uji Kompetensi", "uji-kompetensi"].map(importedSourceOf)).toEqual(Array(3).fill("UJI_KOMPETENSI"));
    expect(["MULTI_RATER", "360", "360°", "Penilaian 360", "multi rater"].map(importedSourceOf)).toEqual(Array(5).fill("MULTI_RATER"));
  });
  it("refuses SUPERVISOR and SELF as not importable, and knows nothing else", () => {
    expect(["SUPERVISOR", "SELF", "Penilaian Atasan", "Penilaian Diri"].map(importedSourceOf)).toEqual(Array(4).fill("NOT_IMPORTABLE"));
    expect(["", "Wawancara", "AC2"].map(importedSourceOf)).toEqual([null, null, null]);
  });
});

describe("levels and keys", () => {
  it("reads whole levels 1–5 only", () => {
    expect(["1", "5", " 3 ", "3.0", "3,00", "Level 4"].map(levelOf)).toEqual([1, 5, 3, 3, 3, 4]);
    expect(["0", "6", "2.5", "", "tiga", "-1"].map(levelOf)).toEqual([null, null, null, null, null, null]);
  });
  it("writes codes as the dictionary does, and tells a slot from a result", () => {
    expect(normalCode(" m.01 ")).toBe("M.01");
    const slot = slotKey("e", "c", "2024-05-02", "ASSESSMENT_CENTRE");
    expect(sameResultKey(slot, 3, null)).toBe(sameResultKey(slot, 3, null));
    expect(sameResultKey(slot, 3, null)).not.toBe(sameResultKey(slot, 3, "AC/1"));
  });
});

describe("rows", () => {
  it("recognises the columns and ignores others", () => {
    expect(match.missing).toEqual([]);
    expect(match.ignored).toEqual(["CATATAN"]);
    expect(matchHeaders(assessmentResultsImport.headers, ["NIP", "KODE", "LEVEL", "TANGGAL", "SUMBER"]).missing).toEqual(["ASESOR"]);
  });
  it("reads a good row", () => {
    expect(parse(["19900101 201503 1 001", "m.01", "3", "02-05-2024", "Assessment Center", " UPT  Penilaian ", "AC/12/2024", "x"])).toEqual({
      ok: true,
      row: { line: 2, value: { nip: NIP, code: "M.01", level: 3, assessedOn: "2024-05-02", source: "ASSESSMENT_CENTRE", assessorName: "UPT Penilaian", documentNumber: "AC/12/2024" } },
      warnings: [],
    });
  });
  it("names every bad column", () => {
    const outcome = parse(["123", "", "6", "kemarin", "SELF", "", "x".repeat(101), ""]);
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.problems.map((p) => p.column)).toEqual(["NIP", "KODE KOMPETENSI", "LEVEL", "TANGGAL", "SUMBER", "ASESOR", "NOMOR DOKUMEN"]);
  });
});
