import "server-only";
// The error file: the original upload with one more column, "Kesalahan", holding each row's problems (errors,
// and warnings prefixed "Peringatan: "). A CSV
// stays a CSV (same separator, the byte-order mark kept, CRLF line ends as Excel writes them) and an XLSX
// stays an XLSX (its first sheet gains the column; exceljs rewrites the workbook). The file already passed
// the limits when it was checked, so reading it whole here is bounded.
import ExcelJS from "exceljs";
import { parse } from "csv-parse/sync";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/load-viewer";
import { hasPermission } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { decodeCsv } from "./csv-source";
import type { RowProblem } from "./define";
import { describeProblems } from "./rows";
import type { ImportSummary } from "./run-summary";

export const ERROR_COLUMN = "Kesalahan";

/** A CSV field, quoted when it holds the separator, a quote or a line break. */
export function csvField(value: string, delimiter: string): string {
  return value.includes(delimiter) || /["\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** The original CSV with the error column; `errors` maps a line (header = 1) to its text. */
export function csvWithErrors(original: Uint8Array, headerLine: number, errors: ReadonlyMap<number, string>): Uint8Array {
  const { text, dialect } = decodeCsv(original);
  const records = parse(text.replace(/^\uFEFF/, ""), { delimiter: dialect.delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false }) as string[][];
  const out = records.map((cells, index) => {
    const line = index + 1;
    const extra = line === headerLine ? ERROR_COLUMN : (errors.get(line) ?? "");
    return [...cells, extra].map((c) => csvField(c, dialect.delimiter)).join(dialect.delimiter);
  });
  // A windows-1252 original comes back as UTF-8 with a byte-order mark, which every spreadsheet program reads.
  const bom = dialect.bom || dialect.encoding !== "utf-8" ? "\uFEFF" : "";
  return new TextEncoder().encode(bom + out.join("\r\n") + "\r\n");
}

/** The original workbook with the error column after the header row's last cell, on the first sheet. */
export async function xlsxWithErrors(original: Uint8Array, headerLine: number, errors: ReadonlyMap<number, string>): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(original.buffer, original.byteOffset, original.byteLength) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error("The workbook has no sheet");
  const column = Math.max(sheet.getRow(headerLine).cellCount, 1) + 1;
  const header = sheet.getRow(headerLine).getCell(column);
  header.value = ERROR_COLUMN;
  header.font = { bold: true, color: { argb: "FFB91C1C" } };
  for (const [line, message] of errors) sheet.getRow(line).getCell(column).value = message;
  sheet.getColumn(column).width = 60;
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The error file of a run, as a download: name, type and bytes. */
export async function importErrorFile(viewer: Viewer, runId: string): Promise<{ fileName: string; contentType: string; bytes: Uint8Array } | null> {
  if (!hasPermission(viewer.roles, "import:records")) throw new AppError("FORBIDDEN", "common.forbidden");
  const run = await db.importRun.findUnique({
    where: { agencyId_id: { agencyId: viewer.agencyId, id: runId } },
    select: { fileName: true, format: true, original: true, summary: true },
  });
  if (!run) return null;
  const rows = await db.importRow.findMany({ where: { agencyId: viewer.agencyId, runId, problems: { not: Prisma.DbNull } }, select: { line: true, problems: true } });
  const errors = new Map(rows.map((r) => [r.line, describeProblems(r.problems as RowProblem[])]));
  const headerLine = (run.summary as ImportSummary | null)?.headerLine ?? 1;
  const base = run.fileName.replace(/\.(csv|xlsx)$/i, "");
  if (run.format === "csv") return { fileName: `${base}-kesalahan.csv`, contentType: "text/csv; charset=utf-8", bytes: csvWithErrors(run.original, headerLine, errors) };
  return {
    fileName: `${base}-kesalahan.xlsx`,
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    bytes: await xlsxWithErrors(run.original, headerLine, errors),
  };
}
