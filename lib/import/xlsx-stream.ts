import "server-only";
// The rows of an uploaded XLSX's first sheet, read as a stream. Before exceljs sees a byte, the ZIP's table of
// contents is checked against the limits (zip-inspect.ts), every entry is unpacked once while counting
// (zip-inflate.ts), and the sheet's declared <dimension> is read from its first bytes. While the rows stream,
// a row number or column past the limits stops the read: one cell at row 1,048,576 is refused as soon as
// its row arrives, and the rows in between are never materialised (the streaming reader emits only rows
// present in the XML).
import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import type { ImportLimits } from "./limits";
import { ImportRefusal, isImportRefusal } from "./refusal";
import { unpackedEntry, verifyUnpackedEntries } from "./zip-inflate";
import { inspectZip, type ZipEntry } from "./zip-inspect";

/** One row as the spreadsheet numbers it; `values[c - 1]` is column c's plain value (null when empty). */
export type SheetRow = { number: number; values: unknown[] };

/** The first entry matching this, in ZIP order, is the first sheet (as exceljs' own streaming read takes it). */
const EXCELJS_SHEET = /xl\/worksheets\/sheet\d+[.]xml/;
const DIMENSION = /<(?:\w+:)?dimension\s+ref="\$?([A-Z]{1,3})?\$?(\d+)?(?::\$?([A-Z]{1,3})?\$?(\d+)?)?"/;

/** "A" → 1, "XFD" → 16384. */
export function columnNumber(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

/** "1" → "A", 16384 → "XFD". */
export function columnLetters(n: number): string {
  let letters = "";
  for (let rest = n; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

const tooManyRows = (row: number, limits: ImportLimits, detail: string) => new ImportRefusal("tooManyRows", { row, limit: limits.rows }, detail);
const tooManyColumns = (column: number, limits: ImportLimits, detail: string) =>
  new ImportRefusal("tooManyColumns", { column: columnLetters(column), limit: limits.columns }, detail);

/** Refuses a sheet whose declared used range (`<dimension ref="A1:D1048576"/>`) passes the limits. */
export function checkDeclaredDimension(sheetHead: string, limits: ImportLimits): void {
  const match = DIMENSION.exec(sheetHead);
  if (!match) return;
  const [, fromCol, fromRow, toCol, toRow] = match;
  const lastRow = Number(toRow ?? fromRow ?? 0);
  const lastColumn = columnNumber(toCol ?? fromCol ?? "");
  if (lastRow > limits.rows) throw tooManyRows(lastRow, limits, `declared dimension ${match[0]}`);
  if (lastColumn > limits.columns) throw tooManyColumns(lastColumn, limits, `declared dimension ${match[0]}`);
}

/** What a cell holds, as a plain value: formulas give their result, rich text its text, hyperlinks their text. */
export function plainValue(value: ExcelJS.CellValue): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === "object" && !(value instanceof Date)) {
    if ("result" in value) return plainValue(value.result as ExcelJS.CellValue);
    if ("richText" in value) return value.richText.map((t) => t.text).join("");
    if ("text" in value) return value.text;
    return String(value);
  }
  return value;
}

function firstSheetEntry(entries: readonly ZipEntry[]): ZipEntry | undefined {
  return [...entries].sort((a, b) => a.localHeaderOffset - b.localHeaderOffset).find((e) => EXCELJS_SHEET.test(e.name));
}

/** The part readers of exceljs' streaming WorkbookReader (exceljs 4.4.0, pinned in package.json). */
type ExcelJsPartReaders = {
  model?: unknown;
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>;
  _parseStyles(entry: Readable): Promise<void>;
  _parseWorksheet(sheet: AsyncIterable<Buffer>, sheetNo: string): Generator<{ eventType: string; value: ExcelJS.stream.xlsx.WorksheetReader }>;
};

/**
 * exceljs' reader for the first sheet, its workbook parts read first. exceljs' own read goes through the archive
 * in stored order with unzipper, and exceljs writes xl/workbook.xml last: that read now and then lost the part
 * (exceljs issue 3064, "Cannot read properties of undefined (reading 'sheets')") and parked the sheet in a temp
 * file whose descriptor it never closed. Here each part comes from the archive already checked (inspectZip,
 * verifyUnpackedEntries), in the order exceljs needs, and the sheet streams from its packed bytes.
 */
async function firstSheetReader(bytes: Uint8Array, entries: readonly ZipEntry[], sheet: ZipEntry): Promise<{ worksheet: ExcelJS.stream.xlsx.WorksheetReader; source: Readable }> {
  // The parts exceljs' own read knew, each when present, as it read them (the sheet's name needs the first two).
  const part = (name: string) => entries.find((e) => e.name === name);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([]), {
    worksheets: "emit", sharedStrings: "cache", styles: "cache", hyperlinks: "ignore", entries: "ignore",
  }) as unknown as ExcelJsPartReaders;
  const rels = part("xl/_rels/workbook.xml.rels");
  if (rels) await reader._parseRels(unpackedEntry(bytes, rels));
  const workbook = part("xl/workbook.xml");
  if (workbook) await reader._parseWorkbook(unpackedEntry(bytes, workbook));
  if (rels && !reader.model) throw new ImportRefusal("corrupt", {}, "no readable xl/workbook.xml");
  const sharedStrings = part("xl/sharedStrings.xml");
  if (sharedStrings) for await (const _ of reader._parseSharedStrings(unpackedEntry(bytes, sharedStrings)));
  const styles = part("xl/styles.xml");
  if (styles) await reader._parseStyles(unpackedEntry(bytes, styles));
  const source = unpackedEntry(bytes, sheet);
  const sheetNo = /sheet(\d+)[.]xml$/.exec(sheet.name)![1]!;
  const [emitted] = reader._parseWorksheet(source, sheetNo);
  if (!emitted) throw new ImportRefusal("corrupt", {}, "the reader found no worksheet");
  return { worksheet: emitted.value, source };
}

/**
 * Streams the first sheet's rows. Throws an ImportRefusal: a limit's reason, or "corrupt" when the file is
 * not a readable workbook. Checks happen on the first `next()`; stopping early releases the reader.
 */
export async function* readSheetRows(bytes: Uint8Array, limits: ImportLimits): AsyncGenerator<SheetRow> {
  const inspection = inspectZip(bytes, limits);
  const sheet = firstSheetEntry(inspection.entries);
  if (!sheet) throw new ImportRefusal("corrupt", {}, "no worksheet");
  await verifyUnpackedEntries(bytes, inspection, (entry, head) => {
    if (entry === sheet) checkDeclaredDimension(head, limits);
  });

  let source: Readable | null = null;
  let seen = 0;
  let previous = 0;
  try {
    const opened = await firstSheetReader(bytes, inspection.entries, sheet);
    source = opened.source;
    for await (const row of opened.worksheet) {
      seen += 1;
      // A <row> without its r attribute is the one after the previous row.
      const number = Number.isSafeInteger(row.number) && row.number > 0 ? row.number : previous + 1;
      if (number > limits.rows || seen > limits.rows) throw tooManyRows(Math.max(number, seen), limits, `streamed row ${number} (row ${seen} read)`);
      if (row.cellCount > limits.columns) throw tooManyColumns(row.cellCount, limits, `streamed row ${number}`);
      previous = number;
      const values: unknown[] = [];
      row.eachCell({ includeEmpty: false }, (cell, col) => (values[col - 1] = plainValue(cell.value)));
      yield { number, values: Array.from(values, (v) => v ?? null) };
    }
  } catch (error) {
    if (isImportRefusal(error)) throw error;
    throw new ImportRefusal("corrupt", {}, error instanceof Error ? error.message : String(error));
  } finally {
    source?.destroy();
  }
}
