import type { trainingAsnId } from "./training-asn.id";
import type { Widen } from "./widen";

export const trainingAsnEn: Widen<typeof trainingAsnId> = {
  catalogTitle: "Training catalog",
};
