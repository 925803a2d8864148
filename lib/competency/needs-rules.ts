// Pure ranking of training needs from AGGREGATED gap rows (decision 0032). The SQL groups the gaps by
// (competency, required level, importance, unit) and returns Σ gap and the number of people per group, so the
// page stays fast at 100,000 ASN; this file folds those groups into needs (competency, target level) and ranks
// them exactly as `rankNeeds` in rules.ts ranks the same people one by one (tests/unit/competency-needs-rules.test.ts
// checks the two agree). Each ASN holds one position, so one standard line per competency: a person is in exactly
// one group per competency, and the sums are the per-person sums.
import type { Importance } from "@/lib/generated/prisma/enums";
import { needWeight, type NeedWeighting } from "./rules";

export type { NeedWeighting } from "./rules";
/** The weight of one unit of gap: 1 unless the agency weights by the standard line's importance. */
export const importanceWeight = needWeight;

export type NeedGroup = {
  competencyId: string;
  code: string;
  /** The required level of the standard line: the level a program must reach to close the gap. */
  targetLevel: number;
  importance: Importance;
  unitId: string;
  /** Σ (required − current) over the group's people, only people with a known gap > 0. */
  gapSum: number;
  people: number;
};

export type RankedNeed = {
  competencyId: string;
  code: string;
  targetLevel: number;
  people: number;
  gapSum: number;
  unitIds: string[];
  /** Σ over the people of gap × weight. */
  priority: number;
};

/** Priority desc, then more people, then competency code, then target level (as rankNeeds). */
export function compareNeeds(a: RankedNeed, b: RankedNeed): number {
  return b.priority - a.priority || b.people - a.people || a.code.localeCompare(b.code) || a.targetLevel - b.targetLevel;
}

export function rankNeedGroups(groups: readonly NeedGroup[], weighting: NeedWeighting): RankedNeed[] {
  const needs = new Map<string, RankedNeed & { units: Set<string> }>();
  for (const g of groups) {
    if (g.gapSum <= 0 || g.people <= 0) continue;
    const key = `${g.competencyId}:${g.targetLevel}`;
    const need = needs.get(key) ?? { competencyId: g.competencyId, code: g.code, targetLevel: g.targetLevel, people: 0, gapSum: 0, unitIds: [], priority: 0, units: new Set<string>() };
    need.people += g.people;
    need.gapSum += g.gapSum;
    need.priority += g.gapSum * importanceWeight(g.importance, weighting);
    need.units.add(g.unitId);
    needs.set(key, need);
  }
  return [...needs.values()]
    .map(({ units, ...need }) => ({ ...need, unitIds: [...units].sort() }))
    .sort(compareNeeds);
}

export type CoveringProgram = { programId: string; competencyId: string; targetLevel: number };

/** The catalog programs that cover a need: the program's level for the competency at or above the needed level. */
export function coversNeed(program: CoveringProgram, need: Pick<RankedNeed, "competencyId" | "targetLevel">): boolean {
  return program.competencyId === need.competencyId && program.targetLevel >= need.targetLevel;
}

/** "Pelatihan M.02 level 3": the title the new-program form is prefilled with. */
export function suggestedProgramTitle(need: { code: string; name: string; targetLevel: number }): string {
  return `Pelatihan ${need.name} (${need.code}) level ${need.targetLevel}`;
}

type Raw = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() ?? "";

/** The query string of "Buat program dari kebutuhan ini", for the new-program form. */
export function programPrefillQuery(need: { competencyId: string; code: string; name: string; targetLevel: number }): string {
  return new URLSearchParams({ kompetensi: need.competencyId, level: String(need.targetLevel), judul: suggestedProgramTitle(need) }).toString();
}

/** Reads that query string back; anything unknown (another agency's competency, a bad level) is ignored. */
export function programPrefill(raw: Raw, competencyIds: readonly string[]): { title: string; competencies: { competencyId: string; targetLevel: number }[] } | undefined {
  const competencyId = first(raw.kompetensi);
  const level = Number(first(raw.level));
  if (!competencyIds.includes(competencyId) || !Number.isInteger(level) || level < 1 || level > 5) return undefined;
  return { title: first(raw.judul).slice(0, 200), competencies: [{ competencyId, targetLevel: level }] };
}
