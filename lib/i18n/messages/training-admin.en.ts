import type { trainingAdminId } from "./training-admin.id";
import type { Widen } from "./widen";

export const trainingAdminEn: Widen<typeof trainingAdminId> = {
  title: "Training",
};
