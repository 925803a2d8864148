// Pure rules of competency standards (PermenPANRB 38/2017). The levels here are defaults an agency
// starts from; each position's own standard (PositionCompetency rows) is what counts afterwards.
import type { Importance, PositionType } from "@/lib/generated/prisma/enums";

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
