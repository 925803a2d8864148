// Pure ranking of a batch's eligible ASN by who needs the program most (issue 14 item 5; decision 0032).
// (a) the total gap in the program's competencies, per the person's own standard; a person with no known gap but
//     a program competency not assessed is "tidak diketahui" and comes after everyone with a known gap, and before
//     the people whose gaps are known to be zero (they may need it; those people do not);
// (b) then the fewest trainings completed this year; (c) then the furthest below their JP target; then the name.

export type NeedTier = "GAP" | "UNKNOWN" | "NONE";
const TIER_ORDER: Record<NeedTier, number> = { GAP: 0, UNKNOWN: 1, NONE: 2 };

export type CandidateFacts = {
  employeeId: string;
  name: string;
  /** Known gaps > 0 in the program's competencies that are in the person's standard, by code. */
  gaps: readonly { code: string; gap: number }[];
  /** Program competencies in the person's standard without a current level. */
  notAssessed: readonly string[];
  /** Completed enrolments of batches ending this year. */
  trainingsThisYear: number;
  /** max(0, JP target − JP credited) this year, in minutes (lib/compliance). */
  shortfallMinutes: number;
};

export type RankedCandidate<C extends CandidateFacts = CandidateFacts> = C & { tier: NeedTier; gapSum: number };

export function gapSum(c: Pick<CandidateFacts, "gaps">): number {
  return c.gaps.reduce((sum, g) => sum + g.gap, 0);
}

export function needTier(c: Pick<CandidateFacts, "gaps" | "notAssessed">): NeedTier {
  if (gapSum(c) > 0) return "GAP";
  return c.notAssessed.length ? "UNKNOWN" : "NONE";
}

export function compareCandidates(a: RankedCandidate, b: RankedCandidate): number {
  return (
    TIER_ORDER[a.tier] - TIER_ORDER[b.tier] ||
    b.gapSum - a.gapSum ||
    a.trainingsThisYear - b.trainingsThisYear ||
    b.shortfallMinutes - a.shortfallMinutes ||
    a.name.localeCompare(b.name, "id") ||
    a.employeeId.localeCompare(b.employeeId)
  );
}

export function rankCandidates<C extends CandidateFacts>(candidates: readonly C[]): RankedCandidate<C>[] {
  return candidates
    .map((c) => ({ ...c, tier: needTier(c), gapSum: gapSum(c) }))
    .sort(compareCandidates);
}

/** The reasons shown beside a person: what they lack, in the order the ranking weighs it. */
export type CandidateReason =
  | { kind: "gap"; gap: number; codes: string[] }
  | { kind: "unknown"; codes: string[] }
  | { kind: "noGap" };

export function needReason(c: RankedCandidate): CandidateReason {
  if (c.tier === "GAP") return { kind: "gap", gap: c.gapSum, codes: c.gaps.filter((g) => g.gap > 0).map((g) => g.code).sort() };
  if (c.tier === "UNKNOWN") return { kind: "unknown", codes: [...c.notAssessed].sort() };
  return { kind: "noGap" };
}
