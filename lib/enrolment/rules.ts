// Pure rules of registration, approval and completion.
import type { BatchStatus, EnrolmentStatus, PositionType } from "@/lib/generated/prisma/enums";

export type RegistrationProblem =
  | "notOpen"
  | "windowNotStarted"
  | "windowClosed"
  | "positionType"
  | "unit"
  | "duplicate"
  | "clash"
  | "quota"
  | "inactive";

export type Candidate = { positionType: PositionType; unitPath: string; inService: boolean };
export type ProgramEligibility = { eligibleTypes: readonly PositionType[]; eligibleUnitPaths: readonly string[] };
export type DateRange = { startDate: Date; endDate: Date };

/** Every eligibility rule the candidate fails, in the order they are told. Empty lists mean "everyone"; a unit rule admits the unit's whole subtree. */
export function eligibilityProblems(candidate: Candidate, program: ProgramEligibility): RegistrationProblem[] {
  if (!candidate.inService) return ["inactive"];
  const problems: RegistrationProblem[] = [];
  if (program.eligibleTypes.length && !program.eligibleTypes.includes(candidate.positionType)) problems.push("positionType");
  if (program.eligibleUnitPaths.length && !program.eligibleUnitPaths.some((p) => candidate.unitPath.startsWith(p))) problems.push("unit");
  return problems;
}

/** The first eligibility rule the candidate fails, or null. */
export function eligibilityProblem(candidate: Candidate, program: ProgramEligibility): RegistrationProblem | null {
  return eligibilityProblems(candidate, program)[0] ?? null;
}

export function windowProblem(
  batch: { status: BatchStatus; registrationOpensAt: Date; registrationClosesAt: Date },
  now: Date,
): RegistrationProblem | null {
  if (batch.status !== "OPEN") return "notOpen";
  if (now < batch.registrationOpensAt) return "windowNotStarted";
  if (now > batch.registrationClosesAt) return "windowClosed";
  return null;
}

/**
 * A batch entered after the fact (issue 13: an agency that starts mid-year brings its earlier training in): its
 * last day is before today. Such a batch is judged on its own dates, not today's: who was still in service, in
 * which unit and position, on its first day (eligibilityDay), and clashes with the other batches on its days.
 * The start of service is not checked (nor is it for a batch to come): the demo data, like imported TMT dates,
 * enrols some people in training before their recorded start.
 */
export function isPastBatch(batch: DateRange, today: Date): boolean {
  return batch.endDate < today;
}

/** The day registration rules judge a person on: the batch's first day for a past batch, otherwise today. */
export function eligibilityDay(batch: DateRange, today: Date): Date {
  return isPastBatch(batch, today) ? batch.startDate : today;
}

/** Two batches clash when their days overlap (both ends inclusive). */
export function overlaps(a: DateRange, b: DateRange): boolean {
  return a.startDate <= b.endDate && b.startDate <= a.endDate;
}

export function firstClash<T extends DateRange>(batch: DateRange, confirmedElsewhere: readonly T[]): T | null {
  return confirmedElsewhere.find((other) => overlaps(batch, other)) ?? null;
}

/** The quota a seat counts against: the nearest quota unit at or above the ASN's unit. */
export function quotaUnitFor(unitPath: string, quotas: readonly { unitId: string; path: string }[]): string | null {
  const matching = quotas.filter((q) => unitPath.startsWith(q.path)).sort((a, b) => b.path.length - a.path.length);
  return matching[0]?.unitId ?? null;
}

/** Registrations that still hold or wait for a seat; anything else may register again. */
export const ACTIVE_STATUSES: readonly EnrolmentStatus[] = ["PENDING_SUPERVISOR", "PENDING_AGENCY", "CONFIRMED", "WAITLISTED"];

export function isActive(status: EnrolmentStatus): boolean {
  return ACTIVE_STATUSES.includes(status);
}

export type SeatState = { capacity: number; confirmed: number; quota: { seats: number; confirmed: number } | null };

/** Whether one more confirmed seat fits the batch and, if the seat counts against one, its unit's quota. */
export function seatAvailable(state: SeatState): boolean {
  if (state.confirmed >= state.capacity) return false;
  return !state.quota || state.quota.confirmed < state.quota.seats;
}

/** Completed when the learning minutes attended reach the threshold share of those actually held. */
export function hasCompleted(attendedMinutes: number, heldMinutes: number, thresholdPct: number): boolean {
  if (heldMinutes <= 0) return false;
  return attendedMinutes * 100 >= heldMinutes * thresholdPct;
}

// Judging one registration. The registration command (registration.ts) and the program page both ask
// judgeRegistration, so what the page shows before "Daftar" is what the command decides after it.

/** The rules an agency admin may set aside with a written reason. Capacity is never one: no more confirmed
 *  seats than capacity, ever (DOMAIN.md). Nor is a window, a duplicate, a clash or someone out of service. */
export type OverridableRule = "positionType" | "unit" | "quota";
export const OVERRIDABLE_RULES: readonly OverridableRule[] = ["positionType", "unit", "quota"];
export const isOverridable = (problem: RegistrationProblem | null): problem is OverridableRule =>
  OVERRIDABLE_RULES.includes(problem as OverridableRule);

/** A batch's quota for one unit (and its subtree): seats, and how many of them are confirmed. */
export type QuotaFact = { unitId: string; path: string; seats: number; confirmed: number };

export type RegistrationFacts = {
  /** The window's problem (windowProblem), or null when registration is open (or the window does not apply). */
  window: RegistrationProblem | null;
  candidate: Candidate;
  program: ProgramEligibility;
  hasActiveRegistration: boolean;
  hasClash: boolean;
  quotas: readonly QuotaFact[];
  /** An admin's override with a reason: the overridable rules are set aside (and reported), the others hold. */
  override?: boolean;
};

export type RegistrationVerdict = {
  problem: RegistrationProblem | null;
  /** The quota the seat counts against; null when the batch has none or the quota was overridden. */
  quotaUnitId: string | null;
  overridden: OverridableRule[];
};

/**
 * Whether a registration may be made, checked in the order the refusal is told: window, eligibility, duplicate,
 * clash, quota. A unit without a quota is refused; a full unit quota is not (the registration waits for a seat),
 * unless overridden, when the seat counts against the batch's capacity only.
 */
export function judgeRegistration(facts: RegistrationFacts): RegistrationVerdict {
  const overridden: OverridableRule[] = [];
  const refuse = (problem: RegistrationProblem): RegistrationVerdict => ({ problem, quotaUnitId: null, overridden: [] });
  if (facts.window) return refuse(facts.window);
  for (const problem of eligibilityProblems(facts.candidate, facts.program)) {
    if (!(facts.override && isOverridable(problem))) return refuse(problem);
    overridden.push(problem);
  }
  if (facts.hasActiveRegistration) return refuse("duplicate");
  if (facts.hasClash) return refuse("clash");
  if (!facts.quotas.length) return { problem: null, quotaUnitId: null, overridden };
  const unitId = quotaUnitFor(facts.candidate.unitPath, facts.quotas);
  const quota = facts.quotas.find((q) => q.unitId === unitId);
  if (!quota) return facts.override ? { problem: null, quotaUnitId: null, overridden: [...overridden, "quota"] } : refuse("quota");
  if (facts.override && quota.confirmed >= quota.seats) return { problem: null, quotaUnitId: null, overridden: [...overridden, "quota"] };
  return { problem: null, quotaUnitId: quota.unitId, overridden };
}

/** Seats left for the viewer: in their unit's quota when the batch has quotas and one covers them, else in the batch. */
export type SeatsLeft = { scope: "unit" | "batch"; left: number; of: number };

export type RegistrationOutlook = { mayRegister: boolean; problem: RegistrationProblem | null; seats: SeatsLeft };

/**
 * What the program page shows before "Daftar": judgeRegistration on the viewer's own facts, and the seats left
 * where their seat would count. A full quota or batch still lets them register: they join the waiting list.
 */
export function registrationOutlook(facts: Omit<RegistrationFacts, "override">, batch: { capacity: number; confirmed: number }): RegistrationOutlook {
  const verdict = judgeRegistration(facts);
  const batchLeft = Math.max(0, batch.capacity - batch.confirmed);
  const quota = facts.quotas.find((q) => q.unitId === quotaUnitFor(facts.candidate.unitPath, facts.quotas));
  // A unit's seats are also bounded by the batch's: a quota never outgrows the capacity left.
  const seats: SeatsLeft = quota
    ? { scope: "unit", left: Math.min(batchLeft, Math.max(0, quota.seats - quota.confirmed)), of: quota.seats }
    : { scope: "batch", left: batchLeft, of: batch.capacity };
  return { mayRegister: verdict.problem === null, problem: verdict.problem, seats };
}

/**
 * The hint on a catalog card: the reason, if any, that is about the viewer alone (eligibility, a unit without
 * a quota), by judgeRegistration. The window, duplicates and clashes are left to the program page.
 */
export function viewerProblem(candidate: Candidate, program: ProgramEligibility, quotaPaths: readonly string[]): RegistrationProblem | null {
  // Only which units hold a quota matters here (a full quota is not a refusal), so seats are left at zero.
  const quotas = quotaPaths.map((path) => ({ unitId: path, path, seats: 0, confirmed: 0 }));
  return judgeRegistration({ window: null, candidate, program, hasActiveRegistration: false, hasClash: false, quotas }).problem;
}
