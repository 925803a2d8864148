import "server-only";
import { cached, cacheTags } from "@/lib/cache";
import { db, type Tx } from "@/lib/db";
import type { CompetencySettings as SettingsRow } from "@/lib/generated/prisma/client";
import { DEFAULT_JPM_BANDS, DEFAULT_VALIDITY, DEFAULT_WEIGHTING, type JpmBands, type NeedWeighting, type ValidityYears } from "./rules";
import type { CompetencySettingsInput } from "./settings-schema";

/** An agency's competency rules: how long each source's result is valid, its JPM bands, its need weighting. */
export type CompetencySettings = { validity: ValidityYears; bands: JpmBands; weighting: NeedWeighting };

export const DEFAULT_COMPETENCY_SETTINGS: CompetencySettings = { validity: DEFAULT_VALIDITY, bands: DEFAULT_JPM_BANDS, weighting: DEFAULT_WEIGHTING };

type Columns = Omit<SettingsRow, "agencyId" | "updatedAt">;

/** The settings a row holds; no row: the defaults (the same as the table's column defaults and the SQL's coalesce). */
export function settingsFromRow(row: Columns | null): CompetencySettings {
  if (!row) return DEFAULT_COMPETENCY_SETTINGS;
  return {
    validity: {
      ASSESSMENT_CENTRE: row.validityAssessmentCentre, UJI_KOMPETENSI: row.validityUjiKompetensi, MULTI_RATER: row.validityMultiRater,
      SUPERVISOR: row.validitySupervisor, SELF: row.validitySelf,
    },
    bands: { highPct: row.jpmHighPct, midPct: row.jpmMidPct, highName: row.jpmHighName, midName: row.jpmMidName, lowName: row.jpmLowName },
    weighting: { byImportance: row.weightByImportance, MUTLAK: row.weightMutlak, PENTING: row.weightPenting, PERLU: row.weightPerlu },
  };
}

/** The settings as the form's (and the table's) flat fields. */
export function settingsAsFields(s: CompetencySettings): CompetencySettingsInput {
  return {
    validityAssessmentCentre: s.validity.ASSESSMENT_CENTRE, validityUjiKompetensi: s.validity.UJI_KOMPETENSI, validityMultiRater: s.validity.MULTI_RATER,
    validitySupervisor: s.validity.SUPERVISOR, validitySelf: s.validity.SELF,
    jpmHighPct: s.bands.highPct, jpmMidPct: s.bands.midPct, jpmHighName: s.bands.highName, jpmMidName: s.bands.midName, jpmLowName: s.bands.lowName,
    weightByImportance: s.weighting.byImportance, weightMutlak: s.weighting.MUTLAK, weightPenting: s.weighting.PENTING, weightPerlu: s.weighting.PERLU,
  };
}

/**
 * The agency's competency settings, or the defaults when it never saved any. Read through the shared cache under the
 * agency's competency tag (saveCompetencySettings drops it in every worker when it commits); a transaction passed
 * as `client` always reads its own view.
 */
export async function loadCompetencySettings(agencyId: string, client: Tx | typeof db = db): Promise<CompetencySettings> {
  const load = async () => settingsFromRow(await client.competencySettings.findUnique({ where: { agencyId } }));
  if (client !== db) return load();
  return cached({ key: `competency.settings:${agencyId}`, tags: [cacheTags.competency(agencyId)] }, load);
}

/** Whether the agency has saved its own settings (the page says when the defaults apply). */
export async function hasSavedCompetencySettings(agencyId: string): Promise<boolean> {
  return (await db.competencySettings.count({ where: { agencyId } })) > 0;
}
