import type { trainingTeamId } from "./training-team.id";
import type { Widen } from "./widen";

export const trainingTeamEn: Widen<typeof trainingTeamId> = {
  approvalsTitle: "Training approvals",
};
