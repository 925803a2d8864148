import "server-only";
// Reading the score sheet (the template from app/api/angkatan/[batchId]/nilai): the header row is the first row
// whose first cell says "NIP"; the data rows follow, numbered as the spreadsheet shows them.
import ExcelJS from "exceljs";
import type { RawScoreRow } from "./rules";

export const SHEET_COLUMNS = ["NIP", "Nama", "Pre-test", "Post-test"] as const;

/** What a cell holds, as a plain value: formulas give their result, rich text its text. */
function plainValue(value: ExcelJS.CellValue): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === "object" && !(value instanceof Date)) {
    if ("result" in value) return plainValue(value.result as ExcelJS.CellValue);
    if ("richText" in value) return value.richText.map((t) => t.text).join("");
    if ("text" in value) return value.text;
    return String(value);
  }
  return value;
}

const header = (value: unknown) => String(value ?? "").trim().toLowerCase();

/** The data rows, or null when the file is not a readable workbook with the expected columns. */
export async function readScoreSheet(bytes: Uint8Array): Promise<RawScoreRow[] | null> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    return null;
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return null;
  let headerRow = 0;
  const columns = new Map<string, number>();
  for (let r = 1; r <= Math.min(sheet.rowCount, 10) && !headerRow; r++) {
    const row = sheet.getRow(r);
    if (header(plainValue(row.getCell(1).value)) !== "nip") continue;
    headerRow = r;
    row.eachCell((cell, col) => columns.set(header(plainValue(cell.value)), col));
  }
  const nipCol = columns.get("nip"), preCol = columns.get("pre-test"), postCol = columns.get("post-test");
  if (!headerRow || !nipCol || !preCol || !postCol) return null;
  const rows: RawScoreRow[] = [];
  for (let r = headerRow + 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const nip = plainValue(row.getCell(nipCol).value);
    rows.push({
      row: r,
      // An 18-digit NIP typed as a number has lost its last digits; written out it will not match anyone.
      nip: typeof nip === "number" ? nip.toLocaleString("fullwide", { useGrouping: false }) : String(nip ?? ""),
      pre: plainValue(row.getCell(preCol).value),
      post: plainValue(row.getCell(postCol).value),
    });
  }
  return rows;
}
