// A 10,000-row SIASN file with 25 bad rows (bad NIP, unknown date, NIP/birth-date mismatch, the same NIP twice,
// a PPPK golongan on a PNS) writes nothing; each of the 25 is reported with its line and reason; the error file
// (CSV, and XLSX for a workbook) reads back as the original rows plus the error column. Checked by the job queue.
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/load-viewer";
import { importErrorFile } from "@/lib/import/error-file";
import { importProblemPage, importProgress } from "@/lib/import/queries";
import { stopImportQueueSender } from "@/lib/import/queue";
import { startImportApply } from "@/lib/import/service";
import { startJobs, type Jobs } from "@/lib/jobs/boss";
import { parseNip } from "@/lib/people/nip";
import { SIASN_HEADER, siasnCsv, siasnRows, type SiasnRow } from "../factories/siasn-export";
import { agencyState, csvFile, emptyAgency, uploadAsn } from "./asn-world";
import { refusal } from "./world";

let world: Awaited<ReturnType<typeof emptyAgency>>;
let admin: Viewer;
let jobs: Jobs;

beforeAll(async () => {
  world = await emptyAgency();
  admin = world.admin;
  jobs = await startJobs(process.env.DATABASE_URL!, () => {});
});

afterAll(async () => {
  await jobs?.stop();
  await stopImportQueueSender();
});

async function checked(runId: string) {
  let progress = await importProgress(admin, runId);
  for (let i = 0; i < 600 && progress!.status === "CHECKING"; i++) {
    await new Promise((r) => setTimeout(r, 100));
    progress = await importProgress(admin, runId);
  }
  return progress!;
}

const shiftYear = (dmy: string) => `${dmy.slice(0, 6)}${Number(dmy.slice(6)) + 1}`;

describe("a 10,000-row file with 25 bad rows", () => {
  it("writes nothing and reports each bad row with its line and reason, in an error file that reads back", async () => {
    const rows = siasnRows(10_000, 2);
    const expected = new Map<number, string>(); // line → "COLUMN: message" expected among its problems
    const bad = (index: number, change: Partial<SiasnRow>, problem: string) => {
      rows[index] = { ...rows[index]!, ...change };
      expected.set(index + 2, problem);
    };
    for (const i of [100, 2000, 5000, 9999]) bad(i, { "NIP BARU": rows[i]!["NIP BARU"].slice(0, 17) }, "NIP BARU: NIP harus 18 angka.");
    for (const i of [150, 3000, 4500, 7000, 8000]) bad(i, { "TMT GOLONGAN": "31-02-2010" }, "TMT GOLONGAN: Bukan tanggal (tulis hh-bb-tttt, misalnya 31-12-2025).");
    for (const i of [200, 3100, 4600, 7100, 8100]) bad(i, { "TANGGAL LAHIR": shiftYear(rows[i]!["TANGGAL LAHIR"]) }, "NIP BARU: NIP tidak cocok dengan TANGGAL LAHIR");
    for (const [first, copy] of [[250, 6000], [1250, 6100], [2250, 6200]] as const) {
      bad(copy, rows[first]!, `NIP BARU: NIP ini ada lebih dari sekali di berkas (juga di baris ${first + 2}).`);
      expected.set(first + 2, `NIP BARU: NIP ini ada lebih dari sekali di berkas (juga di baris ${copy + 2}).`);
    }
    for (const i of [400, 3200, 4700, 7200, 8200]) bad(i, { "GOL AKHIR NAMA": "IX" }, "GOL AKHIR NAMA: Golongan PPPK (IX) pada PNS: PNS bergolongan I/a–IV/e.");
    expect(expected.size).toBe(25);

    const before = await agencyState(world.agency.id);
    const text = siasnCsv(rows);
    const { runId, queued } = await uploadAsn(admin, csvFile(text, "ekspor-besar.csv"));
    expect(queued).toBe(true);
    const progress = await checked(runId);
    expect(progress).toMatchObject({ status: "INVALID", rowCount: 10_000, problemCount: 25 });
    expect(progress.summary?.counts).toBeUndefined(); // no dry run of a file with errors

    const page = await importProblemPage(admin, runId, { pageSize: 100, severity: "error" });
    expect(page.total).toBe(25);
    expect(page.rows.map((r) => r.line)).toEqual([...expected.keys()].sort((a, b) => a - b));
    for (const row of page.rows) {
      const described = row.problems.map((p) => `${p.column}: ${p.message}`);
      expect(described.some((d) => d.startsWith(expected.get(row.line)!)), `line ${row.line}: ${described.join(" | ")}`).toBe(true);
      expect(row.problems.every((p) => p.line === row.line && p.severity === "error")).toBe(true);
    }
    expect((await refusal(startImportApply(admin, { runId }))).message).toBe("fileImport.runNotReady");
    expect(await agencyState(world.agency.id)).toEqual({ ...before, AuditLog: { count: before.AuditLog!.count + 1, checksum: null } }); // only the upload's row

    const errorFile = (await importErrorFile(admin, runId))!;
    expect(errorFile.fileName).toBe("ekspor-besar-kesalahan.csv");
    const records = parse(new TextDecoder().decode(errorFile.bytes), { delimiter: ";", bom: true }) as string[][];
    expect(records).toHaveLength(10_001);
    expect(records[0]).toEqual([...SIASN_HEADER, "Kesalahan"]);
    records.slice(1).forEach((record, index) => {
      expect(record.slice(0, SIASN_HEADER.length)).toEqual(SIASN_HEADER.map((h) => rows[index]![h]));
      const problem = expected.get(index + 2);
      if (problem) expect(record[SIASN_HEADER.length]).toContain(problem);
      else expect(record[SIASN_HEADER.length]).toBe("");
    });
  });
});

describe("an XLSX workbook with bad rows", () => {
  it("is given back as an XLSX with the errors beside their rows; another agency's NIP is refused without naming it", async () => {
    const rows = siasnRows(300, 3);
    const outsider = parseNip(world.outsider.nip);
    if (!outsider.ok) throw new Error("the factory issued a bad NIP");
    const o = outsider.value;
    const dmy = (iso: string) => `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;
    rows[3] = { ...rows[3]!, "NIP BARU": o.nip, "TANGGAL LAHIR": dmy(o.birthDate), "JENIS KELAMIN": o.gender === "M" ? "Laki-laki" : "Perempuan",
      "JENIS PEGAWAI NAMA": "PNS", "KEDUDUKAN HUKUM ID": "01", "GOL AKHIR NAMA": "III/a", "TMT CPNS": `01-${String(o.tmtMonth).padStart(2, "0")}-${o.tmtYear}` };
    rows[5] = { ...rows[5]!, "NIP BARU": "12345" };
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Data ASN");
    sheet.addRow([...SIASN_HEADER]);
    for (const r of rows) {
      sheet.addRow(SIASN_HEADER.map((h) => {
        const value = r[h];
        if (h === "TANGGAL LAHIR") return new Date(`${value.slice(6)}-${value.slice(3, 5)}-${value.slice(0, 2)}T00:00:00Z`); // a date cell
        if (h === "TMT JABATAN") return (Date.parse(`${value.slice(6)}-${value.slice(3, 5)}-${value.slice(0, 2)}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000; // a serial
        return value;
      }));
    }
    const bytes = await workbook.xlsx.writeBuffer();
    const { runId } = await uploadAsn(admin, new File([bytes], "ekspor.xlsx"));
    const progress = await checked(runId);
    expect(progress).toMatchObject({ status: "INVALID", rowCount: 300, problemCount: 2 });
    const page = await importProblemPage(admin, runId);
    expect(page.rows.map((r) => [r.line, r.problems.map((p) => `${p.column}: ${p.message}`)])).toEqual([
      [5, ["NIP BARU: NIP ini terdaftar sebagai pegawai instansi lain; tidak dapat diimpor."]],
      [7, ["NIP BARU: NIP harus 18 angka."]],
    ]);

    const errorFile = (await importErrorFile(admin, runId))!;
    expect(errorFile.fileName).toBe("ekspor-kesalahan.xlsx");
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(Buffer.from(errorFile.bytes) as unknown as ArrayBuffer);
    const read = back.worksheets[0]!;
    const errorColumn = SIASN_HEADER.length + 1;
    expect(read.getRow(1).getCell(errorColumn).value).toBe("Kesalahan");
    expect(read.getRow(5).getCell(errorColumn).value).toBe("NIP BARU: NIP ini terdaftar sebagai pegawai instansi lain; tidak dapat diimpor.");
    expect(read.getRow(7).getCell(errorColumn).value).toBe("NIP BARU: NIP harus 18 angka.");
    expect(read.getRow(6).getCell(errorColumn).value).toBeNull();
    expect(read.getRow(7).getCell(2).value).toBe("12345");
    expect(read.rowCount).toBe(301);
  });
});
