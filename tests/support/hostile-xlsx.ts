// The two spreadsheets of issue 10 that stalled the server, built on the fly (never committed):
// - a ~7.5 KB XLSX whose one extra cell sits at row 1,048,576;
// - a ~200 KB XLSX whose sheet unpacks to 200 MB (of spaces inside <sheetData>).
// Plus variants: without the sheet's <dimension>, and with sizes that lie in the ZIP's directories.
import { inflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";
import { importLimits } from "@/lib/import/limits";
import { inspectZip } from "@/lib/import/zip-inspect";
import { deflated, deflatedFill, writeZip, type PackedEntry, type WriteEntry } from "./zip-writer";

export const SHEET = "xl/worksheets/sheet1.xml";
export const LAST_EXCEL_ROW = 1_048_576;
const GENEROUS = importLimits({ uploadBytes: 2 ** 31, unpackedBytes: 2 ** 31, entryBytes: 2 ** 31, compressionRatio: 1e6, zipEntries: 10_000 });

/** A score sheet as the template looks: header, then `lines`. */
export async function scoreWorkbook(lines: unknown[][] = [["199001012020011001", "Contoh", 50, 80]]): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet("Nilai");
  ws.addRow(["NIP", "Nama", "Pre-test", "Post-test"]);
  for (const line of lines) ws.addRow(line);
  return workbook;
}

export const xlsxBytes = async (workbook: ExcelJS.Workbook) => new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);

/** The entries of an archive, unpacked (test-sized archives only). */
export function unpack(bytes: Uint8Array): { name: string; text: string }[] {
  return inspectZip(bytes, GENEROUS).entries.map((e) => {
    const packed = bytes.subarray(e.dataStart, e.dataStart + e.compressedSize);
    return { name: e.name, text: (e.method === 0 ? Buffer.from(packed) : inflateRawSync(packed)).toString("utf8") };
  });
}

/** The same archive with some entries' text changed (and re-packed honestly). */
export function rewrite(bytes: Uint8Array, change: (name: string, text: string) => string): Uint8Array {
  return writeZip(unpack(bytes).map((e) => deflated(e.name, change(e.name, e.text))));
}

/** A few rows, then one cell at row 1,048,576 (exceljs declares <dimension ref="A1:D1048576"/>). */
export async function farRowXlsx(): Promise<Uint8Array> {
  const workbook = await scoreWorkbook([["199001012020011001", "Contoh", 50, 80], ["199001012020011002", "Contoh Dua", 60, 70]]);
  workbook.worksheets[0]!.getCell(LAST_EXCEL_ROW, 1).value = "x";
  return xlsxBytes(workbook);
}

/** The same far row, with the sheet's <dimension> removed so only the streaming reader can notice. */
export async function farRowXlsxWithoutDimension(): Promise<Uint8Array> {
  return rewrite(await farRowXlsx(), (name, text) => (name === SHEET ? text.replace(/<dimension[^>]*\/>/, "") : text));
}

/** A valid-looking workbook whose sheet is `fillBytes` of spaces inside <sheetData>. */
export async function bombXlsx(options: { fillBytes?: number; lieSizeAs?: number } = {}): Promise<Uint8Array> {
  const fillBytes = options.fillBytes ?? 200 * 1024 * 1024;
  const entries = unpack(await xlsxBytes(await scoreWorkbook()));
  const sheetText = entries.find((e) => e.name === SHEET)!.text;
  const [head, tail] = [sheetText.slice(0, sheetText.indexOf("<sheetData>") + "<sheetData>".length), "</sheetData></worksheet>"];
  const bomb: PackedEntry = await deflatedFill(SHEET, head, " ", fillBytes, tail);
  const lie = options.lieSizeAs;
  return writeZip(
    entries.map((e): WriteEntry => (e.name === SHEET ? { ...bomb, ...(lie ? { centralSize: lie, localSize: lie } : {}) } : deflated(e.name, e.text))),
  );
}
