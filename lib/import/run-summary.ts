// What ImportRun.summary holds (JSON): how the file's columns were read, and the dry run or why the file was
// refused. The dry run keeps counts and the first SAMPLE records of each list; applying recomputes the plan.
import type { FieldChange, ImportPlan } from "./define";
import type { CsvDialect } from "./csv-source";

export const SAMPLE = 500;

export type ImportSummary = {
  headerLine?: number;
  /** field → 0-based column */
  columns?: Record<string, number>;
  headerNames?: string[];
  ignoredHeaders?: string[];
  dialect?: CsvDialect;
  refusal?: { reason: string; values: Record<string, string | number> };
  /** Rows with at least one warning (shown, not blocking). ImportRun.problemCount counts rows with an error. */
  warningCount?: number;
  counts?: { creates: number; updates: number; unchanged: number; missing: number };
  creates?: { line: number; key: string; label: string }[];
  updates?: { line: number; key: string; label: string; changes: FieldChange[] }[];
  missing?: { key: string; label: string }[];
  /** Other records created on the way, by entity ("OrgUnit", "Position"): their count and the first SAMPLE. */
  extraCounts?: Record<string, number>;
  extraCreates?: Record<string, { key: string; label: string }[]>;
};

export function dryRun(plan: ImportPlan<unknown, unknown>): Pick<ImportSummary, "counts" | "creates" | "updates" | "missing" | "extraCounts" | "extraCreates"> {
  const extra = Object.entries(plan.extraCreates ?? {});
  return {
    ...(extra.length
      ? { extraCounts: Object.fromEntries(extra.map(([k, v]) => [k, v.length])), extraCreates: Object.fromEntries(extra.map(([k, v]) => [k, v.slice(0, SAMPLE)])) }
      : {}),
    counts: { creates: plan.creates.length, updates: plan.updates.length, unchanged: plan.unchanged, missing: plan.missing.length },
    creates: plan.creates.slice(0, SAMPLE).map(({ line, key, label }) => ({ line, key, label })),
    updates: plan.updates.slice(0, SAMPLE).map(({ line, key, label, changes }) => ({ line, key, label, changes })),
    missing: plan.missing.slice(0, SAMPLE),
  };
}
