// Pure formatting of spreadsheet cells, shared by the XLSX and CSV writers (lib/export/table.ts).
// No I/O: unit-tested in tests/unit/export-table.test.ts.
import { jpNumber, MINUTES_PER_JP } from "@/lib/ledger/rules";

/**
 * What a column holds. `jp` columns give MINUTES (integers, or an average) and are written as JP;
 * `percent` columns give a fraction (0–1); `date` columns give calendar dates (UTC midnight); `decimal` columns give
 * any number (an average, a score gain), shown with two decimals.
 */
export type CellKind = "text" | "integer" | "decimal" | "jp" | "percent" | "date";
export type CellValue = string | number | Date | null;

export type Column<Row> = {
  header: string;
  /** In characters; a default per kind otherwise. */
  width?: number;
  kind: CellKind;
  // Method syntax (not a property arrow) so a table of any row type fits `ExportTable<unknown>`.
  value(row: Row): CellValue;
};

/** Excel number formats, written in the file's invariant syntax: Excel shows "15,33" in an Indonesian locale. */
export const NUMBER_FORMATS: Record<CellKind, string> = {
  text: "@",
  integer: "#,##0",
  decimal: "0.00",
  jp: "0.00",
  percent: "0.0%",
  date: "dd/mm/yyyy",
};

export const DEFAULT_WIDTHS: Record<CellKind, number> = { text: 24, integer: 10, decimal: 12, jp: 12, percent: 12, date: 12 };

/** JP as a number rounded to two decimals, the same rounding as `jpNumber`: 690 minutes → 15.33. */
export function jpValue(minutes: number): number {
  const hundredths = Math.round((Math.abs(minutes) * 100) / MINUTES_PER_JP);
  return minutes < 0 ? -hundredths / 100 : hundredths / 100;
}

/** `dd/mm/yyyy` of a calendar date stored as UTC midnight. */
export function ddmmyyyy(date: Date): string {
  const dd = String(date.getUTCDate()).padStart(2, "0");
  const mm = String(date.getUTCMonth() + 1).padStart(2, "0");
  return `${dd}/${mm}/${date.getUTCFullYear()}`;
}

/**
 * Text a spreadsheet could take for a formula (= + - @, or a leading tab or carriage return, OWASP's list) gets
 * a leading apostrophe, so it is shown, never executed.
 */
export function guardFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** A decimal with an Indonesian comma and a fixed number of decimals: 15.333 → "15,33". */
export function decimalId(n: number, decimals: number): string {
  const scale = 10 ** decimals;
  const scaled = Math.round(Math.abs(n) * scale);
  const whole = Math.floor(scaled / scale);
  const text = decimals ? `${whole},${String(scaled % scale).padStart(decimals, "0")}` : String(whole);
  return n < 0 && scaled !== 0 ? `-${text}` : text;
}

/** One CSV field's text before quoting: numbers with a decimal comma and no thousands separator. */
export function csvText(kind: CellKind, value: CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : ddmmyyyy(value);
  if (typeof value === "string") return guardFormula(value);
  if (!Number.isFinite(value)) return "";
  switch (kind) {
    case "jp":
      return jpNumber(value, "id");
    case "percent":
      return `${decimalId(value * 100, 1)}%`;
    case "integer":
      return decimalId(value, 0);
    case "decimal":
      return decimalId(value, 2);
    default:
      // A number in a text or date column: written as it is, with a decimal comma.
      return String(value).replace(".", ",");
  }
}

/** RFC 4180 quoting for a `;`-separated file: quote fields with the separator, a quote or a line break. */
export function quoteCsv(field: string, separator = ";"): string {
  return field.includes(separator) || /["\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field;
}
