// The CSV writer, pure. Indonesian spreadsheet convention: `;` between fields (the comma is the decimal
// separator), CRLF line ends (RFC 4180), and a UTF-8 byte-order mark so Excel reads accents right.
import { csvText, quoteCsv, type Column } from "./format";

export const CSV_SEPARATOR = ";";
export const BOM = "\uFEFF";

export function toCsv<Row>(columns: readonly Column<Row>[], rows: readonly Row[]): string {
  const line = (fields: string[]) => fields.map((f) => quoteCsv(f, CSV_SEPARATOR)).join(CSV_SEPARATOR);
  const lines = [line(columns.map((c) => csvText("text", c.header)))];
  for (const row of rows) lines.push(line(columns.map((c) => csvText(c.kind, c.value(row)))));
  return `${BOM}${lines.join("\r\n")}\r\n`;
}
