// Pure assembly of one ASN's competency profile against one standard: which result gives each line its level (the
// rules API decides), the other results behind it, the gap, surplus and job-person match, and what the holder still
// lacks (mandatory training) or could take (programs covering a gap). No I/O: lib/competency/profile.ts loads.
import type { CompetencyKind, Importance } from "@/lib/generated/prisma/enums";
import {
  currentLevels, gapsAgainst, jobPersonMatch, jpmBand, validUntil,
  type CurrentLevel, type Jpm, type JpmBands, type RecordedResult, type RequiredLine, type ValidityYears,
} from "./profile-deps";

export type ProfileResult = RecordedResult & {
  code: string; assessorName: string; documentNumber: string | null; withdrawnReason: string | null;
};
export type ResultView = ProfileResult & { validUntil: Date; status: "CURRENT" | "VALID" | "EXPIRED" | "WITHDRAWN" | "FUTURE" };
export type StandardLineInput = RequiredLine & { name: string; kind: CompetencyKind };
export type Evidence = { programId: string; programTitle: string; competencyId: string; targetLevel: number; date: Date; certificateNumber: string | null };
export type ProfileLine = StandardLineInput & {
  current: CurrentLevel | null; gap: number | null; surplus: number | null;
  /** Every other result of this competency (less trusted, older, expired, withdrawn), newest first. */
  others: ResultView[];
  evidence: Evidence[];
};
export type StandardProfile = { lines: ProfileLine[]; jpm: Jpm; band: { key: "HIGH" | "MID" | "LOW"; name: string } | null };

/** How a result stands on a date next to the one that counts. */
export function resultStatus(r: RecordedResult, on: Date, validity: ValidityYears, currentId: string | null): ResultView["status"] {
  if (r.withdrawnAt) return "WITHDRAWN";
  if (r.id === currentId) return "CURRENT";
  if (r.assessedOn.getTime() > on.getTime()) return "FUTURE";
  return on.getTime() < validUntil(r, validity).getTime() ? "VALID" : "EXPIRED";
}

const newestFirst = (a: ProfileResult, b: ProfileResult) => b.assessedOn.getTime() - a.assessedOn.getTime() || b.recordedAt.getTime() - a.recordedAt.getTime();

/** The profile against one standard on a date. Evidence is shown per line; it never changes a level. */
export function profileAgainst(
  standard: readonly StandardLineInput[], results: readonly ProfileResult[], evidence: readonly Evidence[],
  on: Date, validity: ValidityYears, bands: JpmBands,
): StandardProfile {
  const levels = currentLevels(results, on, validity);
  const gaps = gapsAgainst(standard, levels);
  const lines = standard.map((line, i): ProfileLine => {
    const g = gaps[i]!;
    const currentId = g.current?.resultId ?? null;
    const others = results.filter((r) => r.competencyId === line.competencyId && r.id !== currentId).sort(newestFirst)
      .map((r) => ({ ...r, validUntil: validUntil(r, validity), status: resultStatus(r, on, validity, currentId) }));
    return { ...line, current: g.current, gap: g.gap, surplus: g.surplus, others, evidence: evidence.filter((e) => e.competencyId === line.competencyId) };
  });
  const jpm = jobPersonMatch(gaps);
  return { lines, jpm, band: jpm.percent === null ? null : jpmBand(jpm.percent, bands) };
}

export type TrainingRequirement = { id: string; description: string; importance: Importance; programId: string | null; programTitle: string | null };

/** The standard's TRAINING requirements naming a catalog program the holder has not completed. */
export function missingTrainings(requirements: readonly TrainingRequirement[], completedProgramIds: ReadonlySet<string>): TrainingRequirement[] {
  return requirements.filter((r) => r.programId !== null && !completedProgramIds.has(r.programId));
}

export type CoveringProgram = { programId: string; title: string; competencyId: string; targetLevel: number; openBatches: { id: string; number: number; startDate: Date; registrationClosesAt: Date }[] };
export type Recommendation = CoveringProgram & { code: string; requiredLevel: number };

/**
 * Programs that cover a line with a gap (their target level at or above the required one), those with a batch open
 * for registration first, then by competency code and title.
 */
export function recommendedPrograms(lines: readonly Pick<ProfileLine, "competencyId" | "code" | "requiredLevel" | "gap">[], programs: readonly CoveringProgram[]): Recommendation[] {
  const out: Recommendation[] = [];
  for (const line of lines) {
    if (!line.gap) continue;
    for (const p of programs) {
      if (p.competencyId === line.competencyId && p.targetLevel >= line.requiredLevel) out.push({ ...p, code: line.code, requiredLevel: line.requiredLevel });
    }
  }
  return out.sort((a, b) => Number(b.openBatches.length > 0) - Number(a.openBatches.length > 0) || a.code.localeCompare(b.code) || a.title.localeCompare(b.title));
}


/** The day a profile is read on: `?tanggal=YYYY-MM-DD` when it is a real date, else today. */
export function profileDate(param: string | undefined, today: Date): Date {
  if (!param || !/^\d{4}-\d{2}-\d{2}$/.test(param)) return today;
  const d = new Date(`${param}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== param ? today : d;
}
