// Permissions as data: each role grants `action:entity:access` strings.
// Access widens from own (the viewer's own record) to team (their staff), unit (an OPD operator's
// unit and its sub-units) and any (the whole agency). The tenant boundary (agencyId) always applies.

export const ROLES = ["ADMIN", "OPERATOR", "SUPERVISOR", "ASN", "TRAINER", "PLAN_APPROVER"] as const;
export type Role = (typeof ROLES)[number];

export const ACCESS = ["own", "team", "unit", "any"] as const;
export type Access = (typeof ACCESS)[number];

export type Permission =
  | "read:employee"
  | "update:employee-contact"
  | "update:employee-supervisor"
  | "read:agency-dashboard"
  | "read:audit-log"
  | "manage:program"
  | "read:catalog"
  | "register:enrolment"
  | "nominate:enrolment"
  | "decide:enrolment-supervisor"
  | "decide:enrolment-agency"
  | "withdraw:enrolment"
  | "read:enrolment"
  | "record:attendance"
  | "read:notification"
  | "submit:external-training"
  | "read:external-training"
  | "verify:external-training"
  | "read:compliance"
  | "manage:policy"
  | "close:year"
  | "read:certificate"
  | "revoke:certificate"
  | "manage:question-set"
  | "answer:reaction"
  | "read:evaluation"
  | "give:feedback"
  | "manage:feedback"
  | "record:learning"
  | "record:results"
  | "read:team"
  | "read:teaching"
  | "import:records"
  | "correct:ledger"
  | "record:external-training-on-behalf"
  | "manage:employee"
  | "reinstate:employee"
  | "read:organisation"
  | "manage:organisation"
  | "manage:account"
  | "grant:role"
  | "change:password"
  // Issue 14: competency dictionary, standards and settings; recorded levels (an admin's import and withdrawal, a
  // supervisor's rating of staff, an ASN's self-rating); profiles; gap analysis and training needs; career target.
  | "manage:competency"
  | "record:assessment"
  | "read:competency-profile"
  | "read:competency-gap"
  | "choose:career-target"
  // Issue 15: the annual plan. manage = draft lines and versions, open the proposal window, decide proposals, link
  // batches and record realised budget; approve = set a submitted version (PLAN_APPROVER, given by an admin);
  // propose = an OPD operator's proposals for their unit; read = the plan, its versions and plan against actual.
  | "manage:plan"
  | "approve:plan"
  | "propose:plan"
  | "read:plan";

type Grant = `${Permission}:${Access}`;

export const ROLE_GRANTS: Record<Role, readonly Grant[]> = {
  ADMIN: [
    "read:employee:any",
    "update:employee-supervisor:any",
    "read:agency-dashboard:any",
    "read:audit-log:any",
    "manage:program:any",
    "read:catalog:any",
    "register:enrolment:any",
    "decide:enrolment-agency:any",
    "withdraw:enrolment:any",
    "read:enrolment:any",
    "record:attendance:any",
    "read:notification:own",
    "read:external-training:any",
    "verify:external-training:any",
    "read:compliance:any",
    "manage:policy:any",
    "close:year:any",
    "read:certificate:any",
    "revoke:certificate:any",
    "manage:question-set:any",
    "read:evaluation:any",
    "give:feedback:any",
    "manage:feedback:any",
    "record:learning:any",
    "record:results:any",
    "import:records:any",
    "correct:ledger:any",
    "record:external-training-on-behalf:any",
    "manage:employee:any",
    "reinstate:employee:any",
    "read:organisation:any",
    "manage:organisation:any",
    "manage:account:any",
    "grant:role:any",
    "change:password:own",
    "manage:competency:any",
    "record:assessment:any",
    "read:competency-profile:any",
    "read:competency-gap:any",
    "manage:plan:any",
    "read:plan:any",
  ],
  OPERATOR: [
    "read:employee:unit",
    "update:employee-supervisor:unit",
    "read:catalog:any",
    "nominate:enrolment:unit",
    "read:enrolment:unit",
    "read:notification:own",
    "read:external-training:unit",
    "verify:external-training:unit",
    "read:compliance:unit",
    "record:external-training-on-behalf:unit",
    "manage:employee:unit",
    "read:organisation:unit",
    // ASN accounts of the operator's unit subtree only: create, reset, deactivate (never roles; lib/accounts/rules.ts).
    "manage:account:unit",
    "change:password:own",
    "read:audit-log:unit",
    "read:competency-profile:unit",
    "read:competency-gap:unit",
    "propose:plan:unit",
  ],
  SUPERVISOR: [
    "read:employee:team",
    "decide:enrolment-supervisor:team",
    "read:enrolment:team",
    "read:notification:own",
    "read:external-training:team",
    "read:compliance:team",
    "give:feedback:team",
    "read:team:team",
    "change:password:own",
    "record:assessment:team",
    "read:competency-profile:team",
    "read:competency-gap:team",
  ],
  ASN: [
    "read:employee:own",
    "update:employee-contact:own",
    "read:catalog:any",
    "register:enrolment:own",
    "withdraw:enrolment:own",
    "read:enrolment:own",
    "read:notification:own",
    "submit:external-training:own",
    "read:external-training:own",
    "read:compliance:own",
    "read:certificate:own",
    "answer:reaction:own",
    "change:password:own",
    "record:assessment:own",
    "read:competency-profile:own",
    "choose:career-target:own",
  ],
  // A trainer records attendance only for batches they teach in (checked against the rundown).
  TRAINER: ["read:catalog:any", "record:attendance:own", "read:notification:own", "read:teaching:own", "change:password:own"],
  // The PPK or head of the BKPP: sets the plan an admin submits. Usually held beside ADMIN or by the head's own account.
  PLAN_APPROVER: ["approve:plan:any", "read:plan:any", "read:notification:own", "change:password:own"],
};

/** The access levels the given roles grant for one permission, widest first. */
export function accessFor(roles: readonly Role[], permission: Permission): Access[] {
  const granted = new Set<Access>();
  for (const role of roles) {
    for (const grant of ROLE_GRANTS[role]) {
      const access = grant.slice(permission.length + 1) as Access;
      if (grant.startsWith(`${permission}:`) && ACCESS.includes(access)) granted.add(access);
    }
  }
  return [...ACCESS].reverse().filter((a) => granted.has(a));
}

export function hasPermission(roles: readonly Role[], permission: Permission): boolean {
  return accessFor(roles, permission).length > 0;
}

/** Where each role lands after signing in; the first role in this order wins. */
export const HOME_BY_ROLE: readonly [Role, string][] = [
  ["ADMIN", "/admin"],
  ["OPERATOR", "/admin/pegawai"],
  ["SUPERVISOR", "/tim"],
  ["TRAINER", "/mengajar"],
  ["PLAN_APPROVER", "/admin/rencana"],
  ["ASN", "/beranda"],
];

export function homeFor(roles: readonly Role[]): string {
  return HOME_BY_ROLE.find(([role]) => roles.includes(role))?.[1] ?? "/beranda";
}

/** The roles whose views cover a scope of the agency (ADMIN: all of it; OPERATOR: their unit subtree). */
export const MANAGER_ROLES: readonly Role[] = ["ADMIN", "OPERATOR"];

/**
 * The viewer as an admin or operator only: an agency-level page or export shows an operator's unit, not also
 * the operator's own record as an ASN or their staff as a supervisor. With neither role, the scope is empty.
 */
export function asManager<V extends { roles: Role[] }>(viewer: V): V {
  return { ...viewer, roles: viewer.roles.filter((r) => MANAGER_ROLES.includes(r)) };
}
