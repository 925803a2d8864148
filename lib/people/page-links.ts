// Which ledger pages the employee page links to: "Koreksi JP" (/admin/pegawai/[id]/koreksi-jp) and "Catat diklat
// eksternal" (/admin/pegawai/[id]/diklat-eksternal/baru), each shown to whoever holds its page's permission.
import { hasPermission, type Role } from "@/lib/auth/permissions";

export function ledgerLinksFor(roles: readonly Role[]): { correction: boolean; external: boolean } {
  return {
    correction: hasPermission(roles, "correct:ledger"),
    external: hasPermission(roles, "record:external-training-on-behalf"),
  };
}
