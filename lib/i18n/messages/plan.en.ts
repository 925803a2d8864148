import type { planId } from "./plan.id";
import type { Widen } from "./widen";

export const planEn: Widen<typeof planId> = {
  nav: {
    section: "Development plan",
    plans: "Annual plans",
    proposals: "OPD proposals",
  },
};
