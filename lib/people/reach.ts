import "server-only";
// How far an admin's or operator's hand reaches over people (issue 13): ADMIN anywhere in the agency, OPERATOR in
// their unit subtree only, for the employee acted on AND for the unit a person is created in or moved to.
// Everyone else reaches nobody. Checked here, in the data layer, by every command of lib/people/admin-commands.ts
// and lib/people/inactivity-commands.ts, and by the pages that offer those commands.
import type { Viewer } from "@/lib/auth/load-viewer";
import { accessFor } from "@/lib/auth/permissions";
import { employeeScope } from "@/lib/auth/scope";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { calendarToday } from "@/lib/time";
import { isUuid } from "@/lib/uuid";

type Client = Tx | typeof db;

/** The employees the viewer may manage, as a Prisma filter; FORBIDDEN when none. */
export async function manageScope(viewer: Viewer, client: Client = db): Promise<Prisma.EmployeeWhereInput> {
  const scope = await employeeScope(viewer, "manage:employee", client);
  if (!scope) throw new AppError("FORBIDDEN", "common.forbidden");
  return scope;
}

/**
 * The employee (in the viewer's reach) with its row locked until the transaction ends, so two changes to one
 * person's history (a move and a move, two overlapping periods) are checked one after the other.
 * NOT_FOUND when out of reach: another unit's or agency's person looks like no one.
 */
export async function lockManagedEmployee(tx: Tx, viewer: Viewer, employeeId: string) {
  const scope = await manageScope(viewer, tx);
  const found = await tx.employee.findFirst({ where: { AND: [scope, { id: employeeId }] }, select: { id: true } });
  if (!found) throw new AppError("NOT_FOUND", "common.notFound");
  await tx.$executeRaw`SELECT 1 FROM "Employee" WHERE id = ${found.id}::uuid FOR UPDATE`;
  return tx.employee.findUniqueOrThrow({ where: { id: found.id } });
}

/** A unit the viewer may place people in (their agency; for an operator, inside their subtree), or null. */
export async function unitInReach(viewer: Viewer, unitId: string, client: Client = db) {
  if (!isUuid(unitId)) return null;
  const access = accessFor(viewer.roles, "manage:employee");
  if (!access.length) return null;
  const unit = await client.orgUnit.findFirst({
    where: { id: unitId, agencyId: viewer.agencyId },
    select: { id: true, name: true, path: true, closedOn: true },
  });
  if (!unit) return null;
  if (access.includes("any")) return unit;
  return viewer.operatorUnits.some((u) => unit.path.startsWith(u.path)) ? unit : null;
}

/** Whether the viewer may manage this employee (for pages: show or hide the forms). */
export async function mayManageEmployee(viewer: Viewer, employeeId: string): Promise<boolean> {
  if (!isUuid(employeeId)) return false;
  const scope = await employeeScope(viewer, "manage:employee");
  if (!scope) return false;
  return (await db.employee.count({ where: { AND: [scope, { id: employeeId }] } })) > 0;
}

/** Units and their positions the viewer may place people in, for the create and move forms; units closed by today left out. */
export async function placementOptions(viewer: Viewer) {
  const access = accessFor(viewer.roles, "manage:employee");
  if (!access.length) return [];
  const subtree = access.includes("any") ? {} : { OR: viewer.operatorUnits.map((u) => ({ path: { startsWith: u.path } })) };
  if (!access.includes("any") && !viewer.operatorUnits.length) return [];
  const units = await db.orgUnit.findMany({
    where: { agencyId: viewer.agencyId, AND: [{ OR: [{ closedOn: null }, { closedOn: { gt: calendarToday() } }] }, subtree] },
    select: { id: true, name: true, depth: true, positions: { select: { id: true, name: true, type: true }, orderBy: { name: "asc" } } },
    orderBy: { path: "asc" },
  });
  return units;
}
export type PlacementUnit = Awaited<ReturnType<typeof placementOptions>>[number];
