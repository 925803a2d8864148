// The XLSX annex a PPK signs (decision 0038): A4 landscape, fitted to the page width, the title and the two header
// rows repeated on every printed page, one block of rows per plan line (its art. 207(3) cells merged down over its
// budget items), a subtotal per OPD, the grand total, the recap per source of funds and the signatory block.
// Every amount is a number with a Rupiah format (so it sums in Excel), never text; the amounts are the document's,
// which come from the plan rules (lib/plan/annex-rules.ts).
import ExcelJS from "exceljs";
import { formatDate, interpolate } from "@/lib/i18n/format";
import type { planDocumentsId } from "@/lib/i18n/messages/plan-documents.id";
import type { AnnexDocument, AnnexRow } from "./annex-rules";

type DocText = (typeof planDocumentsId)["doc"];

/** Whole Rupiah shown as "Rp143.248.000" in an Indonesian Excel (the format is written in the invariant syntax). */
export const RUPIAH_FORMAT = '"Rp"#,##0;-"Rp"#,##0';
const COUNT_FORMAT = "#,##0";

/** The columns, left to right; `key` names a column for the writer and the tests. */
export const ANNEX_COLUMNS = [
  { key: "no", width: 5 },
  { key: "competency", width: 34 },
  { key: "target", width: 30 },
  { key: "people", width: 9 },
  { key: "route", width: 20 },
  { key: "provider", width: 18 },
  { key: "month", width: 11 },
  { key: "quarter", width: 11 },
  { key: "jp", width: 8 },
  { key: "curriculum", width: 22 },
  { key: "item", width: 26 },
  { key: "volume", width: 9 },
  { key: "unit", width: 9 },
  { key: "unitPrice", width: 15 },
  { key: "amount", width: 16 },
  { key: "fundSource", width: 10 },
  { key: "accountCode", width: 19 },
  { key: "lineTotal", width: 18 },
] as const;
export type AnnexColumnKey = (typeof ANNEX_COLUMNS)[number]["key"];
/** 1-based column number of a key. */
export const col = (key: AnnexColumnKey) => ANNEX_COLUMNS.findIndex((c) => c.key === key) + 1;
const LAST = ANNEX_COLUMNS.length;
/** The header takes rows 6–8 (group headers, column headers, column numbers); the lines start on row 9. */
export const HEADER_ROWS = { first: 6, last: 8 } as const;

const THIN = { style: "thin" as const, color: { argb: "FF475569" } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const GREY = { type: "pattern" as const, pattern: "solid" as const, fgColor: { argb: "FFE2E8F0" } };

function box(cell: ExcelJS.Cell, options: { bold?: boolean; fill?: boolean; right?: boolean; center?: boolean } = {}) {
  cell.border = BORDER;
  cell.alignment = { vertical: "top", wrapText: true, horizontal: options.right ? "right" : options.center ? "center" : "left" };
  if (options.bold) cell.font = { bold: true };
  if (options.fill) cell.fill = GREY;
}

function rupiah(cell: ExcelJS.Cell, amount: number, bold = false) {
  cell.value = amount;
  cell.numFmt = RUPIAH_FORMAT;
  box(cell, { right: true, bold });
}

function header(sheet: ExcelJS.Worksheet, t: DocText) {
  const [top, sub, numbers] = [HEADER_ROWS.first, HEADER_ROWS.first + 1, HEADER_ROWS.last];
  const c = t.columns;
  const vertical: [AnnexColumnKey, string][] = [
    ["no", c.no], ["competency", c.competency], ["target", c.target], ["people", c.people], ["route", c.route], ["provider", c.provider],
    ["jp", c.jp], ["curriculum", c.curriculum], ["fundSource", c.fundSource], ["accountCode", c.accountCode], ["lineTotal", c.lineTotal],
  ];
  for (const [key, text] of vertical) {
    sheet.mergeCells(top, col(key), sub, col(key));
    sheet.getCell(top, col(key)).value = text;
  }
  sheet.mergeCells(top, col("month"), top, col("quarter"));
  sheet.getCell(top, col("month")).value = c.schedule;
  sheet.getCell(sub, col("month")).value = c.month;
  sheet.getCell(sub, col("quarter")).value = c.quarter;
  sheet.mergeCells(top, col("item"), top, col("amount"));
  sheet.getCell(top, col("item")).value = c.budget;
  for (const key of ["item", "volume", "unit", "unitPrice", "amount"] as const) sheet.getCell(sub, col(key)).value = c[key];
  for (let i = 1; i <= LAST; i++) {
    for (const r of [top, sub]) box(sheet.getCell(r, i), { bold: true, fill: true, center: true });
    const n = sheet.getCell(numbers, i);
    n.value = i;
    box(n, { center: true });
    n.font = { italic: true, size: 8 };
  }
  sheet.getRow(top).height = 18;
  sheet.getRow(sub).height = 30;
}

/** One line: its budget items one per row, its own cells merged down over them; returns the next free row. */
function writeLine(sheet: ExcelJS.Worksheet, row: AnnexRow, at: number, t: DocText): number {
  const span = Math.max(1, row.budget.length);
  const values: [AnnexColumnKey, string | number][] = [
    ["no", row.no],
    ["competency", [row.title, [row.competency, row.level].filter(Boolean).join(", ")].filter(Boolean).join("\n")],
    ["target", row.target.join("\n")],
    ["people", row.people],
    ["route", `${row.routeCode} ${row.route}`],
    ["provider", row.provider],
    ["month", row.monthName],
    ["quarter", row.quarter],
    ["jp", row.jp],
    ["curriculum", row.curriculumFit],
  ];
  for (const [key, value] of values) {
    if (span > 1) sheet.mergeCells(at, col(key), at + span - 1, col(key));
    const cell = sheet.getCell(at, col(key));
    cell.value = value;
    const numeric = typeof value === "number";
    box(cell, { right: numeric && key !== "no", center: key === "no" });
    if (numeric) cell.numFmt = COUNT_FORMAT;
  }
  if (span > 1) sheet.mergeCells(at, col("lineTotal"), at + span - 1, col("lineTotal"));
  rupiah(sheet.getCell(at, col("lineTotal")), row.total, true);
  row.budget.forEach((b, i) => {
    const r = at + i;
    const text: [AnnexColumnKey, string][] = [["item", b.item], ["unit", b.unit], ["fundSource", b.fundSource], ["accountCode", b.accountCode]];
    for (const [key, value] of text) {
      sheet.getCell(r, col(key)).value = value;
      box(sheet.getCell(r, col(key)));
    }
    const volume = sheet.getCell(r, col("volume"));
    volume.value = b.volume;
    volume.numFmt = COUNT_FORMAT;
    box(volume, { right: true });
    rupiah(sheet.getCell(r, col("unitPrice")), b.unitPrice);
    rupiah(sheet.getCell(r, col("amount")), b.total);
  });
  if (!row.budget.length) {
    sheet.mergeCells(at, col("item"), at, col("accountCode"));
    sheet.getCell(at, col("item")).value = t.noBudget;
    box(sheet.getCell(at, col("item")));
  }
  return at + span;
}

/** A label across every column but the last, and the amount in the last (the column of line totals). */
function totalRow(sheet: ExcelJS.Worksheet, at: number, label: string, amount: number) {
  sheet.mergeCells(at, 1, at, LAST - 1);
  const cell = sheet.getCell(at, 1);
  cell.value = label;
  box(cell, { bold: true, fill: true, right: true });
  rupiah(sheet.getCell(at, LAST), amount, true);
  sheet.getCell(at, LAST).fill = GREY;
}

function recap(sheet: ExcelJS.Worksheet, doc: AnnexDocument, at: number, t: DocText): number {
  const title = sheet.getCell(at, col("competency"));
  title.value = t.recapTitle;
  title.font = { bold: true };
  const head = at + 1;
  sheet.getCell(head, col("competency")).value = t.recapSource;
  sheet.getCell(head, col("target")).value = t.recapAmount;
  for (const key of ["competency", "target"] as const) box(sheet.getCell(head, col(key)), { bold: true, fill: true, center: true });
  let r = head + 1;
  for (const line of doc.recap) {
    sheet.getCell(r, col("competency")).value = line.label;
    box(sheet.getCell(r, col("competency")));
    rupiah(sheet.getCell(r, col("target")), line.amount);
    r++;
  }
  sheet.getCell(r, col("competency")).value = t.recapTotal;
  box(sheet.getCell(r, col("competency")), { bold: true, fill: true });
  rupiah(sheet.getCell(r, col("target")), doc.total, true);
  return r + 1;
}

function signatory(sheet: ExcelJS.Worksheet, doc: AnnexDocument, at: number, t: DocText) {
  const first = col("amount");
  const s = doc.signatory;
  const lines: [string, Partial<ExcelJS.Font>][] = [
    [s.approvedAt ? interpolate(t.signedAt, { place: s.place, date: formatDate(s.approvedAt, "id") }) : interpolate(t.signedAtBlank, { place: s.place }), {}],
    [t.signatoryRole, { bold: true }],
    ["", {}], ["", {}],
    // A draft is not signed: the mark stands where the signature would.
    [doc.draft ? t.draftMark : "", { bold: true, size: 14, color: { argb: "FFB91C1C" } }],
    [s.name ?? t.signatoryBlank, { bold: true, underline: Boolean(s.name) }],
  ];
  lines.forEach(([text, font], i) => {
    sheet.mergeCells(at + i, first, at + i, LAST);
    const cell = sheet.getCell(at + i, first);
    cell.value = text || null;
    cell.font = font;
    cell.alignment = { horizontal: "center" };
  });
}

/** The annex workbook of a built document (`t`: the Indonesian document texts). */
export async function annexWorkbook(doc: AnnexDocument, t: DocText): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Bangkom";
  workbook.created = new Date();
  const sheet = workbook.addWorksheet(`Lampiran ${doc.year}`, {
    pageSetup: {
      paperSize: 9, // A4
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      printTitlesRow: `${HEADER_ROWS.first}:${HEADER_ROWS.last}`,
    },
    headerFooter: { oddFooter: `&L&8${doc.title} ${doc.kind}&R&8${t.page}` },
    views: [{ state: "frozen", xSplit: 0, ySplit: HEADER_ROWS.last }],
  });
  ANNEX_COLUMNS.forEach((c, i) => (sheet.getColumn(i + 1).width = c.width));

  const titles: [string, Partial<ExcelJS.Font>][] = [
    [doc.title, { bold: true, size: 14 }],
    [doc.kind, { bold: true, size: 12 }],
    [doc.agencyName, { bold: true, size: 12 }],
    [t.legalBasis, { italic: true, size: 9 }],
    [doc.draft ? t.draftMark : "", { bold: true, size: 12, color: { argb: "FFB91C1C" } }],
  ];
  titles.forEach(([text, font], i) => {
    sheet.mergeCells(i + 1, 1, i + 1, LAST);
    const cell = sheet.getCell(i + 1, 1);
    cell.value = text || null;
    cell.font = font;
    cell.alignment = { horizontal: "center" };
  });
  header(sheet, t);

  let at = HEADER_ROWS.last + 1;
  for (const group of doc.groups) {
    sheet.mergeCells(at, 1, at, LAST);
    const name = sheet.getCell(at, 1);
    name.value = group.unitName;
    box(name, { bold: true });
    at++;
    for (const row of group.rows) at = writeLine(sheet, row, at, t);
    totalRow(sheet, at, interpolate(t.subtotal, { unit: group.unitName }), group.subtotal);
    at++;
  }
  if (!doc.groups.length) {
    sheet.mergeCells(at, 1, at, LAST);
    sheet.getCell(at, 1).value = t.noLines;
    box(sheet.getCell(at, 1));
    at++;
  }
  totalRow(sheet, at, t.grandTotal, doc.total);
  const afterRecap = recap(sheet, doc, at + 2, t);
  signatory(sheet, doc, afterRecap + 1, t);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
