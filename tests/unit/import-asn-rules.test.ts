// The SIASN ASN import's pure rules and row parser: what each cell means, and which disagreements between a
// NIP and its row are errors (birth date: the identity is inconsistent) and which warnings (sex, TMT CPNS).
import { describe, expect, it } from "vitest";
import { matchHeaders } from "@/lib/import/headers";
import { asnImport } from "@/lib/import/kinds/asn";
import { employeeKindOf, genderOf, nipFindings, positionTypeOf, rankOf } from "@/lib/import/kinds/asn-rules";
import { describeProblems, parseOneRow } from "@/lib/import/rows";
import { SIASN_HEADER, siasnRow, type SiasnRow } from "../factories/siasn-export";

const match = matchHeaders(asnImport.headers, [...SIASN_HEADER]);
const parse = (row: SiasnRow, line = 2) => parseOneRow(asnImport, match, line, SIASN_HEADER.map((h) => row[h]));
const NOW = new Date("2026-12-05T00:00:00Z");

describe("cells", () => {
  it.each([["Laki-laki", "M"], ["L", "M"], ["PRIA", "M"], ["1", "M"], ["Perempuan", "F"], ["p", "F"], ["Wanita", "F"], ["X", null], ["", null]])(
    "JENIS KELAMIN %j → %s", (text, gender) => expect(genderOf(text)).toBe(gender));

  it.each([
    [{ employeeType: "PNS", legalStatusId: "01", legalStatus: "Aktif" }, "PNS"],
    [{ employeeType: "PPPK", legalStatusId: "", legalStatus: "" }, "PPPK"],
    [{ employeeType: "Pegawai Pemerintah dengan Perjanjian Kerja", legalStatusId: "", legalStatus: "" }, "PPPK"],
    [{ employeeType: "", legalStatusId: "71", legalStatus: "" }, "PPPK"],
    [{ employeeType: "", legalStatusId: "", legalStatus: "PPPK Aktif" }, "PPPK"],
    [{ employeeType: "", legalStatusId: "", legalStatus: "Aktif" }, null],
  ] as const)("PNS or PPPK from %j → %s", (cells, kind) => expect(employeeKindOf(cells)).toBe(kind));

  it.each([
    ["III/a", { system: "PNS", rank: "III/a" }], ["III/A", { system: "PNS", rank: "III/a" }], ["III a", { system: "PNS", rank: "III/a" }],
    ["IIIa", { system: "PNS", rank: "III/a" }], ["IV-e", { system: "PNS", rank: "IV/e" }], ["Penata Muda (III/a)", { system: "PNS", rank: "III/a" }],
    ["34", { system: "PNS", rank: "III/d" }], ["IX", { system: "PPPK", rank: "IX" }], ["Golongan XVII", { system: "PPPK", rank: "XVII" }],
    ["III/e", null], ["XVIII", null], ["", null],
  ] as const)("GOL AKHIR %j", (text, rank) => expect(rankOf(text)).toEqual(rank));

  it.each([
    ["Fungsional Tertentu", "Pranata Komputer Ahli Muda", "FUNGSIONAL_AHLI_MUDA"],
    ["Fungsional Tertentu", "Perawat Terampil", "FUNGSIONAL_TERAMPIL"],
    ["Fungsional Tertentu", "Arsiparis Penyelia", "FUNGSIONAL_PENYELIA"],
    ["Fungsional Tertentu", "Analis Kebijakan", null],
    ["Fungsional Umum", "Pengadministrasi Umum", "PELAKSANA"],
    ["Pelaksana", "Pengolah Data", "PELAKSANA"],
    ["Struktural", "Kepala Dinas Kesehatan", "JPT_PRATAMA"],
    ["Struktural", "Kepala Bidang Pelayanan", "ADMINISTRATOR"],
    ["Struktural", "Kepala Seksi Data", "PENGAWAS"],
    ["Struktural", "Lurah Tugu", "PENGAWAS"],
    ["Administrator", "Sekretaris", "ADMINISTRATOR"],
    ["JPT Pratama", "Asisten Pemerintahan", "JPT_PRATAMA"],
    ["Struktural", "Koordinator", null],
  ] as const)("JENIS JABATAN %j + %j → %s", (kind, name, type) => expect(positionTypeOf(kind, name)).toBe(type));
});

describe("NIP against its row", () => {
  const nip = "198001012005011001"; // born 1980-01-01, TMT CPNS 2005-01, male
  const row = { kind: "PNS" as const, birthDate: "1980-01-01", gender: "M" as const, cpnsDate: "2005-01-01" };
  it("agrees", () => expect(nipFindings(nip, row, NOW)).toEqual([]));
  it("is an error when the birth date differs", () => {
    expect(nipFindings(nip, { ...row, birthDate: "1980-01-02" }, NOW)).toEqual([
      { severity: "error", field: "nip", message: "NIP tidak cocok dengan TANGGAL LAHIR (NIP: 1980-01-01, TANGGAL LAHIR: 1980-01-02)." },
    ]);
  });
  it("is a warning when only the sex or the TMT part differs", () => {
    expect(nipFindings(nip, { ...row, gender: "F", cpnsDate: "2006-03-01" }, NOW).map((f) => [f.severity, f.field])).toEqual([
      ["warning", "gender"], ["warning", "cpnsDate"],
    ]);
  });
  it("is an error when it is not a NIP", () => {
    expect(nipFindings("198013012005011001", row, NOW)[0]).toMatchObject({ severity: "error", message: "8 angka pertama NIP bukan tanggal lahir yang ada." });
    expect(nipFindings("198001012005013001", row, NOW)[0]).toMatchObject({ severity: "error", message: "Angka ke-15 NIP (jenis kelamin) harus 1 atau 2." });
  });
});

describe("a row", () => {
  it("reads a good SIASN row, PNS and PPPK", () => {
    const pns = parse(siasnRow(4, 100));
    expect(pns).toMatchObject({ ok: true, warnings: [], row: { value: { kind: "PNS", rank: "III/d", positionType: "PELAKSANA" } } });
    expect(parse(siasnRow(9, 100))).toMatchObject({ ok: true, warnings: [], row: { value: { kind: "PPPK", rank: "IX" } } });
  });

  it("reports every error of a row at once, each on its column", () => {
    const bad = { ...siasnRow(4, 100), "NIP BARU": "1980", "TMT CPNS": "32-13-2005", "GOL AKHIR NAMA": "IX", "JENIS KELAMIN": "?" };
    const outcome = parse(bad, 7);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problems.map((p) => [p.line, p.column, p.severity])).toEqual([
      [7, "NIP BARU", "error"], [7, "JENIS KELAMIN", "error"], [7, "TMT CPNS", "error"], [7, "GOL AKHIR NAMA", "error"],
    ]);
    expect(outcome.problems[3]!.message).toBe("Golongan PPPK (IX) pada PNS: PNS bergolongan I/a–IV/e.");
  });

  it("keeps a row whose NIP differs from TMT CPNS, with a warning the error file prefixes", () => {
    const row = siasnRow(4, 100);
    const outcome = parse({ ...row, "TMT CPNS": "01-01-1999" });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.warnings).toHaveLength(1);
    expect(outcome.warnings[0]).toMatchObject({ column: "TMT CPNS", severity: "warning" });
    expect(describeProblems(outcome.warnings)).toMatch(/^Peringatan: TMT CPNS: NIP tidak cocok dengan TMT CPNS/);
  });

  it("refuses a PNS golongan on a PPPK and an unknown date, naming the column", () => {
    const outcome = parse({ ...siasnRow(9, 100), "GOL AKHIR NAMA": "III/a", "TMT GOLONGAN": "kemarin" });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problems.map((p) => `${p.column}: ${p.message}`)).toEqual([
      "TMT GOLONGAN: Bukan tanggal (tulis hh-bb-tttt, misalnya 31-12-2025).",
      "GOL AKHIR NAMA: Golongan PNS (III/a) pada PPPK: PPPK bergolongan I–XVII.",
    ]);
  });
});
