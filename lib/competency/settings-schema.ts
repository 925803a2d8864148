import { z } from "zod";
import { boundedString } from "@/lib/validation";

// The competency settings form, shared by the page (client) and the command. One field per CompetencySettings
// column; each message is a catalog key naming its field (lib/i18n/messages/comp-rules.*.ts, compRules.errors).

const E = "compRules.errors";

const wholeNumber = (min: number, max: number, message: string) =>
  z.preprocess(
    (v) => (typeof v === "string" ? (v.trim() === "" || v.length > 16 ? NaN : Number(v)) : v),
    z.number(message).int(message).min(min, message).max(max, message),
  );
const bandName = (message: string) => boundedString(40, message, message).min(1, message);
const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());

export const competencySettingsSchema = z
  .object({
    validityAssessmentCentre: wholeNumber(1, 10, `${E}.validityAssessmentCentre`),
    validityUjiKompetensi: wholeNumber(1, 10, `${E}.validityUjiKompetensi`),
    validityMultiRater: wholeNumber(1, 10, `${E}.validityMultiRater`),
    validitySupervisor: wholeNumber(1, 10, `${E}.validitySupervisor`),
    validitySelf: wholeNumber(1, 10, `${E}.validitySelf`),
    jpmHighPct: wholeNumber(2, 100, `${E}.jpmHighPct`),
    jpmMidPct: wholeNumber(1, 99, `${E}.jpmMidPct`),
    jpmHighName: bandName(`${E}.jpmHighName`),
    jpmMidName: bandName(`${E}.jpmMidName`),
    jpmLowName: bandName(`${E}.jpmLowName`),
    weightByImportance: checkbox,
    weightMutlak: wholeNumber(1, 100, `${E}.weightMutlak`),
    weightPenting: wholeNumber(1, 100, `${E}.weightPenting`),
    weightPerlu: wholeNumber(1, 100, `${E}.weightPerlu`),
  })
  // 0 < middle < highest ≤ 100: the database's CompetencySettings_bands_ordered says the same.
  .refine((s) => s.jpmMidPct < s.jpmHighPct, { path: ["jpmMidPct"], message: `${E}.bandsOrder` });

export type CompetencySettingsInput = z.infer<typeof competencySettingsSchema>;
