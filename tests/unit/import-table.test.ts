// readTable: the same { line, cells } stream from a CSV as Excel saves it (BOM, ";" or ",", quoted line breaks,
// Windows-1252) and from an XLSX (dates and numbers as text), within the limits.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { detectDelimiter, decodeCsv } from "@/lib/import/csv-source";
import { importLimits } from "@/lib/import/limits";
import { isImportRefusal, type ImportRefusal } from "@/lib/import/refusal";
import { cellText, readTable, tableFormat, type TableRow } from "@/lib/import/table";

const utf8 = (text: string) => new TextEncoder().encode(text);
const BOM = "\uFEFF";

async function rows(bytes: Uint8Array, limits = importLimits()): Promise<TableRow[]> {
  const out: TableRow[] = [];
  for await (const row of readTable({ fileName: "x", bytes }, limits)) out.push(row);
  return out;
}

async function refusal(bytes: Uint8Array, limits = importLimits()): Promise<ImportRefusal> {
  const error = await rows(bytes, limits).then(() => null, (e: unknown) => e);
  expect(isImportRefusal(error)).toBe(true);
  return error as ImportRefusal;
}

describe("CSV", () => {
  it("reads Excel's 'CSV UTF-8' with an Indonesian locale: BOM, ';' separators, CRLF", async () => {
    const file = utf8(`${BOM}NIP;NAMA;TANGGAL\r\n199001012015031001;Siti Aminah;31-12-2024\r\n`);
    expect(await rows(file)).toEqual([
      { line: 1, cells: ["NIP", "NAMA", "TANGGAL"] },
      { line: 2, cells: ["199001012015031001", "Siti Aminah", "31-12-2024"] },
    ]);
    expect(decodeCsv(file).dialect).toEqual({ bom: true, delimiter: ";", encoding: "utf-8" });
  });

  it("takes ',' when the header line has more commas than semicolons, and counts lines as a spreadsheet does", async () => {
    const file = utf8('NIP,NAMA,ALAMAT\n1,"Budi, S.Kom","Jl. Mawar\nRT 01; RW 02"\n\n2,Ani,"kata ""kutip"""\n');
    const read = await rows(file);
    expect(read.map((r) => r.line)).toEqual([1, 2, 3, 4]);
    expect(read[1]!.cells).toEqual(["1", "Budi, S.Kom", "Jl. Mawar\nRT 01; RW 02"]);
    expect(read[2]!.cells).toEqual([""]); // an empty line is a row of the sheet, so later lines keep their numbers
    expect(read[3]!.cells).toEqual(["2", "Ani", 'kata "kutip"']);
  });

  it("detects the separator from the header line only, outside quotes", () => {
    expect(detectDelimiter('"A;B",C,D\n1;2;3;4;5')).toBe(",");
    expect(detectDelimiter("A;B;C")).toBe(";");
    expect(detectDelimiter("A\tB\tC")).toBe("\t");
    expect(detectDelimiter("NIP")).toBe(";");
  });

  it("reads a file that is not UTF-8 as Windows-1252 (Excel's plain CSV on Windows)", async () => {
    const file = Uint8Array.from([...utf8("NAMA;KOTA\r\nJos"), 0xe9, ...utf8(";Bandung\r\n")]);
    expect((await rows(file))[1]!.cells).toEqual(["José", "Bandung"]);
    expect(decodeCsv(file).dialect.encoding).toBe("windows-1252");
  });

  it("keeps rows of different lengths (Excel drops trailing empty cells)", async () => {
    expect((await rows(utf8("A;B;C\n1\n1;2;3;4\n"))).map((r) => r.cells.length)).toEqual([3, 1, 4]);
  });

  it("refuses a file past the row, column or byte limits, and an unclosed quote", async () => {
    const lines = Array.from({ length: 12 }, (_, i) => `${i};x`).join("\n");
    expect((await refusal(utf8(lines), importLimits({ rows: 10 }))).values).toEqual({ row: 11, limit: 10 });
    expect((await refusal(utf8("A;B;C;D\n"), importLimits({ columns: 3 }))).reason).toBe("tooManyColumns");
    expect((await refusal(utf8("A;B\n1;2\n"), importLimits({ uploadBytes: 4 }))).reason).toBe("uploadTooLarge");
    expect((await refusal(utf8('A;B\n1;"never closed\n'))).reason).toBe("csvCorrupt");
  });
});

describe("XLSX", () => {
  it("streams the first sheet with dates as yyyy-mm-dd, numbers as text and row numbers as the sheet shows them", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Data");
    sheet.addRow(["NIP", "TANGGAL", "SERIAL", "JP"]);
    sheet.addRow(["199001012015031001", new Date(Date.UTC(2024, 11, 31)), 45657, 2.5]);
    sheet.getRow(4).values = ["199001012015032002", "01/02/2025"];
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(tableFormat(bytes)).toBe("xlsx");
    expect(await rows(bytes)).toEqual([
      { line: 1, cells: ["NIP", "TANGGAL", "SERIAL", "JP"] },
      { line: 2, cells: ["199001012015031001", "2024-12-31", "45657", "2.5"] },
      { line: 4, cells: ["199001012015032002", "01/02/2025"] },
    ]);
  });

  it("turns reader values into text", () => {
    expect(cellText(null)).toBe("");
    expect(cellText(true)).toBe("TRUE");
    expect(cellText(new Date(Number.NaN))).toBe("");
    expect(cellText({ error: "#N/A" })).toBe("#N/A");
  });
});
