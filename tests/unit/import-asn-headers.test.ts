// The SIASN ASN import's header mapping (lib/import/kinds/asn-headers.ts): one test per header variant a SIASN
// export or an Excel re-save may carry, and a whole row read through the CSV reader (BOM, ";", Excel dates).
import { describe, expect, it } from "vitest";
import { readCsvRecords } from "@/lib/import/csv-source";
import { matchHeaders } from "@/lib/import/headers";
import { ASN_HEADERS, type AsnField } from "@/lib/import/kinds/asn-headers";
import { asnImport } from "@/lib/import/kinds/asn";
import { parseOneRow } from "@/lib/import/rows";
import { SIASN_HEADER, siasnCsv, siasnRow } from "../factories/siasn-export";

const fieldOf = (header: string): AsnField | undefined => {
  const match = matchHeaders(ASN_HEADERS, [header]);
  return Object.keys(match.columns)[0] as AsnField | undefined;
};

describe("ASN header variants", () => {
  it.each<[string, AsnField]>([
    ["PNS ID", "pnsId"], ["pns_id", "pnsId"], ["NIP BARU", "nip"], ["NIP_BARU", "nip"], ["nip baru", "nip"],
    ["\uFEFFNIP BARU", "nip"], ["Nip.Baru", "nip"], ["NIP", "nip"], ["NIP LAMA", "nipLama"], ["NAMA", "name"], ["Nama Lengkap", "name"],
    ["GELAR DEPAN", "frontTitle"], ["gelar_belakang", "backTitle"], ["TEMPAT LAHIR", "birthPlace"], ["TEMPAT LAHIR NAMA", "birthPlace"],
    ["TANGGAL LAHIR", "birthDate"], ["TGL_LAHIR", "birthDate"], ["JENIS KELAMIN", "gender"], ["JENIS KELAMIN NAMA", "gender"],
    ["EMAIL", "email"], ["E-MAIL", "email"], ["EMAIL GOV", "emailGov"], ["email_gov", "emailGov"],
    ["JENIS PEGAWAI", "employeeType"], ["JENIS PEGAWAI NAMA", "employeeType"], ["KEDUDUKAN HUKUM ID", "legalStatusId"],
    ["KEDUDUKAN HUKUM NAMA", "legalStatus"], ["KEDUDUKAN HUKUM", "legalStatus"], ["TMT CPNS", "cpnsDate"], ["tmt_cpns", "cpnsDate"],
    ["TMT PNS", "pnsDate"], ["GOL AKHIR", "rank"], ["GOL AKHIR NAMA", "rank"], ["GOL_AKHIR_NAMA", "rank"], ["GOLONGAN", "rank"],
    ["GOL RUANG AKHIR", "rank"], ["TMT GOLONGAN", "rankDate"], ["JENIS JABATAN", "positionKind"], ["JENIS JABATAN NAMA", "positionKind"],
    ["JABATAN NAMA", "positionName"], ["NAMA JABATAN", "positionName"], ["TMT JABATAN", "positionDate"], ["UNOR ID", "unorId"],
    ["unor_id", "unorId"], ["UNOR NAMA", "unorName"], ["UNOR INDUK", "unorParent"], ["UNOR INDUK ID", "unorParent"],
    ["NIP ATASAN", "supervisorNip"], ["nip atasan langsung", "supervisorNip"],
  ])("%j is %s", (header, field) => {
    expect(fieldOf(header)).toBe(field);
  });

  it("ignores SIASN's id columns of fields it reads by name, and columns it does not use", () => {
    const match = matchHeaders(ASN_HEADERS, [...SIASN_HEADER]);
    expect(match.missing).toEqual([]);
    expect(match.ignored).toEqual(["NIK", "GOL AKHIR ID", "TINGKAT PENDIDIKAN NAMA"]);
  });

  it("names every required column a file lacks", () => {
    expect(matchHeaders(ASN_HEADERS, ["NAMA", "NIP BARU"]).missing).toEqual([
      "TANGGAL LAHIR", "JENIS KELAMIN", "GOL AKHIR", "JENIS JABATAN", "JABATAN NAMA", "UNOR ID", "UNOR NAMA",
    ]);
  });
});

describe("an Excel-saved SIASN CSV", () => {
  it("reads through the CSV reader with BOM and ';' and gives the row's values, dates as serials or dd-mm-yyyy", async () => {
    const row = { ...siasnRow(4, 100), "TANGGAL LAHIR": "", "TMT JABATAN": "45292" };
    const born = siasnRow(4, 100)["TANGGAL LAHIR"];
    row["TANGGAL LAHIR"] = born; // dd-mm-yyyy as SIASN writes it
    const bytes = new TextEncoder().encode(siasnCsv([row]));
    const records: string[][] = [];
    for await (const r of readCsvRecords(bytes, asnImport.limits)) records.push(r.cells);
    const match = matchHeaders(asnImport.headers, records[0]!);
    const parsed = parseOneRow(asnImport, match, 2, records[1]!);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.warnings).toEqual([]);
    expect(parsed.row.value).toMatchObject({
      nip: row["NIP BARU"], birthDate: `${born.slice(6)}-${born.slice(3, 5)}-${born.slice(0, 2)}`, positionDate: "2024-01-01",
      kind: "PNS", gender: "M", positionType: "PELAKSANA", unorId: row["UNOR ID"], unorParent: row["UNOR INDUK"] || null,
    });
  });
});

describe("the Bangkom ASN template", () => {
  it("has every column the import reads, with a note, and its header row is recognised without anything missing", async () => {
    const { asnTemplate } = await import("@/lib/import/kinds/asn-template");
    const ExcelJS = (await import("exceljs")).default;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await asnTemplate()) as unknown as ArrayBuffer);
    const header = workbook.getWorksheet("Data ASN")!.getRow(1);
    const names = ASN_HEADERS.map((_, i) => String(header.getCell(i + 1).value));
    expect(names).toContain("NIP ATASAN");
    const match = matchHeaders(ASN_HEADERS, names);
    expect(match.missing).toEqual([]);
    expect(match.ignored).toEqual([]);
    expect(Object.keys(match.columns)).toHaveLength(ASN_HEADERS.length);
    expect(ASN_HEADERS.every((_, i) => typeof header.getCell(i + 1).note === "string" || typeof header.getCell(i + 1).note === "object")).toBe(true);
  });
});
