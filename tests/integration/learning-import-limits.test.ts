// Issue 10, spreadsheet uploads: the L2 score import refuses the two files that stalled the server (a cell at
// row 1,048,576; a sheet unpacking to 200 MB) quickly, with a message that says which limit, and writes nothing.
// The e2e spec tests/e2e/upload-limits.spec.ts shows the server keeps answering others meanwhile.
import { beforeEach, describe, expect, it } from "vitest";
import { executeCommand } from "@/lib/action";
import type { Viewer } from "@/lib/auth/load-viewer";
import { setBatchStatus } from "@/lib/batch/lifecycle";
import { db } from "@/lib/db";
import { decideAsAgency, registerSelf } from "@/lib/enrolment/commands";
import { interpolate } from "@/lib/i18n/format";
import { en } from "@/lib/i18n/messages/en";
import { id } from "@/lib/i18n/messages/id";
import { importLearningScores } from "@/lib/learning/commands";
import { MAX_SHEET_ROWS } from "@/lib/learning/sheet";
import { bombXlsx, farRowXlsx, farRowXlsxWithoutDimension, LAST_EXCEL_ROW, scoreWorkbook, xlsxBytes } from "../support/hostile-xlsx";
import { openBatch } from "./training-world";
import { buildWorld, refusal, type World } from "./world";

let w: World;
let admin: Viewer;
let batchId: string;

beforeEach(async () => {
  w = await buildWorld();
  admin = await w.viewer(w.users.admin);
  ({ batchId } = await openBatch(admin));
  const a = await executeCommand(registerSelf, await w.viewer(w.users.operatorX), { batchId });
  await executeCommand(decideAsAgency, admin, { enrolmentId: a.enrolmentId, approve: true, note: "" });
  await executeCommand(setBatchStatus, admin, { batchId, status: "CLOSED" });
  await executeCommand(setBatchStatus, admin, { batchId, status: "RUNNING" });
});

const file = (bytes: Uint8Array) => new File([new Uint8Array(bytes)], "nilai.xlsx", { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });

const written = async () => ({
  scores: await db.learningScore.findMany({ where: { enrolment: { batchId } }, select: { enrolmentId: true, preScore: true, postScore: true } }),
  audits: await db.auditLog.count({ where: { action: "learning.import", entityId: batchId } }),
});

/** Refused, with nothing written; how long the refusal took. */
async function refusedQuickly(bytes: Uint8Array) {
  const before = await written();
  const started = performance.now();
  const error = await refusal(executeCommand(importLearningScores, admin, { batchId, file: file(bytes) }));
  const ms = performance.now() - started;
  expect(await written()).toEqual(before);
  return { error, ms };
}

describe("hostile score sheets", () => {
  it("refuses a sheet with one cell at row 1,048,576, saying which row and what the limit is", async () => {
    expect((await written()).scores).toEqual([]);
    for (const bytes of [await farRowXlsx(), await farRowXlsxWithoutDimension()]) {
      const { error, ms } = await refusedQuickly(bytes);
      expect(ms).toBeLessThan(2_000);
      expect(error.message).toBe("fileImport.tooManyRows");
      expect(error.fieldErrors).toEqual({ file: ["fileImport.tooManyRows"] });
      expect(error.values).toEqual({ row: LAST_EXCEL_ROW, limit: MAX_SHEET_ROWS });
      expect(interpolate(id.fileImport.tooManyRows, error.values)).toBe(
        "Lembar kerja terlalu panjang: ada isian atau format di baris 1048576, sedangkan batasnya 5000 baris. Hapus baris yang tidak dipakai, lalu unggah ulang.",
      );
      expect(interpolate(en.fileImport.tooManyRows, error.values)).toContain("row 1048576 holds a value or formatting, and the limit is 5000 rows");
    }
  });

  it("refuses a 210 KB sheet that unpacks to 200 MB before unpacking it, and one that hides its size", async () => {
    const { error, ms } = await refusedQuickly(await bombXlsx());
    expect(ms).toBeLessThan(2_000);
    expect(error.message).toBe("fileImport.entryTooLarge");
    expect(interpolate(id.fileImport.entryTooLarge, error.values)).toBe(
      "Isi berkas terlalu besar setelah dibuka: bagian xl/worksheets/sheet1.xml berukuran 201 MB (batas 40 MB).",
    );
    const lying = await refusedQuickly(await bombXlsx({ lieSizeAs: 10_000 }));
    expect(lying.ms).toBeLessThan(2_000);
    expect(lying.error.message).toBe("fileImport.inconsistent");
  }, 30_000);

  it("still imports an honest sheet whose participant sits far below the header", async () => {
    const workbook = await scoreWorkbook([]);
    workbook.worksheets[0]!.getCell(MAX_SHEET_ROWS, 1).value = w.people.other.nip;
    workbook.worksheets[0]!.getCell(MAX_SHEET_ROWS, 3).value = 55;
    expect(await executeCommand(importLearningScores, admin, { batchId, file: file(await xlsxBytes(workbook)) })).toEqual({ imported: 1 });
    workbook.worksheets[0]!.getCell(MAX_SHEET_ROWS + 1, 1).value = "lebih";
    expect((await refusedQuickly(await xlsxBytes(workbook))).error.values).toEqual({ row: MAX_SHEET_ROWS + 1, limit: MAX_SHEET_ROWS });
  });
});
