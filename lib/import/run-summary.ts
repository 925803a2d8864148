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
  counts?: { creates: number; updates: number; unchanged: number; missing: number };
  creates?: { line: number; key: string; label: string }[];
  updates?: { line: number; key: string; label: string; changes: FieldChange[] }[];
  missing?: { key: string; label: string }[];
};

export function dryRun(plan: ImportPlan<unknown, unknown>): Pick<ImportSummary, "counts" | "creates" | "updates" | "missing"> {
  return {
    counts: { creates: plan.creates.length, updates: plan.updates.length, unchanged: plan.unchanged, missing: plan.missing.length },
    creates: plan.creates.slice(0, SAMPLE).map(({ line, key, label }) => ({ line, key, label })),
    updates: plan.updates.slice(0, SAMPLE).map(({ line, key, label, changes }) => ({ line, key, label, changes })),
    missing: plan.missing.slice(0, SAMPLE),
  };
}
