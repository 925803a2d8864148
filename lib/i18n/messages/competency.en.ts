import type { Widen } from "./widen";
import type { competencyId } from "./competency.id";

export const competencyEn: Widen<typeof competencyId> = {
  nav: {
    section: "Competencies",
    heatmap: "Competency map",
    positions: "Competencies by position",
    needs: "Training needs",
    dictionary: "Competency dictionary",
    settings: "Competency settings",
    team: "Team competencies",
    mine: "My competencies",
  },
};
