import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { accessFor } from "@/lib/auth/permissions";
import { employeeScope } from "@/lib/auth/scope";
import type { Viewer } from "@/lib/auth/load-viewer";
import type { db, Tx } from "@/lib/db";

/**
 * The accounts the viewer may manage, as a Prisma filter on User; null when none. An admin: every account of the
 * agency (also those without an employee record, such as an admin's own). An operator: the accounts of employees
 * in their unit subtree. Which of those an operator may actually change is narrowed by operatorMayManage.
 */
export async function accountScope(viewer: Viewer, client?: Tx | typeof db): Promise<Prisma.UserWhereInput | null> {
  const access = accessFor(viewer.roles, "manage:account");
  if (access.includes("any")) return { agencyId: viewer.agencyId };
  const employees = await employeeScope(viewer, "manage:account", client);
  return employees ? { agencyId: viewer.agencyId, employee: employees } : null;
}

/** Whether the viewer manages accounts agency-wide (an admin) rather than within units. */
export const managesWholeAgency = (viewer: Viewer) => accessFor(viewer.roles, "manage:account").includes("any");
