// Pure rules of the "assessment-results" import (decision 0030): which words name a source, what a level cell may
// hold, and when two results are the same one. No I/O; tests/unit/import-assessment-results-rows.test.ts.
import type { AssessmentSource } from "@/lib/generated/prisma/enums";

/** The sources a file may bring: results of a provider outside Bangkom. SUPERVISOR and SELF are rated in Bangkom. */
export type ImportedSource = Extract<AssessmentSource, "ASSESSMENT_CENTRE" | "UJI_KOMPETENSI" | "MULTI_RATER">;

const SOURCE_WORDS: Record<string, ImportedSource | "NOT_IMPORTABLE"> = {
  assessmentcentre: "ASSESSMENT_CENTRE", assessmentcenter: "ASSESSMENT_CENTRE", ac: "ASSESSMENT_CENTRE",
  asesmencenter: "ASSESSMENT_CENTRE", asesmentcenter: "ASSESSMENT_CENTRE", pusatpenilaian: "ASSESSMENT_CENTRE",
  ujikompetensi: "UJI_KOMPETENSI", uk: "UJI_KOMPETENSI",
  multirater: "MULTI_RATER", "360": "MULTI_RATER", "360derajat": "MULTI_RATER", penilaian360: "MULTI_RATER", "360degree": "MULTI_RATER",
  supervisor: "NOT_IMPORTABLE", atasan: "NOT_IMPORTABLE", penilaianatasan: "NOT_IMPORTABLE",
  self: "NOT_IMPORTABLE", diri: "NOT_IMPORTABLE", penilaiandiri: "NOT_IMPORTABLE", mandiri: "NOT_IMPORTABLE",
};

/** "Assessment Center", "UJI_KOMPETENSI", "360" → the source; a rating made in Bangkom → "NOT_IMPORTABLE"; unknown → null. */
export function importedSourceOf(text: string): ImportedSource | "NOT_IMPORTABLE" | null {
  return SOURCE_WORDS[text.toLowerCase().replace(/[\s_.°\-]+/g, "")] ?? null;
}

/** "3", "3.0", "Level 3" → 3; anything that is not a whole level 1–5 → null. */
export function levelOf(text: string): number | null {
  const match = /^(?:level\s*)?([1-5])(?:[.,]0+)?$/i.exec(text.trim());
  return match ? Number(match[1]) : null;
}

/** A competency code as the dictionary writes it: trimmed, upper case, no inner spaces ("m.01 " → "M.01"). */
export const normalCode = (text: string) => text.trim().toUpperCase().replace(/\s+/g, "");

/** The slot a result fills: one person, one competency, one day, one source. Twice in one file is a contradiction. */
export const slotKey = (who: string, competency: string, assessedOn: string, source: string) => `${who}|${competency}|${assessedOn}|${source}`;

/** Two results are the same one when their slot, level and document number agree (the assessor's spelling may differ). */
export const sameResultKey = (slot: string, level: number, documentNumber: string | null) => `${slot}|${level}|${documentNumber ?? ""}`;
