// Position types as people choose them: a group (JPT Utama … Pelaksana, or Fungsional) and, for a functional
// position, its level. The database keeps one enum value (FUNGSIONAL_AHLI_MUDA); these rules split and join it.
// Pure: shared by the form (client) and the commands (server).
import type { PositionType } from "@/lib/generated/prisma/enums";

export const STRUCTURAL_GROUPS = ["JPT_UTAMA", "JPT_MADYA", "JPT_PRATAMA", "ADMINISTRATOR", "PENGAWAS", "PELAKSANA"] as const;
export const FUNCTIONAL = "FUNGSIONAL" as const;
export const POSITION_GROUPS = [...STRUCTURAL_GROUPS, FUNCTIONAL] as const;
export type PositionGroup = (typeof POSITION_GROUPS)[number];

/** Functional levels, highest first: the expert track (Ahli) then the skilled track (Keterampilan). */
export const FUNCTIONAL_LEVELS = ["AHLI_UTAMA", "AHLI_MADYA", "AHLI_MUDA", "AHLI_PERTAMA", "PENYELIA", "MAHIR", "TERAMPIL", "PEMULA"] as const;
export type FunctionalLevel = (typeof FUNCTIONAL_LEVELS)[number];

export function isPositionGroup(value: string): value is PositionGroup {
  return (POSITION_GROUPS as readonly string[]).includes(value);
}

export function isFunctionalLevel(value: string): value is FunctionalLevel {
  return (FUNCTIONAL_LEVELS as readonly string[]).includes(value);
}

/** FUNGSIONAL_AHLI_MUDA → { group: FUNGSIONAL, level: AHLI_MUDA }; PENGAWAS → { group: PENGAWAS, level: null }. */
export function splitPositionType(type: PositionType): { group: PositionGroup; level: FunctionalLevel | null } {
  if (type.startsWith(`${FUNCTIONAL}_`)) {
    const level = type.slice(FUNCTIONAL.length + 1);
    if (isFunctionalLevel(level)) return { group: FUNCTIONAL, level };
  }
  return { group: type as PositionGroup, level: null };
}

/** The enum value of a group and level; null when a functional position lacks its level. A structural one ignores it. */
export function joinPositionType(group: PositionGroup, level: FunctionalLevel | null | undefined): PositionType | null {
  if (group !== FUNCTIONAL) return group;
  return level ? (`${FUNCTIONAL}_${level}` as PositionType) : null;
}

/** Whether a type is a functional one. */
export const isFunctional = (type: PositionType) => splitPositionType(type).group === FUNCTIONAL;
