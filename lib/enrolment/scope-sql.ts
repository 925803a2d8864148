import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { accessFor, type Permission } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/load-viewer";

/**
 * Whether ONE employee (`employeeSql`, a uuid expression) is within the viewer's scope for a permission, as a
 * SQL condition to put inside the statement that reads the row: the same scope as employeeScope of lib/auth/scope.ts
 * (agency; any / unit subtree / team / own), without its separate team query. The team is checked upwards, along
 * the employee's chain of supervisors: within reach when the viewer is on it at most 1 (direct reports only) or
 * 20 (the agency lets supervisors see indirect staff) steps up, as teamOf walks down. Null when nobody is in scope.
 */
export function employeeInScopeSql(viewer: Viewer, permission: Permission, employeeSql: Prisma.Sql): Prisma.Sql | null {
  const inAgency = Prisma.sql`EXISTS (SELECT 1 FROM "Employee" se WHERE se.id = ${employeeSql} AND se."agencyId" = ${viewer.agencyId}::uuid)`;
  const alternatives: Prisma.Sql[] = [];
  for (const access of accessFor(viewer.roles, permission)) {
    if (access === "any") return inAgency;
    if (access === "unit") {
      for (const unit of viewer.operatorUnits) {
        alternatives.push(Prisma.sql`EXISTS (SELECT 1 FROM "Employee" ue JOIN "OrgUnit" uu ON uu.id = ue."unitId" WHERE ue.id = ${employeeSql} AND uu.path LIKE ${`${unit.path}%`})`);
      }
    }
    if (access === "team" && viewer.employeeId) {
      const maxDepth = viewer.supervisorSeesIndirect ? 20 : 1;
      alternatives.push(Prisma.sql`EXISTS (
        WITH RECURSIVE chain AS (
          SELECT ce."supervisorId" AS id, 1 AS depth FROM "Employee" ce WHERE ce.id = ${employeeSql}
          UNION ALL
          SELECT up."supervisorId", chain.depth + 1 FROM "Employee" up JOIN chain ON up.id = chain.id WHERE chain.depth < ${maxDepth}
        )
        SELECT 1 FROM chain WHERE chain.id = ${viewer.employeeId}::uuid)`);
    }
    if (access === "own" && viewer.employeeId) alternatives.push(Prisma.sql`${employeeSql} = ${viewer.employeeId}::uuid`);
  }
  if (!alternatives.length) return null;
  return Prisma.sql`(${inAgency} AND (${Prisma.join(alternatives, " OR ")}))`;
}
