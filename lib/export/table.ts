// A list as a spreadsheet: one column spec, two writers. XLSX through exceljs (real numbers and dates with
// Excel number formats, so the reader's locale shows "15,33"), CSV in lib/export/csv.ts.
import ExcelJS from "exceljs";
import { DEFAULT_WIDTHS, jpValue, NUMBER_FORMATS, type CellKind, type CellValue, type Column } from "./format";

export { toCsv } from "./csv";
export type { CellKind, CellValue, Column } from "./format";

export type XlsxOptions = {
  /** Bold the last row (a "Total" row). */
  boldLastRow?: boolean;
};

/** The value exceljs stores: strings stay strings (never formulas), JP minutes become JP. */
function xlsxValue(kind: CellKind, value: CellValue): string | number | Date | null {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return null;
    return kind === "jp" ? jpValue(value) : value;
  }
  return value;
}

/** One sheet of a workbook: optional title rows, then a header row and the rows. */
export type SheetSpec<Row> = { name: string; title?: readonly string[]; columns: readonly Column<Row>[]; rows: readonly Row[]; options?: XlsxOptions };

/**
 * A workbook of one sheet: optional title rows, then a bold, frozen header row with an autofilter, then the
 * rows. Column formats: text "@", integer "#,##0", decimal "0.00", JP "0.00", percent "0.0%", date "dd/mm/yyyy".
 */
export async function toXlsx<Row>(
  sheetName: string,
  title: readonly string[] | undefined,
  columns: readonly Column<Row>[],
  rows: readonly Row[],
  options: XlsxOptions = {},
): Promise<Buffer> {
  return toWorkbook([{ name: sheetName, title, columns, rows, options }]);
}

/** A workbook of several sheets, each written as `toXlsx` writes its one. */
export async function toWorkbook(sheets: readonly SheetSpec<unknown>[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Bangkom";
  workbook.created = new Date();
  for (const spec of sheets) writeSheet(workbook, spec);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function writeSheet<Row>(workbook: ExcelJS.Workbook, { name, title, columns, rows, options = {} }: SheetSpec<Row>) {
  // Sheet names: at most 31 characters, none of : \ / ? * [ ].
  const sheet = workbook.addWorksheet(name.replace(/[:\\/?*[\]]/g, " ").slice(0, 31) || "Data");

  const titleRows = title?.length ? [...title, ""] : [];
  titleRows.forEach((text, i) => {
    const cell = sheet.getCell(i + 1, 1);
    if (!text) return;
    cell.value = text;
    cell.font = { bold: i === 0, size: i === 0 ? 14 : 11 };
  });

  const headerRow = titleRows.length + 1;
  const header = sheet.getRow(headerRow);
  columns.forEach((column, i) => {
    const cell = header.getCell(i + 1);
    cell.value = column.header;
    cell.font = { bold: true };
    cell.alignment = { vertical: "middle", wrapText: true };
    sheet.getColumn(i + 1).width = column.width ?? Math.max(DEFAULT_WIDTHS[column.kind], column.header.length + 2);
  });

  rows.forEach((row, r) => {
    const line = sheet.getRow(headerRow + 1 + r);
    columns.forEach((column, i) => {
      const cell = line.getCell(i + 1);
      cell.value = xlsxValue(column.kind, column.value(row));
      cell.numFmt = NUMBER_FORMATS[column.kind];
    });
    if (options.boldLastRow && r === rows.length - 1) line.font = { bold: true };
  });

  sheet.views = [{ state: "frozen", xSplit: 0, ySplit: headerRow }];
  sheet.autoFilter = {
    from: { row: headerRow, column: 1 },
    to: { row: headerRow + Math.max(rows.length, 0), column: Math.max(columns.length, 1) },
  };
}
