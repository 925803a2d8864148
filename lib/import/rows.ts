// From a table row's cells to what an import kind's parser sees, and from a field back to the column name the
// file uses (for problems and the error file). Pure.
import type { ImportKind, ParsedRow, RowCells, RowProblem, Severity } from "./define";
import { fieldLabel, type HeaderMatch } from "./headers";

export function rowCells<F extends string>(line: number, cells: readonly string[], columns: Partial<Record<F, number>>): RowCells<F> {
  return {
    line,
    cell: (field) => {
      const index = columns[field];
      return index === undefined ? "" : (cells[index] ?? "").trim();
    },
  };
}

/** The column a problem is about, as the file names it (or the field's usual name when the file lacks it). */
export function columnName<F extends string>(kind: Pick<ImportKind<F>, "headers">, match: Pick<HeaderMatch<F>, "columns" | "names">, field: F | null): string | null {
  if (field === null) return null;
  const index = match.columns[field];
  return index === undefined ? fieldLabel(kind.headers, field) : (match.names[index] ?? fieldLabel(kind.headers, field));
}

type Located<F extends string> = { field: F | null; message: string };

function locate<F extends string>(
  kind: Pick<ImportKind<F>, "headers">,
  match: Pick<HeaderMatch<F>, "columns" | "names">,
  line: number,
  severity: Severity,
  list: readonly Located<F>[],
): RowProblem[] {
  return list.map((p) => ({ line, column: columnName(kind, match, p.field), message: p.message, severity }));
}

/**
 * Parses one row: its value (with its warnings, each with line and column), or its errors. A row with only
 * warnings is good: it is applied, and the admin sees the warnings in the dry run and the error file.
 */
export function parseOneRow<F extends string, V>(
  kind: Pick<ImportKind<F, V>, "headers" | "parseRow">,
  match: Pick<HeaderMatch<F>, "columns" | "names">,
  line: number,
  cells: readonly string[],
): { ok: true; row: ParsedRow<V>; warnings: RowProblem[] } | { ok: false; problems: RowProblem[] } {
  const outcome = kind.parseRow(rowCells(line, cells, match.columns));
  if (outcome.ok) return { ok: true, row: { line, value: outcome.value }, warnings: locate(kind, match, line, "warning", outcome.warnings ?? []) };
  return { ok: false, problems: locate(kind, match, line, "error", outcome.problems) };
}

export const WARNING_PREFIX = "Peringatan: ";

/**
 * "NIP: harus 18 angka; Peringatan: NIP BARU: bulan TMT …" — the error file's cell for one row: errors as they
 * are, warnings prefixed so a reader of the spreadsheet tells them apart.
 */
export function describeProblems(problems: readonly Pick<RowProblem, "column" | "message" | "severity">[]): string {
  return problems
    .map((p) => `${p.severity === "warning" ? WARNING_PREFIX : ""}${p.column ? `${p.column}: ${p.message}` : p.message}`)
    .join("; ");
}
