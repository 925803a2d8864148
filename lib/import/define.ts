// The contract every import kind fills in (docs/decisions/0020-import-pipeline.md). The pipeline reads the
// file, matches the headers, runs `parseRow` on every row, `checkRows` on the rows that parsed, and, when no
// row has a problem, `plan` for the dry run. Applying runs `parseRow`, `checkRows` and `plan` again inside the
// write transaction and hands the plan to `apply`: what is written is what the database holds at that moment,
// so applying the same file twice finds everything unchanged the second time.
import type { Tx } from "@/lib/db";
import type { HeaderSpec } from "./headers";
import type { ImportLimits } from "./limits";

/** A problem with one row: the column as the file names it (null for the row as a whole) and why, in Bahasa Indonesia. */
export type RowProblem = { line: number; column: string | null; message: string };

/** What `parseRow` sees: one row's cells by field (trimmed; "" when empty or when the file lacks the column). */
export type RowCells<F extends string> = { line: number; cell: (field: F) => string };

/** A parsed row, or its problems (each on a field, or null for the row as a whole). */
export type RowOutcome<V, F extends string> = { ok: true; value: V } | { ok: false; problems: { field: F | null; message: string }[] };

export type ParsedRow<V> = { line: number; value: V };

/** One field's change, as the dry run shows it. Values are display text (dates as yyyy-mm-dd). */
export type FieldChange = { field: string; before: string | null; after: string | null };

/** A record the import would create, change, or finds missing. `key` identifies it; `label` is for people. */
export type PlannedCreate<C> = { line: number; key: string; label: string; data: C };
export type PlannedUpdate<U> = { line: number; key: string; label: string; changes: FieldChange[]; data: U };
export type PlannedMissing = { key: string; label: string };

export type ImportPlan<C, U> = {
  creates: PlannedCreate<C>[];
  updates: PlannedUpdate<U>[];
  unchanged: number;
  /** Records the file does not mention. Shown, never deleted by the pipeline. */
  missing: PlannedMissing[];
};

export type ImportContext = { agencyId: string; tx: Tx };
export type ApplyContext = ImportContext & {
  runId: string;
  audit: (entry: { action: string; entity: string; entityId: string; before?: unknown; after?: unknown }) => Promise<void>;
};

export type ImportKind<F extends string = string, V = unknown, C = unknown, U = unknown> = {
  /** Stored on ImportRun.kind and used in URLs, e.g. "inactivity-periods". */
  kind: string;
  headers: HeaderSpec<F>;
  limits: ImportLimits;
  /** Files with more data rows than this are checked by the job queue, with progress; smaller ones at once. */
  inlineRows: number;
  parseRow: (row: RowCells<F>) => RowOutcome<V, F>;
  /** Problems that need every row or the database: unknown NIP, the same record twice in the file. */
  checkRows?: (rows: readonly ParsedRow<V>[], ctx: ImportContext) => Promise<{ line: number; field: F | null; message: string }[]>;
  plan: (rows: readonly ParsedRow<V>[], ctx: ImportContext) => Promise<ImportPlan<C, U>>;
  /** Writes the plan in the caller's transaction; must not throw for a plan `plan` made from good rows. */
  apply: (plan: ImportPlan<C, U>, ctx: ApplyContext) => Promise<void>;
};

/** Declares an import kind; the identity function, for the types. */
export function defineImport<F extends string, V, C, U>(kind: ImportKind<F, V, C, U>): ImportKind<F, V, C, U> {
  return kind;
}
