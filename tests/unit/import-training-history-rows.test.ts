// The training-history import's row parser (SIASN riwayat kursus/diklat): hours in JP, dates, the route.
import { describe, expect, it } from "vitest";
import { matchHeaders } from "@/lib/import/headers";
import { hoursToMinutes, routeOfCourseKind, trainingHistoryImport } from "@/lib/import/kinds/training-history";
import { parseOneRow } from "@/lib/import/rows";

const HEADER = ["nipBaru", "namaKursus", "jenisKursus", "jumlahJam", "tanggal", "tanggalSelesai", "tahunKursus", "institusiPenyelenggara", "noSertipikat"];
const match = matchHeaders(trainingHistoryImport.headers, HEADER);
const parse = (cells: string[], line = 2) => parseOneRow(trainingHistoryImport, match, line, cells);
const NIP = "199001012015031001";

describe("training-history headers", () => {
  it("recognises SIASN's column names, and NIP under either name", () => {
    expect(match.missing).toEqual([]);
    expect(match.ignored).toEqual(["tahunKursus"]);
    expect(matchHeaders(trainingHistoryImport.headers, ["NIP", "namaKursus", "jumlahJam", "tanggal"]).missing).toEqual([]);
    expect(matchHeaders(trainingHistoryImport.headers, ["namaKursus", "jumlahJam", "tanggal"]).missing).toEqual(["nipBaru"]);
  });
});

describe("training-history rows", () => {
  it("reads a good row: JP to minutes, day-first dates, the route from the course kind, the key", () => {
    const outcome = parse(["19900101 201503 1 001", " Kursus  Bahasa Inggris ", "Kursus", "2,67", "01-03-2024", "02/03/2024", "2024", "LAN RI", "LAN/12/2024"]);
    expect(outcome).toEqual({
      ok: true,
      row: {
        line: 2,
        value: {
          nip: NIP, title: "Kursus Bahasa Inggris", minutes: 120, startDate: "2024-03-01", endDate: "2024-03-02", organiser: "LAN RI",
          certificateNumber: "LAN/12/2024", routeCode: "KL08", key: "no:LAN/12/2024|2024-03-01|2024-03-02",
        },
      },
      warnings: [],
    });
  });

  it("takes the start day as the end when tanggalSelesai is empty", () => {
    const outcome = parse([NIP, "Seminar SPBE", "Seminar", "3", "2024-05-05", "", "", "", ""]);
    expect(outcome.ok && outcome.row.value).toMatchObject({ startDate: "2024-05-05", endDate: "2024-05-05", minutes: 135, routeCode: "KL06", certificateNumber: null, organiser: null });
  });

  it("reports bad NIP, missing title, non-positive hours, bad and reversed and future dates, each on its column", () => {
    expect(parse(["123", "", "", "0", "31-02-2024", "", "", "", ""], 5)).toEqual({
      ok: false,
      problems: [
        { line: 5, column: "nipBaru", message: "NIP harus 18 angka.", severity: "error" },
        { line: 5, column: "namaKursus", message: "Nama kursus wajib diisi.", severity: "error" },
        { line: 5, column: "jumlahJam", message: "Jumlah jam harus angka lebih dari 0 (dalam JP, 1 JP = 45 menit), misalnya 2 atau 2,5.", severity: "error" },
        { line: 5, column: "tanggal", message: "Bukan tanggal (tulis hh-bb-tttt, misalnya 31-12-2025).", severity: "error" },
      ],
    });
    expect(parse([NIP, "A", "", "-2", "2024-01-02", "2024-01-01", "", "", ""])).toMatchObject({
      ok: false, problems: [{ column: "jumlahJam" }, { column: "tanggalSelesai", message: "Tanggal selesai sebelum tanggal mulai." }],
    });
    expect(parse([NIP, "A", "", "2", "2024-01-02", "2999-01-01", "", "", ""])).toMatchObject({ ok: false, problems: [{ column: "tanggalSelesai" }] });
  });
});

describe("hoursToMinutes and routeOfCourseKind", () => {
  it("converts JP once and refuses what is not a positive number", () => {
    expect(hoursToMinutes("2")).toBe(90);
    expect(hoursToMinutes("2.5")).toBe(113);
    expect(hoursToMinutes("0,01")).toBeNull(); // rounds to no minute at all
    for (const bad of ["", "0", "-1", "abc", "1e3", "2,675"]) expect(hoursToMinutes(bad)).toBeNull();
  });

  it("maps SIASN's kinds to development routes, a plain course by default", () => {
    expect(routeOfCourseKind("Diklat Struktural")).toBe("KL01");
    expect(routeOfCourseKind("Bimbingan Teknis")).toBe("KL10");
    expect(routeOfCourseKind("Workshop")).toBe("KL07");
    expect(routeOfCourseKind("Diklat Teknis")).toBe("KL03");
    expect(routeOfCourseKind("")).toBe("KL08");
  });
});
