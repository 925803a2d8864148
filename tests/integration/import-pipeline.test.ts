// The import pipeline end to end against PostgreSQL, with its first kind (inactivity periods): upload → check
// (inline, or by the job queue for a large file) → dry run → apply in one transaction, or nothing; the file's
// hash and rows are kept; the error file is the original plus "Kesalahan" and reads back.
import { createHash } from "node:crypto";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeCommand } from "@/lib/action";
import type { Viewer } from "@/lib/auth/load-viewer";
import { db } from "@/lib/db";
import { applyImport, startImport } from "@/lib/import/commands";
import { importErrorFile } from "@/lib/import/error-file";
import { importProblems, importProgress } from "@/lib/import/queries";
import { runImportApplyJob } from "@/lib/import/jobs";
import { stopImportQueueSender } from "@/lib/import/queue";
import { uploadImport } from "@/lib/import/service";
import { startJobs } from "@/lib/jobs/boss";
import { buildWorld, refusal, type World } from "./world";

const KIND = "inactivity-periods";
let w: World;
let admin: Viewer;

beforeAll(async () => {
  w = await buildWorld();
  admin = await w.viewer(w.users.admin);
});

afterAll(async () => {
  await stopImportQueueSender();
});

const BOM = "\uFEFF";
const csvFile = (lines: string[], name = "ketidakaktifan.csv") => new File([BOM + lines.join("\r\n") + "\r\n"], name, { type: "text/csv" });
const periodsOf = (employeeId: string) =>
  db.inactivityPeriod.findMany({ where: { employeeId }, orderBy: { startDate: "asc" }, select: { kind: true, startDate: true, endDate: true, note: true } });

async function upload(file: File, viewer = admin) {
  const { runId, queued } = await uploadImport(viewer, { kind: KIND, file });
  return { runId, queued, progress: (await importProgress(viewer, runId))! };
}

describe("a good file", () => {
  it("is checked, shows its dry run, applies every row in one transaction, and changes nothing the second time", async () => {
    const { staff1, staff2, kabid } = w.people;
    const lines = [
      "NIP BARU;Jenis;Tanggal Mulai;Tanggal Selesai;Keterangan;Unit Kerja",
      `${staff1.nip};Cuti Besar;01-02-2031;30-04-2031;Cuti besar tahap 1;Bidang X1`,
      `${staff2.nip};Tugas Belajar;2031-08-01;31/07/2033;"S2; Universitas Gadjah Mada";Bidang X1`,
      `${kabid.nip};Lainnya;47484;47514;;Bidang X1`,
    ];
    const file = csvFile(lines);
    const bytes = new Uint8Array(await file.arrayBuffer());
    const first = await upload(file);
    expect(first.queued).toBe(false);
    expect(first.progress).toMatchObject({ status: "READY", rowCount: 3, problemCount: 0, percent: 100, done: 3 });
    expect(first.progress.summary?.counts).toEqual({ creates: 3, updates: 0, unchanged: 0, missing: 0 });
    expect(first.progress.summary?.ignoredHeaders).toEqual(["Unit Kerja"]);
    expect(first.progress.summary?.creates?.map((c) => c.line)).toEqual([2, 3, 4]);

    // The file as received: its bytes, SHA-256 and every row's cells.
    const run = await db.importRun.findUniqueOrThrow({ where: { id: first.runId }, select: { original: true, fileSha256: true, fileSize: true, fileName: true, format: true } });
    expect(Buffer.from(run.original).equals(Buffer.from(bytes))).toBe(true);
    expect(run).toMatchObject({ fileSha256: createHash("sha256").update(bytes).digest("hex"), fileSize: bytes.length, fileName: "ketidakaktifan.csv", format: "csv" });
    const stored = await db.importRow.findMany({ where: { runId: first.runId }, orderBy: { line: "asc" }, select: { line: true, cells: true, problems: true } });
    expect(stored).toEqual([
      { line: 2, cells: lines[1]!.split(";"), problems: null },
      { line: 3, cells: [staff2.nip, "Tugas Belajar", "2031-08-01", "31/07/2033", "S2; Universitas Gadjah Mada", "Bidang X1"], problems: null },
      { line: 4, cells: [kabid.nip, "Lainnya", "47484", "47514", "", "Bidang X1"], problems: null },
    ]);

    expect(await executeCommand(applyImport, admin, { runId: first.runId })).toEqual({ creates: 3, updates: 0, unchanged: 0, missing: 0 });
    expect(await periodsOf(staff1.id)).toEqual([{ kind: "LONG_LEAVE", startDate: new Date("2031-02-01"), endDate: new Date("2031-04-30"), note: "Cuti besar tahap 1" }]);
    expect(await periodsOf(staff2.id)).toEqual([{ kind: "STUDY_ASSIGNMENT", startDate: new Date("2031-08-01"), endDate: new Date("2033-07-31"), note: "S2; Universitas Gadjah Mada" }]);
    expect(await periodsOf(kabid.id)).toEqual([{ kind: "OTHER", startDate: new Date("2030-01-01"), endDate: new Date("2030-01-31"), note: null }]);
    expect((await importProgress(admin, first.runId))!.status).toBe("APPLIED");
    const audit = await db.auditLog.findMany({ where: { entity: "ImportRun", entityId: first.runId }, orderBy: { id: "asc" }, select: { action: true, after: true } });
    expect(audit.map((a) => a.action)).toEqual(["import.upload", "import.apply"]);
    expect(audit[1]!.after).toMatchObject({ fileSha256: run.fileSha256, creates: 3 });

    // The same run cannot be applied twice; the same file uploaded again finds everything unchanged.
    expect((await refusal(executeCommand(applyImport, admin, { runId: first.runId }))).message).toBe("fileImport.runNotReady");
    const again = await upload(csvFile(lines));
    expect(again.progress.summary?.counts).toEqual({ creates: 0, updates: 0, unchanged: 3, missing: 0 });
    const before = await db.inactivityPeriod.count();
    expect(await executeCommand(applyImport, admin, { runId: again.runId })).toEqual({ creates: 0, updates: 0, unchanged: 3, missing: 0 });
    expect(await db.inactivityPeriod.count()).toBe(before);

    // A changed end date is an update shown as before → after; a period the file no longer lists is "missing", kept.
    const changed = await upload(csvFile([lines[0]!, lines[1]!.replace("30-04-2031", "31-05-2031")]));
    expect(changed.progress.summary?.counts).toEqual({ creates: 0, updates: 1, unchanged: 0, missing: 0 });
    expect(changed.progress.summary?.updates?.[0]?.changes).toEqual([{ field: "endDate", before: "2031-04-30", after: "2031-05-31" }]);
    await executeCommand(applyImport, admin, { runId: changed.runId });
    expect((await periodsOf(staff1.id))[0]!.endDate).toEqual(new Date("2031-05-31"));
    const update = await db.auditLog.findFirstOrThrow({ where: { entity: "InactivityPeriod", action: "update" }, select: { before: true, after: true } });
    expect(update).toEqual({ before: { endDate: "2031-04-30" }, after: { endDate: "2031-05-31" } });
  });
});

describe("a file with bad rows", () => {
  it("writes nothing, reports each bad row with line, column and reason, and gives the original back with a Kesalahan column", async () => {
    const { staff1, other } = w.people;
    const lines = [
      "NIP;JENIS;TANGGAL MULAI;TANGGAL SELESAI",
      `${other.nip};Cuti Besar;01-01-2032;31-01-2032`,
      `12345;Cuti Besar;01-01-2032;31-01-2032`,
      `${staff1.nip};Cuti Besar;31-02-2032;31-03-2032`,
      `${w.people.outsider.nip};Lainnya;01-01-2032;02-01-2032`,
      `${staff1.nip};Tugas Belajar;01-06-2032;31-05-2033`,
    ];
    const periods = await db.inactivityPeriod.count();
    const { runId, progress } = await upload(csvFile(lines, "salah.csv"));
    expect(progress).toMatchObject({ status: "INVALID", rowCount: 5, problemCount: 3 });
    expect(await importProblems(admin, runId)).toEqual([
      { line: 3, column: "NIP", message: "NIP harus 18 angka.", severity: "error" },
      { line: 4, column: "TANGGAL MULAI", message: "Bukan tanggal (tulis hh-bb-tttt, misalnya 31-12-2025).", severity: "error" },
      { line: 5, column: "NIP", message: "NIP tidak terdaftar sebagai pegawai instansi ini.", severity: "error" }, // another agency's ASN
    ]);
    expect((await refusal(executeCommand(applyImport, admin, { runId }))).message).toBe("fileImport.runNotReady");
    expect(await db.inactivityPeriod.count()).toBe(periods);

    const errorFile = (await importErrorFile(admin, runId))!;
    expect(errorFile.fileName).toBe("salah-kesalahan.csv");
    expect([...errorFile.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the byte-order mark is kept
    const text = new TextDecoder().decode(errorFile.bytes); // (and dropped by the decoder)
    expect(text.endsWith("\r\n")).toBe(true);
    const records = parse(text, { delimiter: ";" }) as string[][];
    expect(records[0]).toEqual([...lines[0]!.split(";"), "Kesalahan"]);
    expect(records.map((r) => r.slice(0, 4))).toEqual(lines.map((l) => l.split(";")));
    expect(records.map((r) => r[4])).toEqual([
      "Kesalahan", "", "NIP: NIP harus 18 angka.", "TANGGAL MULAI: Bukan tanggal (tulis hh-bb-tttt, misalnya 31-12-2025).",
      "NIP: NIP tidak terdaftar sebagai pegawai instansi ini.", "",
    ]);
  });

  it("gives an XLSX back as an XLSX that exceljs reads, with the errors beside their rows", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Cuti");
    sheet.addRow(["NIP", "JENIS", "TANGGAL MULAI", "TANGGAL SELESAI"]);
    sheet.addRow([w.people.staff2.nip, "Cuti Besar", new Date(Date.UTC(2034, 0, 1)), new Date(Date.UTC(2034, 0, 31))]);
    sheet.addRow([w.people.staff2.nip, "Cuti Tahunan", new Date(Date.UTC(2034, 2, 1)), new Date(Date.UTC(2034, 1, 1))]);
    const bytes = await workbook.xlsx.writeBuffer();
    const { runId, progress } = await upload(new File([bytes], "cuti.xlsx"));
    expect(progress).toMatchObject({ status: "INVALID", rowCount: 2, problemCount: 1 });

    const errorFile = (await importErrorFile(admin, runId))!;
    expect(errorFile.fileName).toBe("cuti-kesalahan.xlsx");
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(Buffer.from(errorFile.bytes) as unknown as ArrayBuffer);
    const read = back.worksheets[0]!;
    expect(read.getRow(1).getCell(5).value).toBe("Kesalahan");
    expect(read.getRow(2).getCell(5).value).toBeNull();
    expect(read.getRow(3).getCell(5).value).toBe(
      "JENIS: Jenis tidak dikenal (isi Cuti Besar, Tugas Belajar, atau Lainnya).; TANGGAL SELESAI: Tanggal selesai sebelum tanggal mulai.",
    );
    expect(read.getRow(3).getCell(1).value).toBe(w.people.staff2.nip);
  });

  it("refuses a file without a required column, naming it, and reports a duplicate row against its first line", async () => {
    const missing = await upload(csvFile(["NIP;JENIS;TANGGAL MULAI", `${w.people.staff1.nip};Lainnya;01-01-2035`]));
    expect(missing.progress).toMatchObject({ status: "INVALID", rowCount: 0 });
    expect(missing.progress.summary?.refusal).toEqual({ reason: "missingHeaders", values: { headers: "TANGGAL SELESAI" } });

    const row = `${w.people.staff1.nip};Lainnya;01-01-2035;02-01-2035`;
    const twice = await upload(csvFile(["NIP;JENIS;TANGGAL MULAI;TANGGAL SELESAI", row, row]));
    expect(await importProblems(admin, twice.runId)).toEqual([{ line: 3, column: null, message: "Periode yang sama sudah ada di baris 2.", severity: "error" }]);
  });
});

describe("one transaction", () => {
  it("leaves nothing behind when the write fails at its last statement", async () => {
    const row = `${w.people.head.nip};Lainnya;01-03-2036;31-03-2036`;
    const { runId } = await upload(csvFile(["NIP;JENIS;TANGGAL MULAI;TANGGAL SELESAI", row]));
    // The import's own audit row is the last thing the apply writes; make it fail.
    await db.$executeRawUnsafe(`CREATE FUNCTION import_test_fail() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'fail for the test'; END $$`);
    await db.$executeRawUnsafe(`CREATE TRIGGER import_test_fail BEFORE INSERT ON "AuditLog" FOR EACH ROW WHEN (NEW.action = 'import.apply') EXECUTE FUNCTION import_test_fail()`);
    try {
      await expect(executeCommand(applyImport, admin, { runId })).rejects.toThrow(/fail for the test/);
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER import_test_fail ON "AuditLog"`);
      await db.$executeRawUnsafe(`DROP FUNCTION import_test_fail()`);
    }
    expect(await periodsOf(w.people.head.id)).toEqual([]);
    expect((await importProgress(admin, runId))!.status).toBe("READY");
    expect(await executeCommand(applyImport, admin, { runId })).toMatchObject({ creates: 1 });
  });
});

describe("a large file", () => {
  it("is checked by the job queue, with progress the page can poll", async () => {
    const header = "NIP;JENIS;TANGGAL MULAI;TANGGAL SELESAI";
    const rows = Array.from({ length: 2_100 }, (_, i) => {
      const day = new Date(Date.UTC(2040, 0, 1) + i * 2 * 86_400_000).toISOString().slice(0, 10);
      return `${w.people.staff1.nip};Lainnya;${day};${day}`;
    });
    const { runId, queued } = await uploadImport(admin, { kind: KIND, file: csvFile([header, ...rows]) });
    expect(queued).toBe(true);
    expect(await importProgress(admin, runId)).toMatchObject({ status: "CHECKING", done: 0, total: 2_100, percent: 0 });
    const jobs = await startJobs(process.env.DATABASE_URL!, () => {});
    try {
      let progress = await importProgress(admin, runId);
      for (let i = 0; i < 300 && progress!.status === "CHECKING"; i++) {
        await new Promise((r) => setTimeout(r, 200));
        progress = await importProgress(admin, runId);
      }
      expect(progress).toMatchObject({ status: "READY", rowCount: 2_100, done: 2_100, percent: 100 });
      expect(progress!.summary?.counts?.creates).toBe(2_100);
      expect(await db.importRow.count({ where: { runId } })).toBe(2_100);
    } finally {
      await jobs.stop();
    }

    // Applied by the queue: then the tables it filled are analysed at once (ImportKind.writes), so the next
    // query is not planned for the empty table the statistics still describe.
    const analysed = async () =>
      (await db.$queryRaw<{ at: Date | null }[]>`SELECT last_analyze AS at FROM pg_stat_user_tables WHERE relname = 'InactivityPeriod'`)[0]!.at;
    const before = await analysed();
    const started = new Date();
    await runImportApplyJob({ agencyId: w.agencyA.id, runId, userId: w.users.admin.id });
    expect(await db.inactivityPeriod.count({ where: { employeeId: w.people.staff1.id, startDate: { gte: new Date("2040-01-01") } } })).toBe(2_100);
    const after = await analysed();
    expect(after).not.toEqual(before);
    expect(after!.getTime()).toBeGreaterThanOrEqual(started.getTime() - 1_000);
  });
});

describe("who may import", () => {
  it("refuses operators and ASN, and shows a run to no other agency", async () => {
    const file = csvFile(["NIP;JENIS;TANGGAL MULAI;TANGGAL SELESAI"]);
    for (const user of [w.users.operatorX, w.users.staff1, w.users.head]) {
      expect((await refusal(executeCommand(startImport, await w.viewer(user), { kind: KIND, file }))).code).toBe("FORBIDDEN");
    }
    const { runId } = await upload(file);
    const adminB = await w.viewer(w.users.adminB);
    expect(await importProgress(adminB, runId)).toBeNull();
    expect(await importErrorFile(adminB, runId)).toBeNull();
    expect((await refusal(executeCommand(applyImport, adminB, { runId }))).code).toBe("NOT_FOUND");
  });
});
