// Every import kind the pipeline knows, by name (ImportRun.kind). A new upload adds its kind here.
import type { ImportKind } from "./define";
import { asnImport } from "./kinds/asn";
import { inactivityPeriodsImport } from "./kinds/inactivity-periods";
import { trainingHistoryImport } from "./kinds/training-history";
import { competencyStandardsImport } from "./kinds/competency-standards";
import { assessmentResultsImport } from "./kinds/assessment-results";

export const IMPORT_KINDS = {
  [inactivityPeriodsImport.kind]: inactivityPeriodsImport,
  [asnImport.kind]: asnImport,
  [trainingHistoryImport.kind]: trainingHistoryImport,
  [competencyStandardsImport.kind]: competencyStandardsImport,
  [assessmentResultsImport.kind]: assessmentResultsImport,
} as unknown as Record<string, ImportKind<string, unknown, unknown, unknown>>;

export const IMPORT_KIND_NAMES = Object.keys(IMPORT_KINDS) as [string, ...string[]];

export function importKind(name: string): ImportKind<string, unknown, unknown, unknown> {
  const kind = IMPORT_KINDS[name];
  if (!kind) throw new Error(`Unknown import kind ${JSON.stringify(name)}`);
  return kind;
}
