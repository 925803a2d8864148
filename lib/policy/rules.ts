// Per-agency, per-year policy. A year without a saved policy uses these defaults (DOMAIN.md).
import type { RouteCode, SessionKind } from "@/lib/generated/prisma/enums";

export type Policy = {
  targetJp: number;
  proRate: boolean;
  /** Empty means every route code counts. */
  countedRouteCodes: RouteCode[];
  completionThresholdPct: number;
  pppkCeilingJp: number | null;
  jpSessionKinds: SessionKind[];
};

export const DEFAULT_POLICY: Policy = {
  targetJp: 20,
  proRate: true,
  countedRouteCodes: [],
  completionThresholdPct: 80,
  pppkCeilingJp: null,
  jpSessionKinds: ["LEARNING"],
};

/**
 * Session kinds that are schedule only, whatever a policy says: meals and breaks (ISHOMA), travel, and the
 * opening, closing and ceremonies. They never count towards JP and never take attendance.
 */
export const SCHEDULE_ONLY_KINDS: readonly SessionKind[] = ["MEAL", "TRAVEL", "OPENING_CLOSING"];

/** The kinds a saved list may count: schedule-only kinds dropped; nothing left means the default (LEARNING). */
function learningKinds(saved: readonly SessionKind[] | undefined): SessionKind[] {
  const kept = (saved ?? []).filter((kind) => !SCHEDULE_ONLY_KINDS.includes(kind));
  return kept.length ? kept : [...DEFAULT_POLICY.jpSessionKinds];
}

export function policyOrDefault(saved: Partial<Policy> | null | undefined): Policy {
  if (!saved) return { ...DEFAULT_POLICY, jpSessionKinds: [...DEFAULT_POLICY.jpSessionKinds] };
  const given = Object.fromEntries(Object.entries(saved).filter(([, value]) => value !== undefined)) as Partial<Policy>;
  return { ...DEFAULT_POLICY, ...given, jpSessionKinds: learningKinds(saved.jpSessionKinds) };
}
