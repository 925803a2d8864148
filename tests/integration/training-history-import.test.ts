// The SIASN training-history import (issue 13, decision 0027): rows become verified historical ledger entries of
// source IMPORT; the JP year totals rise by exactly the imported minutes; re-importing the same file changes
// nothing; changed hours are a correction, never an edit; bad rows write nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeCommand } from "@/lib/action";
import type { Viewer } from "@/lib/auth/load-viewer";
import { db } from "@/lib/db";
import { ledgerOfYear } from "@/lib/enrolment/queries";
import { applyImport } from "@/lib/import/commands";
import { importProblems, importProgress } from "@/lib/import/queries";
import { stopImportQueueSender } from "@/lib/import/queue";
import { uploadImport } from "@/lib/import/service";
import { buildWorld, refusal, type World } from "./world";

const KIND = "training-history";
let w: World;
let admin: Viewer;

beforeAll(async () => {
  w = await buildWorld();
  admin = await w.viewer(w.users.admin);
});
afterAll(async () => {
  await stopImportQueueSender();
});

const HEADER = "nipBaru;namaKursus;jenisKursus;jumlahJam;tanggal;tanggalSelesai;institusiPenyelenggara;noSertipikat";
const csvFile = (lines: string[], name = "riwayat-kursus.csv") => new File(["\uFEFF" + [HEADER, ...lines].join("\r\n") + "\r\n"], name, { type: "text/csv" });
async function upload(file: File) {
  const { runId } = await uploadImport(admin, { kind: KIND, file });
  return { runId, progress: (await importProgress(admin, runId))! };
}
const totals = async (employeeId: string, year: number) =>
  (await db.ledgerYearTotal.findUnique({ where: { agencyId_year_employeeId: { agencyId: w.agencyA.id, year, employeeId } }, select: { minutes: true } }))?.minutes ?? 0;
const jpSaya = (employeeId: string, year: number) => ledgerOfYear(db, { agencyId: w.agencyA.id, employeeId }, year);

describe("importing training history", () => {
  it("credits each row once as an IMPORT entry, raises the year totals by exactly its minutes, and re-imports as 0 changes", async () => {
    const { staff1, staff2 } = w.people;
    const lines = [
      `${staff1.nip};Kursus Bahasa Inggris;Kursus;2,67;01-03-2024;02-03-2024;LAN RI;LAN/12/2024`,
      `${staff1.nip};Bimbingan Teknis SPBE;Bimtek;4;2024-07-10;2024-07-11;Kominfo;`,
      `${staff2.nip};Seminar Nasional Kepegawaian;Seminar;3;05/11/2023;;BKN;BKN-SEM-9`,
    ];
    const before = { s1: await totals(staff1.id, 2024), s2: await totals(staff2.id, 2023) };
    const first = await upload(csvFile(lines));
    expect(first.progress).toMatchObject({ status: "READY", rowCount: 3, problemCount: 0 });
    expect(first.progress.summary?.counts).toEqual({ creates: 3, updates: 0, unchanged: 0, missing: 0 });
    expect(await executeCommand(applyImport, admin, { runId: first.runId })).toEqual({ creates: 3, updates: 0, unchanged: 0, missing: 0 });

    // 2,67 JP = 120 minutes, 4 JP = 180; 3 JP = 135.
    expect((await totals(staff1.id, 2024)) - before.s1).toBe(300);
    expect((await totals(staff2.id, 2023)) - before.s2).toBe(135);
    const ledger = await jpSaya(staff1.id, 2024);
    expect(ledger.totalMinutes).toBe(300);
    const entries = await db.ledgerEntry.findMany({ where: { employeeId: staff1.id, year: 2024 }, orderBy: { date: "asc" } });
    expect(entries.map((e) => [e.source, e.minutes, e.routeCode, e.title, e.startDate?.toISOString().slice(0, 10), e.date.toISOString().slice(0, 10), e.organiser, e.certificateNumber, e.importRunId])).toEqual([
      ["IMPORT", 120, "KL08", "Kursus Bahasa Inggris", "2024-03-01", "2024-03-02", "LAN RI", "LAN/12/2024", first.runId],
      ["IMPORT", 180, "KL10", "Bimbingan Teknis SPBE", "2024-07-10", "2024-07-11", "Kominfo", null, first.runId],
    ]);
    // Both imported trainings count as trainings of the year.
    expect((await db.ledgerYearTotal.findFirstOrThrow({ where: { employeeId: staff1.id, year: 2024 } })).trainings).toBe(2);

    // The same file again: nothing to create, nothing credited twice.
    const again = await upload(csvFile(lines, "riwayat-kursus (1).csv"));
    expect(again.progress.summary?.counts).toEqual({ creates: 0, updates: 0, unchanged: 3, missing: 0 });
    expect(await executeCommand(applyImport, admin, { runId: again.runId })).toEqual({ creates: 0, updates: 0, unchanged: 3, missing: 0 });
    expect(await totals(staff1.id, 2024)).toBe(before.s1 + 300);
    expect(await db.ledgerEntry.count({ where: { employeeId: { in: [staff1.id, staff2.id] } } })).toBe(3);

    // The database says so too: a second entry with the same person and key is refused.
    await expect(db.ledgerEntry.create({
      data: { ...entries[0]!, id: undefined, createdAt: undefined },
    })).rejects.toThrow();

    // Changed hours (certificate and dates the same) are an update, written as a correction naming the entry.
    const changed = await upload(csvFile([lines[0]!.replace(";2,67;", ";3;"), lines[1]!]));
    expect(changed.progress.summary?.counts).toEqual({ creates: 0, updates: 1, unchanged: 1, missing: 0 });
    expect(changed.progress.summary?.updates?.[0]?.changes).toEqual([{ field: "jumlahJam", before: "120 menit (2,67 JP)", after: "135 menit (3,00 JP)" }]);
    await executeCommand(applyImport, admin, { runId: changed.runId });
    expect(await totals(staff1.id, 2024)).toBe(before.s1 + 315);
    const correction = await db.ledgerEntry.findFirstOrThrow({ where: { employeeId: staff1.id, source: "CORRECTION" } });
    expect(correction).toMatchObject({ minutes: 15, correctsId: entries[0]!.id, importRunId: null });
    // ...and that file again is unchanged.
    const third = await upload(csvFile([lines[0]!.replace(";2,67;", ";3;"), lines[1]!]));
    expect(third.progress.summary?.counts).toEqual({ creates: 0, updates: 0, unchanged: 2, missing: 0 });
  });
});

describe("bad rows", () => {
  it("are each reported (unknown NIP, another agency's NIP, bad dates, non-positive hours, twice in the file, a closed year) and nothing is written", async () => {
    const { staff1, staff2, outsider, kabid } = w.people;
    await db.yearClose.create({ data: { agencyId: w.agencyA.id, year: 2022, closedById: w.users.admin.id, evaluatedOn: new Date("2022-12-31"), employeeCount: 0, contentHash: "x" } });
    const lines = [
      `${kabid.nip};Pelatihan Kepemimpinan Administrator;Diklat Kepemimpinan;300;2023-02-01;2023-05-31;BPSDM;PKA/2023/1`,
      `199912312020121009;Kursus A;;2;2024-01-01;2024-01-02;;X-1`,
      `${outsider.nip};Kursus B;;2;2024-01-01;2024-01-02;;X-2`,
      `${staff1.nip};Kursus C;;2;31-02-2024;;;X-3`,
      `${staff2.nip};Kursus D;;0;2024-01-01;2024-01-02;;X-4`,
      `${staff2.nip};Kursus E;;-3;2024-01-01;2024-01-02;;X-5`,
      `${kabid.nip};PKA (baris kembar);;300;2023-02-01;2023-05-31;BPSDM;pka/2023/1`,
      `${kabid.nip};Kursus Lama;;2;2022-04-01;2022-04-01;;X-6`,
    ];
    const count = await db.ledgerEntry.count();
    const { runId, progress } = await upload(csvFile(lines, "salah.csv"));
    expect(progress).toMatchObject({ status: "INVALID", rowCount: 8 });
    const problems = await importProblems(admin, runId);
    expect(problems.map((p) => [p.line, p.column])).toEqual([
      [3, "nipBaru"], [4, "nipBaru"], [5, "tanggal"], [6, "jumlahJam"], [7, "jumlahJam"], [8, null], [9, "tanggalSelesai"],
    ]);
    expect(problems.find((p) => p.line === 3)?.message).toBe("NIP tidak terdaftar sebagai pegawai instansi ini.");
    expect(problems.find((p) => p.line === 4)?.message).toBe("NIP terdaftar pada instansi lain.");
    expect(problems.find((p) => p.line === 8)?.message).toBe("Pelatihan yang sama (NIP, nomor sertifikat dan tanggal) sudah ada di baris 2.");
    expect(problems.find((p) => p.line === 9)?.message).toMatch(/^Tahun 2022 sudah ditutup/);
    expect((await refusal(executeCommand(applyImport, admin, { runId }))).message).toBe("fileImport.runNotReady");
    expect(await db.ledgerEntry.count()).toBe(count);
  });

  it("is the admin's alone: an operator cannot import", async () => {
    const operator = await w.viewer(w.users.operatorX);
    await expect(uploadImport(operator, { kind: KIND, file: csvFile([]) })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
