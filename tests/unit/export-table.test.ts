import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { BOM, toCsv } from "@/lib/export/csv";
import { csvText, ddmmyyyy, decimalId, guardFormula, jpValue, quoteCsv, type Column } from "@/lib/export/format";
import { toXlsx } from "@/lib/export/table";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("JP as a number", () => {
  it.each([
    [690, 15.33],
    [120, 2.67],
    [900, 20],
    [375, 8.33],
    [0, 0],
    [1, 0.02],
    [-360, -8],
    [-690, -15.33],
    [337.5, 7.5],
  ])("%d minutes → %d JP", (minutes, jp) => {
    expect(jpValue(minutes)).toBe(jp);
  });
});

describe("decimals with an Indonesian comma", () => {
  it.each<[number, number, string]>([
    [15.333, 2, "15,33"],
    [2.675, 1, "2,7"],
    [33.3333, 1, "33,3"],
    [100, 1, "100,0"],
    [1234567, 0, "1234567"],
    [-4.5, 2, "-4,50"],
    [-0.001, 2, "0,00"],
  ])("%d with %d decimals → %s", (n, decimals, text) => {
    expect(decimalId(n, decimals)).toBe(text);
  });
});

describe("CSV cell text", () => {
  it("writes JP from minutes with a decimal comma: 690 minutes → 15,33", () => {
    expect(csvText("jp", 690)).toBe("15,33");
    expect(csvText("jp", 120)).toBe("2,67");
    expect(csvText("jp", -360)).toBe("-8,00");
  });

  it("writes integers without thousands separators, percents with one decimal, dates as dd/mm/yyyy", () => {
    expect(csvText("integer", 12345)).toBe("12345");
    expect(csvText("percent", 1 / 3)).toBe("33,3%");
    expect(csvText("percent", 1)).toBe("100,0%");
    expect(csvText("date", day("2024-08-12"))).toBe("12/08/2024");
    expect(ddmmyyyy(day("2025-01-05"))).toBe("05/01/2025");
  });

  it("leaves null, NaN and invalid dates empty", () => {
    expect(csvText("text", null)).toBe("");
    expect(csvText("integer", Number.NaN)).toBe("");
    expect(csvText("date", new Date("nonsense"))).toBe("");
  });

  it.each([
    ["=1+1", "'=1+1"],
    ["+62 812", "'+62 812"],
    ["-2", "'-2"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tx", "'\tx"],
    ['=HYPERLINK("http://x","klik")', `'=HYPERLINK("http://x","klik")`],
    ["Siti = Ani", "Siti = Ani"],
    ["Bimbingan teknis", "Bimbingan teknis"],
  ])("guards text that a spreadsheet would run as a formula: %j → %j", (text, guarded) => {
    expect(guardFormula(text)).toBe(guarded);
    expect(csvText("text", text)).toBe(guarded);
  });

  it("does not guard negative numbers, which are numbers, not text", () => {
    expect(csvText("integer", -5)).toBe("-5");
  });
});

describe("CSV quoting (RFC 4180, ';' separator)", () => {
  it.each([
    ["plain", "plain"],
    ["a;b", '"a;b"'],
    ['kata "kutip"', '"kata ""kutip"""'],
    ["baris\nbaru", '"baris\nbaru"'],
    ["cr\rlf", '"cr\rlf"'],
    ["koma, saja", "koma, saja"],
    ["", ""],
  ])("%j → %j", (field, quoted) => {
    expect(quoteCsv(field)).toBe(quoted);
  });
});

type Row = { name: string; minutes: number; share: number | null; date: Date | null; count: number };
const columns: Column<Row>[] = [
  { header: "Nama", kind: "text", value: (r) => r.name },
  { header: "Terpenuhi (JP)", kind: "jp", value: (r) => r.minutes },
  { header: "% memenuhi", kind: "percent", value: (r) => r.share },
  { header: "Tanggal", kind: "date", value: (r) => r.date },
  { header: "Jumlah; ASN", kind: "integer", value: (r) => r.count },
];
const rows: Row[] = [
  { name: "Siti Aminah", minutes: 690, share: 0.5, date: day("2025-08-01"), count: 1234 },
  { name: '=cmd|"/c calc"!A0', minutes: 120, share: null, date: null, count: 0 },
  { name: "Baris\nkedua; \"kutip\"", minutes: -360, share: 1, date: day("2025-12-31"), count: -2 },
];

describe("toCsv", () => {
  const csv = toCsv(columns, rows);

  it("starts with a UTF-8 byte-order mark and ends every line with CRLF", () => {
    expect(csv.startsWith(BOM)).toBe(true);
    expect(Buffer.from(csv, "utf8").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv.endsWith("\r\n")).toBe(true);
  });

  it("writes the header and the rows, ';'-separated, numbers Indonesian-style, formulas guarded", () => {
    const lines = csv.slice(1).split("\r\n");
    expect(lines[0]).toBe('Nama;Terpenuhi (JP);% memenuhi;Tanggal;"Jumlah; ASN"');
    expect(lines[1]).toBe("Siti Aminah;15,33;50,0%;01/08/2025;1234");
    expect(lines[2]).toBe(`"'=cmd|""/c calc""!A0";2,67;;;0`);
    expect(lines[3]).toBe('"Baris\nkedua; ""kutip""";-8,00;100,0%;31/12/2025;-2');
    expect(lines).toHaveLength(5);
    expect(lines[4]).toBe("");
  });

  it("writes only the header for no rows", () => {
    expect(toCsv(columns, [])).toBe(`${BOM}Nama;Terpenuhi (JP);% memenuhi;Tanggal;"Jumlah; ASN"\r\n`);
  });
});

describe("toXlsx", () => {
  it("stores numbers, dates and text with their formats, under a bold frozen header with an autofilter", async () => {
    const buffer = await toXlsx("Uji", ["Judul", "Instansi"], columns, rows, { boldLastRow: true });
    const workbook = await new ExcelJS.Workbook().xlsx.load(buffer as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet("Uji")!;
    // Title rows 1–2, an empty row 3, the header on row 4.
    expect(sheet.getCell("A1").value).toBe("Judul");
    const header = sheet.getRow(4);
    expect([1, 2, 3, 4, 5].map((c) => header.getCell(c).value)).toEqual(columns.map((c) => c.header));
    expect(header.getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 4 });
    expect(sheet.autoFilter).toBeTruthy();

    const first = sheet.getRow(5);
    expect(first.getCell(2).value).toBe(15.33);
    expect(first.getCell(2).numFmt).toBe("0.00");
    expect(first.getCell(3).value).toBe(0.5);
    expect(first.getCell(3).numFmt).toBe("0.0%");
    expect(first.getCell(4).value).toEqual(day("2025-08-01"));
    expect(first.getCell(4).numFmt).toBe("dd/mm/yyyy");
    expect(first.getCell(5).value).toBe(1234);
    expect(first.getCell(5).numFmt).toBe("#,##0");

    // A would-be formula stays a string: no formula cell anywhere.
    const second = sheet.getRow(6);
    expect(second.getCell(1).value).toBe('=cmd|"/c calc"!A0');
    expect(second.getCell(1).type).toBe(ExcelJS.ValueType.String);
    expect(second.getCell(1).numFmt).toBe("@");
    expect(second.getCell(3).value).toBeNull();
    sheet.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)));

    expect(sheet.getRow(7).getCell(2).value).toBe(-8);
    expect(sheet.getRow(7).getCell(1).font?.bold).toBe(true);
    expect(sheet.rowCount).toBe(7);
  });

  it("puts the header on the first row without title rows", async () => {
    const buffer = await toXlsx("Tanpa judul", undefined, columns, []);
    const sheet = (await new ExcelJS.Workbook().xlsx.load(buffer as unknown as ExcelJS.Buffer)).worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe("Nama");
    expect(sheet.rowCount).toBe(1);
  });
});
