// TEMPORARY STAND-IN for the rules API of issue 14 (lib/competency/rules.ts and lib/competency/settings.ts, owned by
// helper "rules", not merged when the profile was written). It follows the agreed signatures exactly. When "rules"
// lands, replace this whole file with:
//   export { SOURCE_TRUST, currentLevels, gapsAgainst, jobPersonMatch, jpmBand, validUntil } from "./rules";
//   export type { CurrentLevel, JpmBands, LineGap, Jpm, RecordedResult, RequiredLine, ValidityYears } from "./rules";
//   export { loadCompetencySettings } from "./settings";
// Everything in the profile imports these names from here only.
import type { AssessmentSource, Importance } from "@/lib/generated/prisma/enums";

export const SOURCE_TRUST: readonly AssessmentSource[] = ["ASSESSMENT_CENTRE", "UJI_KOMPETENSI", "MULTI_RATER", "SUPERVISOR", "SELF"];
export type ValidityYears = Record<AssessmentSource, number>;
const DEFAULT_VALIDITY: ValidityYears = { ASSESSMENT_CENTRE: 3, UJI_KOMPETENSI: 3, MULTI_RATER: 1, SUPERVISOR: 1, SELF: 1 };
export type RecordedResult = { id: string; competencyId: string; level: number; assessedOn: Date; source: AssessmentSource; recordedAt: Date; withdrawnAt: Date | null };
export type CurrentLevel = { level: number; source: AssessmentSource; resultId: string; assessedOn: Date; validUntil: Date };

export function validUntil(r: Pick<RecordedResult, "assessedOn" | "source">, validity: ValidityYears): Date {
  const d = new Date(r.assessedOn);
  d.setUTCFullYear(d.getUTCFullYear() + validity[r.source]);
  return d;
}

function isValidOn(r: RecordedResult, on: Date, validity: ValidityYears): boolean {
  return !r.withdrawnAt && r.assessedOn.getTime() <= on.getTime() && on.getTime() < validUntil(r, validity).getTime();
}

export function currentLevels(results: readonly RecordedResult[], on: Date, validity: ValidityYears): Map<string, CurrentLevel> {
  const best = new Map<string, RecordedResult>();
  const rank = (s: AssessmentSource) => SOURCE_TRUST.indexOf(s);
  for (const r of results) {
    if (!isValidOn(r, on, validity)) continue;
    const b = best.get(r.competencyId);
    const better = !b || rank(r.source) < rank(b.source) || (rank(r.source) === rank(b.source)
      && (r.assessedOn > b.assessedOn || (r.assessedOn.getTime() === b.assessedOn.getTime() && r.recordedAt > b.recordedAt)));
    if (better) best.set(r.competencyId, r);
  }
  return new Map([...best].map(([id, r]) => [id, { level: r.level, source: r.source, resultId: r.id, assessedOn: r.assessedOn, validUntil: validUntil(r, validity) }]));
}

export type RequiredLine = { competencyId: string; code: string; requiredLevel: number; importance: Importance };
export type LineGap = RequiredLine & { current: CurrentLevel | null; gap: number | null; surplus: number | null };

export function gapsAgainst(standard: readonly RequiredLine[], levels: ReadonlyMap<string, CurrentLevel>): LineGap[] {
  return standard.map((line) => {
    const current = levels.get(line.competencyId) ?? null;
    return {
      ...line, current,
      gap: current ? Math.max(0, line.requiredLevel - current.level) : null,
      surplus: current ? Math.max(0, current.level - line.requiredLevel) : null,
    };
  });
}

export type Jpm = { percent: number | null; metSum: number; requiredSum: number; notAssessed: number; complete: boolean };

export function jobPersonMatch(gaps: readonly LineGap[]): Jpm {
  let metSum = 0, requiredSum = 0, notAssessed = 0;
  for (const g of gaps) {
    if (!g.current) { notAssessed++; continue; }
    metSum += Math.min(g.current.level, g.requiredLevel);
    requiredSum += g.requiredLevel;
  }
  const percent = requiredSum ? Math.round((metSum / requiredSum) * 1000) / 10 : null;
  return { percent, metSum, requiredSum, notAssessed, complete: notAssessed === 0 };
}

export type JpmBands = { highPct: number; midPct: number; highName: string; midName: string; lowName: string };

export function jpmBand(percent: number, bands: JpmBands): { key: "HIGH" | "MID" | "LOW"; name: string } {
  if (percent >= bands.highPct) return { key: "HIGH", name: bands.highName };
  if (percent >= bands.midPct) return { key: "MID", name: bands.midName };
  return { key: "LOW", name: bands.lowName };
}

/** Stand-in for lib/competency/settings.ts: the agency's row, or the defaults. */
export async function loadCompetencySettings(agencyId: string): Promise<{ validity: ValidityYears; bands: JpmBands }> {
  const { db } = await import("@/lib/db");
  const s = await db.competencySettings.findUnique({ where: { agencyId } });
  if (!s) return { validity: DEFAULT_VALIDITY, bands: { highPct: 90, midPct: 78, highName: "Optimal", midName: "Cukup optimal", lowName: "Kurang optimal" } };
  return {
    validity: { ASSESSMENT_CENTRE: s.validityAssessmentCentre, UJI_KOMPETENSI: s.validityUjiKompetensi, MULTI_RATER: s.validityMultiRater, SUPERVISOR: s.validitySupervisor, SELF: s.validitySelf },
    bands: { highPct: s.jpmHighPct, midPct: s.jpmMidPct, highName: s.jpmHighName, midName: s.jpmMidName, lowName: s.jpmLowName },
  };
}
