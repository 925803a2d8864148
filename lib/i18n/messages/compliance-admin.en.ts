import type { Widen } from "./widen";
import type { complianceAdminId } from "./compliance-admin.id";

export const complianceAdminEn: Widen<typeof complianceAdminId> = {
  title: "",
};
