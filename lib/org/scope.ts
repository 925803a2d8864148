import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { accessFor, type Permission } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/load-viewer";

// The units a viewer may see or change for a permission: the whole agency ("any") or an operator's own units and
// everything below them ("unit"). The same scope as a Prisma `where` and as SQL over "OrgUnit" u, like
// lib/auth/scope.ts does for employees. Null when the viewer may see no unit.

export function unitScope(viewer: Viewer, permission: Permission): Prisma.OrgUnitWhereInput | null {
  const access = accessFor(viewer.roles, permission);
  if (access.includes("any")) return { agencyId: viewer.agencyId };
  if (access.includes("unit") && viewer.operatorUnits.length) {
    return { agencyId: viewer.agencyId, OR: viewer.operatorUnits.map((u) => ({ path: { startsWith: u.path } })) };
  }
  return null;
}

/** The same scope as SQL over the alias `u`. */
export function unitScopeSql(viewer: Viewer, permission: Permission): Prisma.Sql | null {
  const access = accessFor(viewer.roles, permission);
  const agency = Prisma.sql`u."agencyId" = ${viewer.agencyId}::uuid`;
  if (access.includes("any")) return agency;
  if (access.includes("unit") && viewer.operatorUnits.length) {
    const paths = Prisma.join(viewer.operatorUnits.map((o) => Prisma.sql`u.path LIKE ${`${o.path}%`}`), " OR ");
    return Prisma.sql`${agency} AND (${paths})`;
  }
  return null;
}

/** Whether the viewer sees the whole agency's organisation (an admin) rather than a subtree (an operator). */
export const seesWholeAgency = (viewer: Viewer, permission: Permission) => accessFor(viewer.roles, permission).includes("any");
