// The assessment-results import (issue 14, decision 0030): assessment-centre, competency-test and 360 results through
// the one import pipeline. A file with one bad row writes nothing and names the row and column; the fixed file
// writes every row with the run's id and who applied it, under one audit row for the run; the same file again
// writes nothing new ("sudah tercatat"); another agency's NIP is as unknown as a mistyped one.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeCommand } from "@/lib/action";
import type { Viewer } from "@/lib/auth/load-viewer";
import { db } from "@/lib/db";
import { applyImport } from "@/lib/import/commands";
import { importProblems, importProgress } from "@/lib/import/queries";
import { stopImportQueueSender } from "@/lib/import/queue";
import { uploadImport } from "@/lib/import/service";
import { calendarToday } from "@/lib/time";
import { addStandardLine, createCompetency } from "../factories/assessments";
import { buildWorld, refusal, type World } from "./world";

const KIND = "assessment-results";
let w: World;
let admin: Viewer;
let codes: { m01: string; m02: string };

beforeAll(async () => {
  w = await buildWorld();
  admin = await w.viewer(w.users.admin);
  const m01 = await createCompetency(db, w.agencyA.id, { code: "M.01", name: "Integritas" });
  const m02 = await createCompetency(db, w.agencyA.id, { code: "M.02", name: "Kerja Sama" });
  // Agency B has an M.01 of its own: a code is looked up in the importing agency's dictionary only.
  await createCompetency(db, w.agencyB.id, { code: "M.09" });
  codes = { m01: m01.id, m02: m02.id };
  await addStandardLine(db, { id: w.people.staff1.positionId, agencyId: w.agencyA.id }, m01.id, 3);
});
afterAll(async () => {
  await stopImportQueueSender();
});

const HEADER = "NIP;KODE KOMPETENSI;LEVEL;TANGGAL;SUMBER;ASESOR;NOMOR DOKUMEN";
const csvFile = (lines: string[], name = "hasil-ac.csv") => new File(["\uFEFF" + [HEADER, ...lines].join("\r\n") + "\r\n"], name, { type: "text/csv" });
async function upload(file: File) {
  const { runId } = await uploadImport(admin, { kind: KIND, file });
  return { runId, progress: (await importProgress(admin, runId))! };
}
const resultsOf = (employeeIds: string[]) => db.competencyAssessment.findMany({
  where: { employeeId: { in: employeeIds } }, orderBy: [{ recordedAt: "asc" }, { id: "asc" }],
  select: { employeeId: true, competencyId: true, level: true, source: true, assessorName: true, documentNumber: true, importRunId: true, recordedById: true, assessedOn: true },
});
const day = (d: Date) => d.toISOString().slice(0, 10);

describe("importing assessment results", () => {
  it("writes nothing while one row is bad and names it; the fixed file writes every row with the run id; the same file again writes nothing", async () => {
    const { staff1, staff2 } = w.people;
    const good = [
      `${staff1.nip};M.01;3;02-05-2024;Assessment Center;UPT Penilaian Kompetensi Jateng;AC/12/2024`,
      `${staff1.nip};m.02;2;2024-05-02;ASSESSMENT_CENTRE;UPT Penilaian Kompetensi Jateng;AC/12/2024`,
      `${staff2.nip};M.01;4;15/01/2025;Uji Kompetensi;LSP Pemerintahan;UK-77`,
      `${staff2.nip};M.02;3;2025-03-01;360;Biro Organisasi;`,
    ];
    const before = await db.competencyAssessment.count();
    const bad = await upload(csvFile([good[0]!, good[1]!, `${staff2.nip};M.01;7;15/01/2025;Uji Kompetensi;LSP Pemerintahan;UK-77`, good[3]!]));
    expect(bad.progress).toMatchObject({ status: "INVALID", rowCount: 4 });
    const problems = await importProblems(admin, bad.runId);
    expect(problems.map((p) => [p.line, p.column, p.message])).toEqual([[4, "LEVEL", "LEVEL harus angka bulat 1 sampai 5."]]);
    expect((await refusal(executeCommand(applyImport, admin, { runId: bad.runId }))).message).toBe("fileImport.runNotReady");
    expect(await db.competencyAssessment.count()).toBe(before);

    const fixed = await upload(csvFile(good));
    expect(fixed.progress).toMatchObject({ status: "READY", rowCount: 4, problemCount: 0 });
    expect(fixed.progress.summary?.counts).toEqual({ creates: 4, updates: 0, unchanged: 0, missing: 0 });
    expect(await executeCommand(applyImport, admin, { runId: fixed.runId })).toEqual({ creates: 4, updates: 0, unchanged: 0, missing: 0 });
    const written = await resultsOf([staff1.id, staff2.id]);
    expect(written.map((r) => [r.employeeId, r.competencyId, r.level, day(r.assessedOn), r.source, r.assessorName, r.documentNumber])).toEqual([
      [staff1.id, codes.m01, 3, "2024-05-02", "ASSESSMENT_CENTRE", "UPT Penilaian Kompetensi Jateng", "AC/12/2024"],
      [staff1.id, codes.m02, 2, "2024-05-02", "ASSESSMENT_CENTRE", "UPT Penilaian Kompetensi Jateng", "AC/12/2024"],
      [staff2.id, codes.m01, 4, "2025-01-15", "UJI_KOMPETENSI", "LSP Pemerintahan", "UK-77"],
      [staff2.id, codes.m02, 3, "2025-03-01", "MULTI_RATER", "Biro Organisasi", null],
    ]);
    expect(written.every((r) => r.importRunId === fixed.runId && r.recordedById === w.users.admin.id)).toBe(true);
    // One audit row for the run, saying how many; none per result.
    const audits = await db.auditLog.findMany({ where: { agencyId: w.agencyA.id, entityId: fixed.runId, action: "import.apply" } });
    expect(audits).toHaveLength(1);
    expect(audits[0]!.after).toMatchObject({ kind: KIND, creates: 4, unchanged: 0 });
    expect(await db.auditLog.count({ where: { entity: "CompetencyAssessment" } })).toBe(0);

    // The same file again: every row "sudah tercatat", skipped with a warning; nothing written.
    const again = await upload(csvFile(good, "hasil-ac (1).csv"));
    expect(again.progress).toMatchObject({ status: "READY" });
    expect(again.progress.summary?.counts).toEqual({ creates: 0, updates: 0, unchanged: 4, missing: 0 });
    const warnings = await importProblems(admin, again.runId);
    expect(warnings.map((p) => [p.line, p.severity, p.message])).toEqual([2, 3, 4, 5].map((line) => [line, "warning", "Sudah tercatat: baris dilewati."]));
    expect(await executeCommand(applyImport, admin, { runId: again.runId })).toEqual({ creates: 0, updates: 0, unchanged: 4, missing: 0 });
    expect(await resultsOf([staff1.id, staff2.id])).toHaveLength(4);

    // Another level for a recorded slot is a change in the dry run and a NEW result when applied (nothing edited);
    // the later recorded one is the level that counts.
    const changed = await upload(csvFile([good[0]!.replace(";M.01;3;", ";M.01;4;")]));
    expect(changed.progress.summary?.counts).toEqual({ creates: 0, updates: 1, unchanged: 0, missing: 0 });
    expect(changed.progress.summary?.updates?.[0]?.changes).toEqual([{ field: "LEVEL", before: "3", after: "4" }]);
    await executeCommand(applyImport, admin, { runId: changed.runId });
    const m01 = (await resultsOf([staff1.id])).filter((r) => r.competencyId === codes.m01);
    expect(m01.map((r) => [r.level, r.importRunId])).toEqual([[3, fixed.runId], [4, changed.runId]]);
    const [current] = await db.$queryRaw<{ level: number }[]>`
      SELECT level FROM competency_current_levels(${w.agencyA.id}::uuid, '2025-06-01'::date)
      WHERE employee_id = ${staff1.id}::uuid AND competency_id = ${codes.m01}::uuid`;
    expect(current?.level).toBe(4);

    // A withdrawn result is not recorded again by re-importing the file it came from.
    const withdrawn = await db.competencyAssessment.findFirstOrThrow({ where: { employeeId: staff2.id, competencyId: codes.m02 } });
    await db.competencyAssessment.update({ where: { id: withdrawn.id }, data: { withdrawnAt: new Date(), withdrawnById: w.users.admin.id, withdrawnReason: "Salah orang" } });
    const resurrect = await upload(csvFile([good[3]!]));
    expect(resurrect.progress.summary?.counts).toEqual({ creates: 0, updates: 0, unchanged: 1, missing: 0 });
    expect((await importProblems(admin, resurrect.runId))[0]?.message).toMatch(/^Sudah tercatat dan pernah ditarik/);
  });

  it("names every bad row and column in Bahasa Indonesia, and another agency's NIP is unknown", async () => {
    const { staff1, staff2, outsider } = w.people;
    const tomorrow = new Date(calendarToday().getTime() + 86_400_000).toISOString().slice(0, 10);
    const lines = [
      `199912312020121009;M.01;3;2024-01-01;Assessment Center;UPT;`, // 2 unknown NIP
      `${outsider.nip};M.01;3;2024-01-01;Assessment Center;UPT;`, // 3 another agency's NIP
      `${staff1.nip};M.99;3;2024-01-01;Assessment Center;UPT;`, // 4 unknown code
      `${staff1.nip};M.09;3;2024-01-01;Assessment Center;UPT;`, // 5 another agency's code
      `${staff1.nip};M.01;0;2024-01-01;Assessment Center;UPT;`, // 6 level
      `${staff1.nip};M.01;3;31-02-2024;Assessment Center;UPT;`, // 7 not a date
      `${staff1.nip};M.01;3;${tomorrow};Assessment Center;UPT;`, // 8 future
      `${staff1.nip};M.01;3;2024-01-01;Wawancara;UPT;`, // 9 unknown source
      `${staff1.nip};M.01;3;2024-01-01;SUPERVISOR;UPT;`, // 10 rated in Bangkom
      `${staff2.nip};M.02;2;2023-01-01;360;Biro;D-1`, // 11 good
      `${staff2.nip};M.02;3;2023-01-01;Multi Rater;Biro;D-2`, // 12 the same slot again
      `${staff2.nip};M.02;3;2023-01-01;360;;`, // 13 no assessor (and the same slot)
    ];
    const count = await db.competencyAssessment.count();
    const { runId, progress } = await upload(csvFile(lines, "salah.csv"));
    expect(progress).toMatchObject({ status: "INVALID", rowCount: 12 });
    const problems = (await importProblems(admin, runId)).filter((p) => p.severity === "error");
    expect(problems.map((p) => [p.line, p.column, p.message])).toEqual([
      [2, "NIP", "NIP tidak terdaftar sebagai pegawai instansi ini."],
      [3, "NIP", "NIP tidak terdaftar sebagai pegawai instansi ini."],
      [4, "KODE KOMPETENSI", "KODE KOMPETENSI M.99 tidak ada di kamus kompetensi instansi ini."],
      [5, "KODE KOMPETENSI", "KODE KOMPETENSI M.09 tidak ada di kamus kompetensi instansi ini."],
      [6, "LEVEL", "LEVEL harus angka bulat 1 sampai 5."],
      [7, "TANGGAL", "TANGGAL bukan tanggal (tulis hh-bb-tttt, misalnya 02-05-2024)."],
      [8, "TANGGAL", "TANGGAL setelah hari ini: hanya hasil yang sudah ada yang dicatat."],
      [9, "SUMBER", "SUMBER tidak dikenal (isi Assessment Center, Uji Kompetensi, atau 360)."],
      [10, "SUMBER", "SUMBER penilaian atasan atau penilaian diri tidak diimpor: keduanya diisi langsung di Bangkom."],
      [12, null, "Hasil untuk NIP, kompetensi, tanggal dan sumber yang sama sudah ada di baris 11."],
      [13, "ASESOR", "ASESOR wajib diisi (lembaga atau nama penilai)."],
    ]);
    expect(await db.competencyAssessment.count()).toBe(count);
  });

  it("is the admin's alone: an operator cannot import", async () => {
    const operator = await w.viewer(w.users.operatorX);
    await expect(uploadImport(operator, { kind: KIND, file: csvFile([]) })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
