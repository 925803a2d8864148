import { describe, expect, it } from "vitest";
import { matchHeaders, normaliseHeader } from "@/lib/import/headers";
import { inactivityPeriodsImport } from "@/lib/import/kinds/inactivity-periods";

const SPEC = [
  { field: "nip", headers: ["NIP BARU", "NIP"], required: true },
  { field: "name", headers: ["NAMA"], required: true },
  { field: "birthDate", headers: ["TANGGAL LAHIR", "TGL LAHIR"], required: false },
] as const;

describe("normaliseHeader", () => {
  it.each([
    ["NIP BARU", "nipbaru"],
    ["nip baru", "nipbaru"],
    ["Nip_Baru", "nipbaru"],
    ["NIP.BARU", "nipbaru"],
    ["  NIP   BARU  ", "nipbaru"],
    ["\uFEFFNIP BARU", "nipbaru"],
    ["nip-baru", "nipbaru"],
    ["NIP\tBARU", "nipbaru"],
    ["ＮＩＰ BARU", "nipbaru"], // full-width letters pasted from a PDF
  ])("%j → %j", (header, normalised) => {
    expect(normaliseHeader(header)).toBe(normalised);
  });
});

describe("matchHeaders", () => {
  it("finds each field by any of its names, in any order, and lists the headers it ignores", () => {
    const match = matchHeaders(SPEC, ["No", "Nama", "nip_baru", "Unit Kerja"]);
    expect(match.columns).toEqual({ name: 1, nip: 2 });
    expect(match.missing).toEqual([]);
    expect(match.ignored).toEqual(["No", "Unit Kerja"]);
  });

  it.each([["NIP BARU"], ["NIP"], ["nip"], ["Nip Baru"], ["NIP_BARU"], ["\uFEFFNIP"]])("reads the NIP column headed %j", (header) => {
    expect(matchHeaders(SPEC, [header, "NAMA"]).columns.nip).toBe(0);
  });

  it("names the required headers the file lacks by their first name, and does not require optional ones", () => {
    const match = matchHeaders(SPEC, ["TGL LAHIR", "Alamat"]);
    expect(match.missing).toEqual(["NIP BARU", "NAMA"]);
    expect(match.columns).toEqual({ birthDate: 0 });
  });

  it("takes the first column for a field and ignores a second one of the same field", () => {
    const match = matchHeaders(SPEC, ["NIP", "NAMA", "NIP BARU"]);
    expect(match.columns.nip).toBe(0);
    expect(match.ignored).toEqual(["NIP BARU"]);
  });

  it("skips empty header cells and keeps the file's names (without the byte-order mark) for messages", () => {
    const match = matchHeaders(SPEC, ["\uFEFFNip ", "", "Nama"]);
    expect(match.columns).toEqual({ nip: 0, name: 2 });
    expect(match.ignored).toEqual([]);
    expect(match.names).toEqual(["Nip", "", "Nama"]);
  });
});

describe("the inactivity-periods header variants", () => {
  const required = ["nip", "kind", "startDate", "endDate"];
  it.each([
    [["NIP", "JENIS", "TANGGAL MULAI", "TANGGAL SELESAI", "KETERANGAN"]],
    [["NIP BARU", "Jenis Cuti", "tmt_mulai", "tanggal.akhir", "Catatan"]],
    [["nip pegawai", "JENIS KETIDAKAKTIFAN", "Mulai", "Selesai"]],
    [["Dari", "Sampai", "Jenis", "NIP"]],
  ])("maps %j", (headers) => {
    const match = matchHeaders(inactivityPeriodsImport.headers, headers);
    expect(match.missing).toEqual([]);
    expect(Object.keys(match.columns)).toEqual(expect.arrayContaining(required));
  });
});
