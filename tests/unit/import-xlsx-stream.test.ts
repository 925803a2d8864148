// lib/import/xlsx-stream.ts: the first sheet's rows as a stream, with the row and column limits checked from
// the sheet's declared <dimension> and again on every streamed row.
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { importLimits, type ImportLimits } from "@/lib/import/limits";
import { ImportRefusal } from "@/lib/import/refusal";
import { checkDeclaredDimension, columnLetters, columnNumber, readSheetRows, type SheetRow } from "@/lib/import/xlsx-stream";
import { farRowXlsx, farRowXlsxWithoutDimension, LAST_EXCEL_ROW, rewrite, scoreWorkbook, SHEET, unpack, xlsxBytes } from "../support/hostile-xlsx";
import { deflated, writeZip } from "../support/zip-writer";

const LIMITS = importLimits({ rows: 5_000, columns: 50 });

async function readAll(bytes: Uint8Array, limits: ImportLimits = LIMITS): Promise<SheetRow[]> {
  const rows: SheetRow[] = [];
  for await (const row of readSheetRows(bytes, limits)) rows.push(row);
  return rows;
}

async function refused(bytes: Uint8Array, limits: ImportLimits = LIMITS): Promise<ImportRefusal & { ms: number }> {
  const started = performance.now();
  const error = await readAll(bytes, limits).then(() => null, (e: unknown) => e);
  if (!(error instanceof ImportRefusal)) throw new Error(`expected an ImportRefusal, got ${String(error)}`);
  return Object.assign(error, { ms: performance.now() - started });
}

describe("column letters", () => {
  it.each([["A", 1], ["Z", 26], ["AA", 27], ["AZ", 52], ["XFD", 16_384]])("%s is column %i", (letters, n) => {
    expect(columnNumber(letters)).toBe(n);
    expect(columnLetters(n)).toBe(letters);
  });
});

describe("the declared <dimension>", () => {
  const limits = importLimits({ rows: 100, columns: 10 });
  it("refuses a used range past the row or column limit, and lets a missing or small one through", () => {
    expect(() => checkDeclaredDimension('<dimension ref="A1:D1048576"/>', limits)).toThrow(ImportRefusal);
    expect(() => checkDeclaredDimension('<x:dimension ref="A1:XFD1"/>', limits)).toThrow(ImportRefusal);
    expect(() => checkDeclaredDimension('<dimension ref="B200"/>', limits)).toThrow(ImportRefusal);
    checkDeclaredDimension('<dimension ref="A1:J100"/>', limits);
    checkDeclaredDimension('<dimension ref="A1"/>', limits);
    checkDeclaredDimension("<worksheet><sheetData/></worksheet>", limits);
  });
});

describe("readSheetRows", () => {
  it("yields each row as the spreadsheet numbers it, values as plain values by column", async () => {
    const workbook = await scoreWorkbook([["199001012020011001", "Ani", 50, { formula: "40+40", result: 80 }]]);
    workbook.worksheets[0]!.getCell(5, 2).value = { richText: [{ text: "Bu" }, { text: "di" }] };
    expect(await readAll(await xlsxBytes(workbook))).toEqual([
      { number: 1, values: ["NIP", "Nama", "Pre-test", "Post-test"] },
      { number: 2, values: ["199001012020011001", "Ani", 50, 80] },
      { number: 5, values: [null, "Budi"] },
    ]);
  });

  it("refuses a few rows plus one cell at row 1,048,576 from the declared dimension, before parsing", async () => {
    const far = await farRowXlsx();
    expect(far.length).toBeLessThan(10 * 1024);
    const error = await refused(far);
    expect(error.reason).toBe("tooManyRows");
    expect(error.values).toEqual({ row: LAST_EXCEL_ROW, limit: 5_000 });
    expect(error.detail).toMatch(/^declared dimension/);
    expect(error.ms).toBeLessThan(1_000);
  });

  it("refuses the same far row while streaming when the sheet declares no dimension, without walking the empty rows", async () => {
    const error = await refused(await farRowXlsxWithoutDimension());
    expect(error.reason).toBe("tooManyRows");
    expect(error.values).toEqual({ row: LAST_EXCEL_ROW, limit: 5_000 });
    // Three rows were read: the header, two participants; then row 1,048,576 itself, nothing in between.
    expect(error.detail).toBe(`streamed row ${LAST_EXCEL_ROW} (row 4 read)`);
    expect(error.ms).toBeLessThan(1_000);
  });

  it("refuses a row past the limit and a cell past the column limit", async () => {
    const workbook = await scoreWorkbook([["1", "a", 1, 2], ["2", "b", 3, 4]]);
    expect((await refused(await xlsxBytes(workbook), importLimits({ rows: 2 }))).values).toEqual({ row: 3, limit: 2 });
    workbook.worksheets[0]!.getCell("XFD2").value = 1;
    const wide = rewrite(await xlsxBytes(workbook), (name, text) => (name === SHEET ? text.replace(/<dimension[^>]*\/>/, "") : text));
    expect((await refused(wide)).values).toEqual({ column: "XFD", limit: 50 });
  });

  it("refuses what is not a workbook as corrupt: malformed sheet XML, no sheet at all, not a ZIP", async () => {
    const workbook = await xlsxBytes(await scoreWorkbook());
    const unclosedRow = rewrite(workbook, (name, text) => (name === SHEET ? text.replace("<sheetData>", '<sheetData><row r="1"><c r="A1"><v>1</v></c>') : text));
    expect(await refused(unclosedRow)).toMatchObject({ reason: "corrupt", detail: expect.stringMatching(/close tag/) });
    const noSheet = writeZip(unpack(workbook).filter((e) => e.name !== SHEET).map((e) => deflated(e.name, e.text)));
    expect(await refused(noSheet)).toMatchObject({ reason: "corrupt", detail: "no worksheet" });
    expect((await refused(new TextEncoder().encode("NIP,Nama\n"))).reason).toBe("corrupt");
  });

  it("reads a sheet whose archive lacks the workbook's parts, as exceljs' own read did", async () => {
    const workbook = await xlsxBytes(await scoreWorkbook([["199001012020011001", "Ani", 50, 80]]));
    const bare = writeZip(unpack(workbook).filter((e) => e.name !== "xl/workbook.xml" && e.name !== "xl/_rels/workbook.xml.rels").map((e) => deflated(e.name, e.text)));
    expect((await readAll(bare)).map((r) => r.values)).toEqual([["NIP", "Nama", "Pre-test", "Post-test"], ["199001012020011001", "Ani", 50, 80]]);
    const withoutBook = writeZip(unpack(workbook).filter((e) => e.name !== "xl/workbook.xml").map((e) => deflated(e.name, e.text)));
    expect(await refused(withoutBook)).toMatchObject({ reason: "corrupt", detail: "no readable xl/workbook.xml" });
  });

  // exceljs writes xl/workbook.xml last. Its streaming reader, reading through unzipper, now and then lost that part
  // and failed with "Cannot read properties of undefined (reading 'sheets')" (exceljs issue 3064; about 1 read in
  // 300 here, more under load), which refused an honest upload as corrupt. It also parked the sheet in a temp file
  // whose descriptor it never closed: one descriptor per upload, for as long as the server ran.
  it("reads an exceljs-written workbook every time, and leaves no file descriptor open", async () => {
    const workbook = await scoreWorkbook([["199001012020011001", "Ani", 50, 80]]);
    workbook.worksheets[0]!.getCell(4_000, 1).value = "199001012020011002";
    const bytes = await xlsxBytes(workbook);
    const before = openDescriptors();
    const outcomes = new Set<string>();
    for (let i = 0; i < 300; i++) outcomes.add(await readAll(bytes).then((rows) => rows.map((r) => r.number).join(), (e: ImportRefusal) => e.detail ?? e.message));
    expect(outcomes).toEqual(new Set(["1,2,4000"]));
    expect(openDescriptors() - before).toBeLessThan(20);
  }, 30_000);
});

/** The file descriptors this process holds (Linux). */
function openDescriptors(): number {
  return fs.readdirSync("/proc/self/fd").length;
}
