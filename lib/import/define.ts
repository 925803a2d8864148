// The contract every import kind fills in (docs/decisions/0020-import-pipeline.md). The pipeline reads the
// file, matches the headers, runs `parseRow` on every row, `checkRows` on the rows that parsed, and, when no
// row has a problem, `plan` for the dry run. Applying runs `parseRow`, `checkRows` and `plan` again inside the
// write transaction and hands the plan to `apply`: what is written is what the database holds at that moment,
// so applying the same file twice finds everything unchanged the second time.
import type { Tx } from "@/lib/db";
import type { HeaderSpec } from "./headers";
import type { ImportLimits } from "./limits";

/**
 * How bad a problem is: an "error" blocks the apply; a "warning" is shown (dry run, error file) and blocks nothing,
 * e.g. a NIP whose TMT part differs from TMT CPNS. Rows stored before severities existed have none: an error.
 */
export type Severity = "error" | "warning";

/** A problem with one row: the column as the file names it (null for the row as a whole) and why, in Bahasa Indonesia. */
export type RowProblem = { line: number; column: string | null; message: string; severity?: Severity };

/** An error unless it says it is a warning (old rows have no severity). */
export const isWarning = (p: Pick<RowProblem, "severity">) => p.severity === "warning";

/** What `parseRow` sees: one row's cells by field (trimmed; "" when empty or when the file lacks the column). */
export type RowCells<F extends string> = { line: number; cell: (field: F) => string };

/** A problem on a field (null for the row as a whole), as a kind reports it. */
export type FieldProblem<F extends string> = { field: F | null; message: string };

/** A parsed row (with warnings the admin should see, if any), or its errors. */
export type RowOutcome<V, F extends string> = { ok: true; value: V; warnings?: FieldProblem<F>[] } | { ok: false; problems: FieldProblem<F>[] };

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
  /** Other records the import creates on the way, by entity (an ASN import's new units and positions). */
  extraCreates?: Record<string, { key: string; label: string }[]>;
};

export type ImportContext = { agencyId: string; tx: Tx };
export type ApplyContext = ImportContext & {
  runId: string;
  /** Who applies (the audit rows a kind writes in bulk name them). */
  actorUserId: string;
  /** The run's file name, for reasons written with the data ("Tidak ada di ekspor SIASN <file>"). */
  fileName: string;
  /** When set, records the file does not mention (`plan.missing`) end on this day; when null they are left alone. Never deleted. */
  endMissingOn: Date | null;
  /** The day the import is applied (history rows start on it when the file gives no date). */
  today: Date;
  /** Reports how far the write is, 0–1, outside the transaction (so a page can poll it). */
  progress: (fraction: number) => Promise<void>;
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
  checkRows?: (rows: readonly ParsedRow<V>[], ctx: ImportContext) => Promise<{ line: number; field: F | null; message: string; severity?: Severity }[]>;
  plan: (rows: readonly ParsedRow<V>[], ctx: ImportContext) => Promise<ImportPlan<C, U>>;
  /**
   * The tables `apply` fills: analysed after a queued (large) apply, so the planner knows their new rows at once
   * rather than when autovacuum comes by; until then it plans the gap queries for near-empty tables (decision 0040).
   */
  writes: readonly string[];
  /** Writes the plan in the caller's transaction; must not throw for a plan `plan` made from good rows. */
  apply: (plan: ImportPlan<C, U>, ctx: ApplyContext) => Promise<void>;
};

/** Declares an import kind; the identity function, for the types. */
export function defineImport<F extends string, V, C, U>(kind: ImportKind<F, V, C, U>): ImportKind<F, V, C, U> {
  return kind;
}
