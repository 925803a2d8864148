import "server-only";
// One way to read any uploaded table: `readTable` yields `{ line, cells }` for a CSV or an XLSX alike, as an
// async stream within the limits (docs/decisions/0013 and 0020). Cells are strings as the user typed them;
// an XLSX date cell becomes "yyyy-mm-dd", a number its plain decimal text (Excel serial dates stay numbers
// when the cell is not formatted as a date: date-cell.ts reads both).
import { readCsvRecords } from "./csv-source";
import type { ImportLimits } from "./limits";
import { readSheetRows } from "./xlsx-stream";

export type Upload = { fileName: string; bytes: Uint8Array };
export type TableRow = { line: number; cells: string[] };
export type TableFormat = "csv" | "xlsx";

/** An XLSX is a ZIP, which starts with a local file header "PK\3\4"; anything else is read as CSV. */
export function tableFormat(bytes: Uint8Array): TableFormat {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04 ? "xlsx" : "csv";
}

/** A cell value from the XLSX reader as text. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "object" && "error" in value) return String((value as { error: unknown }).error);
  return String(value);
}

/** The rows of the upload's table (CSV, or the first sheet of an XLSX), header first, as a stream. */
export async function* readTable(upload: Upload, limits: ImportLimits): AsyncGenerator<TableRow> {
  if (tableFormat(upload.bytes) === "csv") {
    yield* readCsvRecords(upload.bytes, limits);
    return;
  }
  for await (const row of readSheetRows(upload.bytes, limits)) {
    yield { line: row.number, cells: row.values.map(cellText) };
  }
}

/** A row with nothing in it (Excel leaves such rows, and ";;;" lines, after the data). */
export const isBlankRow = (cells: readonly string[]) => cells.every((c) => c.trim() === "");
