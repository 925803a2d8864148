// Which ledger pages the employee page links to (issue 13): "Koreksi JP" (/admin/pegawai/[id]/koreksi-jp) for
// admins, "Catat diklat eksternal" (/admin/pegawai/[id]/diklat-eksternal/baru) for admins and operators. Those
// pages and their permissions ("correct:ledger", "record:external-training-on-behalf") are built on another
// branch; until they meet this one the links follow the roles those permissions are granted to. One place to
// switch to hasPermission once both are merged. The pages check their own permission whatever the link says.
import { MANAGER_ROLES, type Role } from "@/lib/auth/permissions";

export function ledgerLinksFor(roles: readonly Role[]): { correction: boolean; external: boolean } {
  return {
    correction: roles.includes("ADMIN"),
    external: roles.some((r) => MANAGER_ROLES.includes(r)),
  };
}
