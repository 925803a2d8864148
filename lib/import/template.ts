import "server-only";
// A blank file for an import kind: its header row, the fields' first names in the spec's order, ready to be
// filled in a spreadsheet program. CSV as an Indonesian Excel writes it (UTF-8 with BOM, ";", CRLF); XLSX with
// a bold, frozen header. A kind with a template of its own (a workbook with guidance) is served by that instead.
import ExcelJS from "exceljs";
import { csvField } from "./error-file";
import type { HeaderSpec } from "./headers";

export function templateHeaders(spec: HeaderSpec): string[] {
  return spec.map((s) => s.headers[0]!);
}

export function csvTemplate(spec: HeaderSpec): Uint8Array {
  return new TextEncoder().encode(`\uFEFF${templateHeaders(spec).map((h) => csvField(h, ";")).join(";")}\r\n`);
}

export async function xlsxTemplate(spec: HeaderSpec, sheetName = "Data"): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: "frozen", ySplit: 1 }] });
  const header = sheet.addRow(templateHeaders(spec));
  header.font = { bold: true };
  spec.forEach((field, index) => {
    sheet.getColumn(index + 1).width = Math.max(14, field.headers[0]!.length + 4);
    // Text cells, so a NIP keeps its 18 digits instead of becoming 1.99E+17.
    sheet.getColumn(index + 1).numFmt = "@";
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
