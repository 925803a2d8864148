import "server-only";
// TEMPORARY stand-in, until helper "rules" merges lib/competency/settings.ts (loadCompetencySettings) and
// lib/competency/rules.ts (jpmBand): the agency's JPM bands, read from its CompetencySettings row (defaults when
// absent), and the band of a percentage. Replace both with the shared ones after the merge; same API shape.
import { db } from "@/lib/db";

export type JpmBands = { highPct: number; midPct: number; highName: string; midName: string; lowName: string };
export type JpmBandKey = "HIGH" | "MID" | "LOW";

export async function loadJpmBands(agencyId: string): Promise<JpmBands> {
  const row = await db.competencySettings.findUnique({ where: { agencyId } });
  return {
    highPct: row?.jpmHighPct ?? 90,
    midPct: row?.jpmMidPct ?? 78,
    highName: row?.jpmHighName ?? "Optimal",
    midName: row?.jpmMidName ?? "Cukup optimal",
    lowName: row?.jpmLowName ?? "Kurang optimal",
  };
}

export function bandOf(percent: number, bands: JpmBands): { key: JpmBandKey; name: string } {
  if (percent >= bands.highPct) return { key: "HIGH", name: bands.highName };
  if (percent >= bands.midPct) return { key: "MID", name: bands.midName };
  return { key: "LOW", name: bands.lowName };
}
