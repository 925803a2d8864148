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

/** Empty lists mean "everyone". A unit rule admits the unit's whole subtree. */
export function eligibilityProblem(candidate: Candidate, program: ProgramEligibility): RegistrationProblem | null {
  if (!candidate.inService) return "inactive";
  if (program.eligibleTypes.length && !program.eligibleTypes.includes(candidate.positionType)) return "positionType";
  if (program.eligibleUnitPaths.length && !program.eligibleUnitPaths.some((p) => candidate.unitPath.startsWith(p))) return "unit";
  return null;
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
