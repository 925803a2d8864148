import type { CompetencyKind } from "@/lib/generated/prisma/enums";

// The competency kinds in the order pages list them (managerial, socio-cultural, government, technical), and a
// safe reader of the `?jenis=` filter. No server-only imports: components use it too.
export const COMPETENCY_KINDS = ["MANAGERIAL", "SOCIOCULTURAL", "GOVERNMENT", "TECHNICAL"] as const satisfies readonly CompetencyKind[];
export const KIND_ORDER: Record<CompetencyKind, number> = { MANAGERIAL: 0, SOCIOCULTURAL: 1, GOVERNMENT: 2, TECHNICAL: 3 };

export function kindParam(raw: string | string[] | undefined): CompetencyKind | undefined {
  const value = Array.isArray(raw) ? raw[0] : raw;
  return (COMPETENCY_KINDS as readonly string[]).includes(value ?? "") ? (value as CompetencyKind) : undefined;
}
