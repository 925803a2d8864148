import "server-only";
import { cache } from "react";
import { Prisma } from "@/lib/generated/prisma/client";
import { db, type Tx } from "@/lib/db";
import { accessFor, type Permission } from "./permissions";
import type { Viewer } from "./load-viewer";

export type TeamMember = { id: string; depth: number };

async function readTeam(client: Tx | typeof db, employeeId: string, transitive: boolean): Promise<TeamMember[]> {
  const maxDepth = transitive ? 20 : 1;
  return client.$queryRaw<TeamMember[]>`
    WITH RECURSIVE team AS (
      SELECT id, 1 AS depth FROM "Employee" WHERE "supervisorId" = ${employeeId}::uuid
      UNION ALL
      SELECT e.id, t.depth + 1 FROM "Employee" e JOIN team t ON e."supervisorId" = t.id WHERE t.depth < ${maxDepth}
    )
    SELECT id::text AS id, min(depth)::int AS depth FROM team GROUP BY id`;
}

// Once per page render: the approvals page's two lists each start from the team scope, and read it once.
// Outside a render (an action, a job, a test) React's cache calls through every time.
const teamOfThisRender = cache((employeeId: string, transitive: boolean) => readTeam(db, employeeId, transitive));

/**
 * The viewer's staff: direct reports (depth 1) and, if the agency allows, everyone below them. In a transaction
 * (`client`), always read afresh on it.
 */
export function teamOf(employeeId: string, transitive: boolean, client: Tx | typeof db = db): Promise<TeamMember[]> {
  return client === db ? teamOfThisRender(employeeId, transitive) : readTeam(client, employeeId, transitive);
}

/**
 * The employees the viewer may act on for a permission, as a Prisma filter; null when none.
 * Every employee query and mutation starts from this, so another agency's or unit's id finds nothing.
 */
export async function employeeScope(
  viewer: Viewer,
  permission: Permission,
  client: Tx | typeof db = db,
): Promise<Prisma.EmployeeWhereInput | null> {
  const alternatives: Prisma.EmployeeWhereInput[] = [];
  for (const access of accessFor(viewer.roles, permission)) {
    if (access === "any") return { agencyId: viewer.agencyId };
    if (access === "unit") {
      for (const unit of viewer.operatorUnits) alternatives.push({ unit: { path: { startsWith: unit.path } } });
    }
    if (access === "team" && viewer.employeeId) {
      const team = await teamOf(viewer.employeeId, viewer.supervisorSeesIndirect, client);
      if (team.length) alternatives.push({ id: { in: team.map((m) => m.id) } });
    }
    if (access === "own" && viewer.employeeId) alternatives.push({ id: viewer.employeeId });
  }
  if (!alternatives.length) return null;
  return { agencyId: viewer.agencyId, OR: alternatives };
}

/**
 * The same scope as `employeeScope`, as a SQL condition over `e` ("Employee") and `u` (its "OrgUnit"), for
 * aggregates written in SQL. Null when the viewer may see nobody. `agencyWide` tells callers they may skip
 * per-employee joins.
 */
export async function employeeScopeSql(
  viewer: Viewer,
  permission: Permission,
  client: Tx | typeof db = db,
): Promise<{ where: Prisma.Sql; agencyWide: boolean } | null> {
  const alternatives: Prisma.Sql[] = [];
  for (const access of accessFor(viewer.roles, permission)) {
    if (access === "any") return { where: Prisma.sql`e."agencyId" = ${viewer.agencyId}::uuid`, agencyWide: true };
    if (access === "unit") {
      for (const unit of viewer.operatorUnits) alternatives.push(Prisma.sql`u.path LIKE ${`${unit.path}%`}`);
    }
    if (access === "team" && viewer.employeeId) {
      const team = await teamOf(viewer.employeeId, viewer.supervisorSeesIndirect, client);
      if (team.length) alternatives.push(Prisma.sql`e.id = ANY(${team.map((m) => m.id)}::uuid[])`);
    }
    if (access === "own" && viewer.employeeId) alternatives.push(Prisma.sql`e.id = ${viewer.employeeId}::uuid`);
  }
  if (!alternatives.length) return null;
  return {
    where: Prisma.sql`e."agencyId" = ${viewer.agencyId}::uuid AND (${Prisma.join(alternatives, " OR ")})`,
    agencyWide: false,
  };
}
