// From a table row's cells to what an import kind's parser sees, and from a field back to the column name the
// file uses (for problems and the error file). Pure.
import type { ImportKind, ParsedRow, RowCells, RowProblem } from "./define";
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

/** Parses one row: its value, or its problems with line and column. */
export function parseOneRow<F extends string, V>(
  kind: Pick<ImportKind<F, V>, "headers" | "parseRow">,
  match: Pick<HeaderMatch<F>, "columns" | "names">,
  line: number,
  cells: readonly string[],
): { ok: true; row: ParsedRow<V> } | { ok: false; problems: RowProblem[] } {
  const outcome = kind.parseRow(rowCells(line, cells, match.columns));
  if (outcome.ok) return { ok: true, row: { line, value: outcome.value } };
  return { ok: false, problems: outcome.problems.map((p) => ({ line, column: columnName(kind, match, p.field), message: p.message })) };
}

/** "NIP: harus 18 angka; TANGGAL MULAI: bukan tanggal" — the error file's cell for one row. */
export function describeProblems(problems: readonly Pick<RowProblem, "column" | "message">[]): string {
  return problems.map((p) => (p.column ? `${p.column}: ${p.message}` : p.message)).join("; ");
}
