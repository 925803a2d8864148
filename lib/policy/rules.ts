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

export function policyOrDefault(saved: Partial<Policy> | null | undefined): Policy {
  if (!saved) return { ...DEFAULT_POLICY, jpSessionKinds: [...DEFAULT_POLICY.jpSessionKinds] };
  const given = Object.fromEntries(Object.entries(saved).filter(([, value]) => value !== undefined)) as Partial<Policy>;
  return {
    ...DEFAULT_POLICY,
    ...given,
    jpSessionKinds: saved.jpSessionKinds?.length ? saved.jpSessionKinds : DEFAULT_POLICY.jpSessionKinds,
  };
}
