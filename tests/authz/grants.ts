// How the matrix states who may do something: per role, how far its reach goes (own < team, unit < any).
// The expected outcome for an actor on a record follows from the actor's roles and their relation to the record.
// Written per entry on purpose, apart from lib/auth/permissions.ts: the matrix checks the code, it does not copy it.
import type { Access, Role } from "@/lib/auth/permissions";

export type Grants = Partial<Record<Role, Access>>;

/** Every role, on its own records only: inboxes and the like. */
export const EVERY_ROLE_OWN: Grants = { ASN: "own", SUPERVISOR: "own", OPERATOR: "own", TRAINER: "own", ADMIN: "own", PLAN_APPROVER: "own" };

export type ActorShape = { roles: readonly Role[]; agencyId: string; employeeId: string | null; operatorUnits: { path: string }[] };
export type EmployeeShape = { id: string; agencyId: string; supervisorId: string | null; unitPath: string };

/** What links an actor to an employee's record: it is theirs, their staff's, in their unit, in their agency. */
export function relationsToEmployee(actor: ActorShape, employee: EmployeeShape): Set<Access> {
  const relations = new Set<Access>();
  if (actor.agencyId !== employee.agencyId) return relations;
  relations.add("any");
  if (actor.employeeId && actor.employeeId === employee.id) relations.add("own");
  if (actor.employeeId && actor.employeeId === employee.supervisorId) relations.add("team");
  if (actor.operatorUnits.some((u) => employee.unitPath.startsWith(u.path))) relations.add("unit");
  return relations;
}

/** An agency's own record (a batch, a program, a set), or an action on no record at all: any reach inside the agency will do. */
export function relationsToAgency(actor: ActorShape, agencyId: string): Set<Access> {
  return new Set<Access>(actor.agencyId === agencyId ? ["own", "team", "unit", "any"] : []);
}

export function isAllowed(grants: Grants, actor: ActorShape, relations: Set<Access>): boolean {
  return actor.roles.some((role) => {
    const access = grants[role];
    return access !== undefined && relations.has(access);
  });
}
