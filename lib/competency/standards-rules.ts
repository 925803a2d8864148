// Pure rules of the competency dictionary and of versioned position standards (issue 14, decision 0029): which
// version is in force on a day, what a new version starts with (a copy of the one in force, or the position
// type's default), and how a dictionary entry's behaviour indicators are written (one per line).
import { versionInForce } from "./rules";
import type { CompetencyKind, Importance, PositionType } from "@/lib/generated/prisma/enums";
import { defaultStandard, type StandardLine } from "./rules";

/** The kinds an agency writes itself; managerial and socio-cultural come from PermenPANRB 38/2017. */
export const EDITABLE_KINDS = ["TECHNICAL", "GOVERNMENT"] as const satisfies readonly CompetencyKind[];
export type EditableKind = (typeof EDITABLE_KINDS)[number];
export const KIND_ORDER: readonly CompetencyKind[] = ["MANAGERIAL", "SOCIOCULTURAL", "TECHNICAL", "GOVERNMENT"];
export const IMPORTANCES: readonly Importance[] = ["MUTLAK", "PENTING", "PERLU"];
export const MAX_INDICATORS = 20;

/**
 * The version in force on `on`: the one with the latest effectiveFrom on or before it; null before the first.
 * (Same rule as rules.ts versionInForce; kept here until that lands, then this delegates to it.)
 */
export const pickVersionInForce = versionInForce;

export type VersionStatus = "IN_FORCE" | "UPCOMING" | "SUPERSEDED";

/** How a version stands on `on`: the one in force, one that starts later, or one a later version replaced. */
export function versionStatus(version: { id: string; effectiveFrom: Date }, inForceId: string | null, on: Date): VersionStatus {
  if (version.id === inForceId) return "IN_FORCE";
  return version.effectiveFrom.getTime() > on.getTime() ? "UPCOMING" : "SUPERSEDED";
}

export type ExistingLine = { code: string; kind: CompetencyKind; requiredLevel: number; importance: Importance };

/**
 * The lines a new version starts with. "COPY": the lines of the version it copies, unchanged. "DEFAULT": the
 * position type's default (rules.ts defaultStandard) with, when `keepTechnical`, the technical competencies of
 * the version it starts from (their codes, in the order they had) and none otherwise.
 */
export function startingLines(
  from: "COPY" | "DEFAULT",
  type: PositionType,
  base: readonly ExistingLine[],
  keepTechnical: boolean,
): StandardLine[] {
  if (from === "COPY") return base.map((l) => ({ code: l.code, requiredLevel: l.requiredLevel as StandardLine["requiredLevel"], importance: l.importance }));
  const technical = keepTechnical ? base.filter((l) => l.kind === "TECHNICAL").map((l) => l.code) : [];
  return defaultStandard(type, technical);
}

/** Behaviour indicators as typed in a text area: one per line, trimmed, empty lines dropped. */
export function indicatorLines(text: string): string[] {
  return text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
}

/** A competency code as stored: upper case, no spaces ("t.01 " → "T.01"). */
export function normaliseCode(code: string): string {
  return code.trim().toUpperCase().replace(/\s+/g, "");
}

/** Codes an agency may choose: letters, digits, dots and dashes, starting with a letter (T.01, PEM-02). */
export const CODE_PATTERN = /^[A-Z][A-Z0-9.\-]{0,19}$/;

/** Codes reserved for the locked national competencies (M.01–M.08, SK.01 …): an agency's own may not look like them. */
export function isReservedCode(code: string): boolean {
  return /^(M|SK)\.\d+$/.test(code);
}

/** Where a competency is in use, by what; empty when it may be removed. */
export type CompetencyUse = { standards: number; programs: number; results: number };
export const isInUse = (use: CompetencyUse) => use.standards + use.programs + use.results > 0;

/** yyyy-mm-dd of a calendar date (stored as UTC midnight). */
export const isoDay = (d: Date) => d.toISOString().slice(0, 10);
