// Pure rules of competency standards (PermenPANRB 38/2017). The levels here are defaults an agency
// starts from; each position's own standard (PositionCompetency rows) is what counts afterwards.
import type { AssessmentSource, Importance, PositionType } from "@/lib/generated/prisma/enums";

export const LEVELS = [1, 2, 3, 4, 5] as const;
export type Level = (typeof LEVELS)[number];

/**
 * Required managerial level by position type. Structural levels come from DOMAIN.md; functional
 * positions follow their grade (published mappings disagree, so agencies adjust per position).
 */
export const DEFAULT_MANAGERIAL_LEVEL: Record<PositionType, Level> = {
  JPT_UTAMA: 5,
  JPT_MADYA: 5,
  JPT_PRATAMA: 4,
  ADMINISTRATOR: 3,
  PENGAWAS: 2,
  PELAKSANA: 1,
  FUNGSIONAL_AHLI_UTAMA: 4,
  FUNGSIONAL_AHLI_MADYA: 3,
  FUNGSIONAL_AHLI_MUDA: 2,
  FUNGSIONAL_AHLI_PERTAMA: 1,
  FUNGSIONAL_PENYELIA: 2,
  FUNGSIONAL_MAHIR: 1,
  FUNGSIONAL_TERAMPIL: 1,
  FUNGSIONAL_PEMULA: 1,
};

export const MANAGERIAL_CODES = ["M.01", "M.02", "M.03", "M.04", "M.05", "M.06", "M.07", "M.08"] as const;
export const SOCIOCULTURAL_CODE = "SK.01";

/** Technical competencies are held one level above the managerial default, capped at 5. */
export function defaultTechnicalLevel(type: PositionType): Level {
  return Math.min(5, DEFAULT_MANAGERIAL_LEVEL[type] + 1) as Level;
}

export type StandardLine = { code: string; requiredLevel: Level; importance: Importance };

/**
 * A default position standard: all managerial competencies and Perekat Bangsa at the type's level
 * (Integritas is essential), the unit's main technical competency as essential and any others as
 * important, and government competencies for regional-government leadership positions.
 */
export function defaultStandard(
  type: PositionType,
  technicalCodes: readonly string[],
  governmentCodes: readonly string[] = [],
): StandardLine[] {
  const level = DEFAULT_MANAGERIAL_LEVEL[type];
  const lines: StandardLine[] = MANAGERIAL_CODES.map((code) => ({
    code,
    requiredLevel: level,
    importance: code === "M.01" ? "MUTLAK" : "PENTING",
  }));
  lines.push({ code: SOCIOCULTURAL_CODE, requiredLevel: level, importance: "PENTING" });
  technicalCodes.forEach((code, i) =>
    lines.push({ code, requiredLevel: defaultTechnicalLevel(type), importance: i === 0 ? "MUTLAK" : "PERLU" }),
  );
  for (const code of governmentCodes) lines.push({ code, requiredLevel: level, importance: "PENTING" });
  return lines;
}

// ---------------------------------------------------------------------------------------------------------------
// Levels, gaps, job-person match and training needs (issue 14; decision 0028). Dates are calendar dates (UTC
// midnight, @db.Date). competency_current_levels, position_standard_on and competency_gaps in the migration
// 20261205170000_competency_profiles say the same in SQL; tests/integration/competency-sql.test.ts keeps them equal.

/** The sources of a recorded level, most trusted first (the enum's order in the database, too). */
export const SOURCE_TRUST: readonly AssessmentSource[] = ["ASSESSMENT_CENTRE", "UJI_KOMPETENSI", "MULTI_RATER", "SUPERVISOR", "SELF"];

/** How many years a result of each source stays valid, counted from its date. */
export type ValidityYears = Record<AssessmentSource, number>;
export const DEFAULT_VALIDITY: ValidityYears = { ASSESSMENT_CENTRE: 3, UJI_KOMPETENSI: 3, MULTI_RATER: 1, SUPERVISOR: 1, SELF: 1 };

export type RecordedResult = {
  id: string;
  competencyId: string;
  level: number;
  assessedOn: Date;
  source: AssessmentSource;
  recordedAt: Date;
  withdrawnAt: Date | null;
};
export type CurrentLevel = { level: number; source: AssessmentSource; resultId: string; assessedOn: Date; validUntil: Date };

const DAY_MS = 86_400_000;
/** A date as a whole day number, so a time of day (or none) never moves a boundary. */
const dayOf = (d: Date) => Math.floor(d.getTime() / DAY_MS);

/**
 * The first day a result is no longer valid: the same calendar day N years after its date. A 29 February result
 * lands on 28 February of a common year (as PostgreSQL's date + interval does), so it lapses one day early rather
 * than one day late.
 */
export function validUntil(r: Pick<RecordedResult, "assessedOn" | "source">, validity: ValidityYears): Date {
  const year = r.assessedOn.getUTCFullYear() + validity[r.source];
  const month = r.assessedOn.getUTCMonth();
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(r.assessedOn.getUTCDate(), lastDay)));
}

/** Valid on D: not withdrawn, and assessedOn ≤ D < validUntil. A result expiring on D is not valid on D. */
export function isValidOn(r: RecordedResult, on: Date, validity: ValidityYears): boolean {
  if (r.withdrawnAt) return false;
  const day = dayOf(on);
  return dayOf(r.assessedOn) <= day && day < dayOf(validUntil(r, validity));
}

/** Which of two valid results of one source counts: the later date, then the later recording, then the larger id. */
function later(a: RecordedResult, b: RecordedResult): RecordedResult {
  const byDay = dayOf(a.assessedOn) - dayOf(b.assessedOn);
  if (byDay !== 0) return byDay > 0 ? a : b;
  const byRecording = a.recordedAt.getTime() - b.recordedAt.getTime();
  if (byRecording !== 0) return byRecording > 0 ? a : b;
  return a.id > b.id ? a : b;
}

/**
 * The current level of each competency on D (results of one person): the most trusted source with a valid result,
 * then that source's latest valid result. A competency with no valid result is absent: not assessed, never 0.
 */
export function currentLevels(results: readonly RecordedResult[], on: Date, validity: ValidityYears): Map<string, CurrentLevel> {
  const best = new Map<string, RecordedResult>();
  for (const r of results) {
    if (!isValidOn(r, on, validity)) continue;
    const held = best.get(r.competencyId);
    if (!held) best.set(r.competencyId, r);
    else {
      const trust = SOURCE_TRUST.indexOf(r.source) - SOURCE_TRUST.indexOf(held.source);
      if (trust < 0) best.set(r.competencyId, r);
      else if (trust === 0) best.set(r.competencyId, later(r, held));
    }
  }
  const levels = new Map<string, CurrentLevel>();
  for (const [competencyId, r] of best) {
    levels.set(competencyId, { level: r.level, source: r.source, resultId: r.id, assessedOn: r.assessedOn, validUntil: validUntil(r, validity) });
  }
  return levels;
}

export type RequiredLine = { competencyId: string; code: string; requiredLevel: number; importance: Importance };
export type LineGap = RequiredLine & { current: CurrentLevel | null; gap: number | null; surplus: number | null };

/** Each line of a standard against the current levels: gap max(0, required − current), surplus apart; null when not assessed. */
export function gapsAgainst(standard: readonly RequiredLine[], levels: ReadonlyMap<string, CurrentLevel>): LineGap[] {
  return standard.map((line) => {
    const current = levels.get(line.competencyId) ?? null;
    if (!current) return { ...line, current: null, gap: null, surplus: null };
    return { ...line, current, gap: Math.max(0, line.requiredLevel - current.level), surplus: Math.max(0, current.level - line.requiredLevel) };
  });
}

export type Jpm = { percent: number | null; metSum: number; requiredSum: number; notAssessed: number; complete: boolean };

/**
 * Job-person match: Σ min(current, required) ÷ Σ required × 100 over the assessed lines, rounded half up to one
 * decimal (so a surplus never offsets a gap). Null when no line is assessed; incomplete while any line is not.
 */
export function jobPersonMatch(gaps: readonly LineGap[]): Jpm {
  let metSum = 0;
  let requiredSum = 0;
  let notAssessed = 0;
  for (const line of gaps) {
    if (!line.current) notAssessed += 1;
    else {
      metSum += Math.min(line.current.level, line.requiredLevel);
      requiredSum += line.requiredLevel;
    }
  }
  // In tenths, from integers: 1 ÷ 80 is 1.25 % exactly and shows as 1.3, with no floating-point drift.
  const percent = requiredSum > 0 ? Math.round((metSum * 1000) / requiredSum) / 10 : null;
  return { percent, metSum, requiredSum, notAssessed, complete: notAssessed === 0 };
}

export type JpmBands = { highPct: number; midPct: number; highName: string; midName: string; lowName: string };
export const DEFAULT_JPM_BANDS: JpmBands = { highPct: 90, midPct: 78, highName: "Optimal", midName: "Cukup optimal", lowName: "Kurang optimal" };

/** The band of a (rounded, as shown) JPM: at or above highPct, at or above midPct, else low. */
export function jpmBand(percent: number, bands: JpmBands): { key: "HIGH" | "MID" | "LOW"; name: string } {
  if (percent >= bands.highPct) return { key: "HIGH", name: bands.highName };
  if (percent >= bands.midPct) return { key: "MID", name: bands.midName };
  return { key: "LOW", name: bands.lowName };
}

export type NeedWeighting = { byImportance: boolean; MUTLAK: number; PENTING: number; PERLU: number };
export const DEFAULT_WEIGHTING: NeedWeighting = { byImportance: false, MUTLAK: 3, PENTING: 2, PERLU: 1 };

/** 1, unless the agency weights needs by the standard's importance. */
export function needWeight(importance: Importance, weighting: NeedWeighting): number {
  return weighting.byImportance ? weighting[importance] : 1;
}

export type NeedPerson = { employeeId: string; unitId: string; competencyId: string; code: string; targetLevel: number; gap: number; importance: Importance };
export type TrainingNeed = { competencyId: string; code: string; targetLevel: number; people: number; unitIds: string[]; priority: number };

/**
 * Training needs: one per (competency, target level = the required level), priority Σ gap × weight over its
 * people. Ranked by priority, then more people, then competency code, then level. Rows without a gap are no need.
 */
export function rankNeeds(rows: readonly NeedPerson[], weighting: NeedWeighting): TrainingNeed[] {
  const groups = new Map<string, { need: TrainingNeed; people: Set<string>; units: Set<string> }>();
  for (const row of rows) {
    if (row.gap <= 0) continue;
    const key = `${row.competencyId}:${row.targetLevel}`;
    let group = groups.get(key);
    if (!group) {
      group = { need: { competencyId: row.competencyId, code: row.code, targetLevel: row.targetLevel, people: 0, unitIds: [], priority: 0 }, people: new Set(), units: new Set() };
      groups.set(key, group);
    }
    group.need.priority += row.gap * needWeight(row.importance, weighting);
    group.people.add(row.employeeId);
    group.units.add(row.unitId);
  }
  const needs = [...groups.values()].map(({ need, people, units }) => ({ ...need, people: people.size, unitIds: [...units].sort() }));
  const ordinal = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return needs.sort((a, b) => b.priority - a.priority || b.people - a.people || ordinal(a.code, b.code) || a.targetLevel - b.targetLevel);
}

/** The version of a standard in force on D: the latest effectiveFrom on or before D; null before the first one. */
export function versionInForce<T extends { effectiveFrom: Date }>(versions: readonly T[], on: Date): T | null {
  let found: T | null = null;
  for (const v of versions) {
    if (dayOf(v.effectiveFrom) > dayOf(on)) continue;
    if (!found || dayOf(v.effectiveFrom) > dayOf(found.effectiveFrom)) found = v;
  }
  return found;
}
