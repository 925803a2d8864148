import type { compRulesId } from "./comp-rules.id";
import type { Widen } from "./widen";

export const compRulesEn: Widen<typeof compRulesId> = {
  sources: {
    ASSESSMENT_CENTRE: "Assessment centre",
    UJI_KOMPETENSI: "Competency test",
    MULTI_RATER: "360-degree rating",
    SUPERVISOR: "Supervisor rating",
    SELF: "Self-rating",
  },
  bands: { HIGH: "High", MID: "Medium", LOW: "Low" },
  importance: { MUTLAK: "Essential", PENTING: "Very important", PERLU: "Important" },
  notAssessed: "Not assessed",
  settings: {
    title: "Competency settings",
    subtitle: "The rules behind your agency's competency map, ASN profiles and training needs analysis.",
    defaults: "Never saved: the defaults apply.",
    validity: {
      title: "How long an assessment result stays valid",
      explain:
        "A result counts from its date for a number of years set per source. On its expiry date it no longer counts. When several sources have a valid result, the most trusted source (in the order below) is used, then its latest result.",
      years: "years",
      hint: "1–10 years",
    },
    jpm: {
      title: "Job-person match (JPM) bands",
      explain:
        "JPM = the levels reached (each at most the required level) divided by the required levels × 100, over the competencies assessed. A JPM at or above a threshold falls in that band.",
      high: "Highest band",
      mid: "Middle band",
      low: "Lowest band",
      name: "Band name",
      from: "From (%)",
      lowRange: "Below the middle band's threshold",
    },
    weighting: {
      title: "Training need priority weights",
      explain:
        "A need's priority = the sum of the gaps of all its ASN. When switched on, each gap is multiplied by the weight of the competency's importance in the position standard.",
      toggle: "Weight by importance (Mutlak, Penting, Perlu)",
      off: "When unticked, every gap weighs 1 (counts the same).",
      weight: "Weight {importance}",
    },
    save: "Save settings",
    saving: "Saving…",
    saved: "Competency settings saved. The next calculations use the new rules.",
  },
  errors: {
    validityAssessmentCentre: "Assessment centre validity must be a whole number of 1–10 years.",
    validityUjiKompetensi: "Competency test validity must be a whole number of 1–10 years.",
    validityMultiRater: "360-degree rating validity must be a whole number of 1–10 years.",
    validitySupervisor: "Supervisor rating validity must be a whole number of 1–10 years.",
    validitySelf: "Self-rating validity must be a whole number of 1–10 years.",
    jpmHighPct: "The highest band's threshold must be a whole number 2–100 (%).",
    jpmMidPct: "The middle band's threshold must be a whole number 1–99 (%).",
    bandsOrder: "The middle band's threshold must be below the highest band's.",
    jpmHighName: "The highest band needs a name (at most 40 characters).",
    jpmMidName: "The middle band needs a name (at most 40 characters).",
    jpmLowName: "The lowest band needs a name (at most 40 characters).",
    weightMutlak: "The Mutlak weight must be a positive whole number (1–100).",
    weightPenting: "The Penting weight must be a positive whole number (1–100).",
    weightPerlu: "The Perlu weight must be a positive whole number (1–100).",
  },
};
