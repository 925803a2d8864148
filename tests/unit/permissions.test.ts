import { describe, it, expect } from "vitest";
import {
  ACCESS,
  HOME_BY_ROLE,
  ROLES,
  ROLE_GRANTS,
  accessFor,
  hasPermission,
  homeFor,
  type Access,
  type Permission,
  type Role,
} from "@/lib/auth/permissions";

const PERMISSIONS: Permission[] = [
  "read:employee",
  "update:employee-contact",
  "update:employee-supervisor",
  "read:agency-dashboard",
  "read:audit-log",
  "manage:program",
  "read:catalog",
  "register:enrolment",
  "nominate:enrolment",
  "decide:enrolment-supervisor",
  "decide:enrolment-agency",
  "withdraw:enrolment",
  "read:enrolment",
  "record:attendance",
  "read:notification",
  "submit:external-training",
  "read:external-training",
  "verify:external-training",
  "read:compliance",
  "manage:policy",
  "close:year",
  "read:certificate",
  "revoke:certificate",
  "manage:question-set",
  "answer:reaction",
  "read:evaluation",
  "give:feedback",
  "manage:feedback",
  "record:learning",
  "record:results",
  "read:team",
  "read:teaching",
  "import:records",
  "correct:ledger",
  "record:external-training-on-behalf",
  "manage:employee",
  "reinstate:employee",
  "read:organisation",
  "manage:organisation",
  "manage:account",
  "grant:role",
  "change:password",
  "manage:competency",
  "record:assessment",
  "read:competency-profile",
  "read:competency-gap",
  "choose:career-target",
  "manage:plan",
  "approve:plan",
  "propose:plan",
  "read:plan",
];

const none = Object.fromEntries(PERMISSIONS.map((p) => [p, []])) as unknown as Record<Permission, Access[]>;

// The full single-role matrix: what each role grants for each permission.
const MATRIX: Record<Role, Record<Permission, Access[]>> = {
  ADMIN: {
    ...none,
    "read:notification": ["own"],
    "read:employee": ["any"],
    "update:employee-supervisor": ["any"],
    "read:agency-dashboard": ["any"],
    "read:audit-log": ["any"],
    "import:records": ["any"],
    "correct:ledger": ["any"],
    "record:external-training-on-behalf": ["any"],
    "manage:program": ["any"],
    "read:catalog": ["any"],
    "register:enrolment": ["any"],
    "decide:enrolment-agency": ["any"],
    "withdraw:enrolment": ["any"],
    "read:enrolment": ["any"],
    "record:attendance": ["any"],
    "read:external-training": ["any"],
    "verify:external-training": ["any"],
    "read:compliance": ["any"],
    "manage:policy": ["any"],
    "close:year": ["any"],
    "read:certificate": ["any"],
    "revoke:certificate": ["any"],
    "manage:question-set": ["any"],
    "read:evaluation": ["any"],
    "give:feedback": ["any"],
    "manage:feedback": ["any"],
    "record:learning": ["any"],
    "record:results": ["any"],
    "manage:employee": ["any"],
    "reinstate:employee": ["any"],
    "read:organisation": ["any"],
    "manage:organisation": ["any"],
    "manage:account": ["any"],
    "grant:role": ["any"],
    "change:password": ["own"],
    "manage:competency": ["any"],
    "record:assessment": ["any"],
    "read:competency-profile": ["any"],
    "read:competency-gap": ["any"],
    "manage:plan": ["any"],
    "read:plan": ["any"],
  },
  OPERATOR: {
    ...none,
    "read:notification": ["own"],
    "read:external-training": ["unit"],
    "verify:external-training": ["unit"],
    "read:compliance": ["unit"],
    "record:external-training-on-behalf": ["unit"],
    "read:employee": ["unit"],
    "update:employee-supervisor": ["unit"],
    "read:catalog": ["any"],
    "nominate:enrolment": ["unit"],
    "read:enrolment": ["unit"],
    "manage:employee": ["unit"],
    "read:organisation": ["unit"],
    "manage:account": ["unit"],
    "change:password": ["own"],
    "read:audit-log": ["unit"],
    "read:competency-profile": ["unit"],
    "read:competency-gap": ["unit"],
    "propose:plan": ["unit"],
  },
  SUPERVISOR: {
    ...none,
    "read:notification": ["own"],
    "read:employee": ["team"],
    "decide:enrolment-supervisor": ["team"],
    "read:enrolment": ["team"],
    "read:external-training": ["team"],
    "read:compliance": ["team"],
    "give:feedback": ["team"],
    "read:team": ["team"],
    "change:password": ["own"],
    "record:assessment": ["team"],
    "read:competency-profile": ["team"],
    "read:competency-gap": ["team"],
  },
  ASN: {
    ...none,
    "read:notification": ["own"],
    "read:employee": ["own"],
    "update:employee-contact": ["own"],
    "read:catalog": ["any"],
    "register:enrolment": ["own"],
    "withdraw:enrolment": ["own"],
    "read:enrolment": ["own"],
    "submit:external-training": ["own"],
    "read:external-training": ["own"],
    "read:compliance": ["own"],
    "read:certificate": ["own"],
    "answer:reaction": ["own"],
    "change:password": ["own"],
    "record:assessment": ["own"],
    "read:competency-profile": ["own"],
    "choose:career-target": ["own"],
  },
  TRAINER: {
    ...none,
    "read:notification": ["own"],
    "read:catalog": ["any"],
    "record:attendance": ["own"],
    "read:teaching": ["own"],
    "change:password": ["own"],
  },
  PLAN_APPROVER: {
    ...none,
    "approve:plan": ["any"],
    "read:plan": ["any"],
    "read:notification": ["own"],
    "change:password": ["own"],
  },
};

const singleRoleCases = ROLES.flatMap((role) => PERMISSIONS.map((permission) => [role, permission, MATRIX[role][permission]] as const));

describe("accessFor / hasPermission for a single role", () => {
  it.each(singleRoleCases)("%s × %s → %j", (role, permission, expected) => {
    expect(accessFor([role], permission)).toEqual(expected);
    expect(hasPermission([role], permission)).toBe(expected.length > 0);
  });

  it("ASN reads only their own employee record", () => {
    expect(accessFor(["ASN"], "read:employee")).toEqual(["own"]);
  });

  it("TRAINER only reads the catalog, their inbox and their teaching, records attendance for their own batches, and changes their own password", () => {
    const granted = PERMISSIONS.filter((permission) => hasPermission(["TRAINER"], permission));
    expect(granted).toEqual(["read:catalog", "record:attendance", "read:notification", "read:teaching", "change:password"]);
    expect(accessFor(["TRAINER"], "record:attendance")).toEqual(["own"]);
  });

  it("only PLAN_APPROVER approves the plan: an admin drafts and submits it, an operator proposes for their unit", () => {
    for (const role of ROLES) expect(accessFor([role], "approve:plan")).toEqual(role === "PLAN_APPROVER" ? ["any"] : []);
    expect(accessFor(["OPERATOR"], "manage:plan")).toEqual([]);
    expect(accessFor(["ADMIN", "PLAN_APPROVER"], "approve:plan")).toEqual(["any"]);
  });

  it("only ADMIN grants roles; operators manage accounts of their unit only; everyone changes only their own password", () => {
    for (const role of ROLES) {
      expect(accessFor([role], "grant:role")).toEqual(role === "ADMIN" ? ["any"] : []);
      expect(accessFor([role], "manage:account")).toEqual(role === "ADMIN" ? ["any"] : role === "OPERATOR" ? ["unit"] : []);
      expect(accessFor([role], "change:password")).toEqual(["own"]);
    }
  });

  it("only ADMIN reads the agency dashboard and the whole audit log; an OPERATOR reads their unit's audit log", () => {
    for (const role of ROLES) {
      expect(hasPermission([role], "read:agency-dashboard")).toBe(role === "ADMIN");
      expect(accessFor([role], "read:audit-log")).toEqual(role === "ADMIN" ? ["any"] : role === "OPERATOR" ? ["unit"] : []);
    }
  });

  it("every grant in ROLE_GRANTS names a known permission and access level", () => {
    for (const role of ROLES) {
      for (const grant of ROLE_GRANTS[role]) {
        const access = grant.slice(grant.lastIndexOf(":") + 1);
        const permission = grant.slice(0, grant.lastIndexOf(":"));
        expect(ACCESS).toContain(access);
        expect(PERMISSIONS).toContain(permission);
      }
    }
  });
});

describe("accessFor with role combinations", () => {
  it.each<[Role[], Permission, Access[]]>([
    [["SUPERVISOR", "ASN"], "read:employee", ["team", "own"]],
    [["ASN", "SUPERVISOR"], "read:employee", ["team", "own"]],
    [["ADMIN", "ASN"], "read:employee", ["any", "own"]],
    [["OPERATOR", "SUPERVISOR", "ASN"], "read:employee", ["unit", "team", "own"]],
    [["ASN", "SUPERVISOR", "OPERATOR", "ADMIN"], "read:employee", ["any", "unit", "team", "own"]],
    [["ADMIN", "OPERATOR"], "update:employee-supervisor", ["any", "unit"]],
    [["SUPERVISOR", "ASN"], "update:employee-contact", ["own"]],
    [["SUPERVISOR", "TRAINER"], "read:employee", ["team"]],
    [["TRAINER", "ASN"], "update:employee-supervisor", []],
    [[], "read:employee", []],
  ])("%j × %s → %j (widest first)", (roles, permission, expected) => {
    expect(accessFor(roles, permission)).toEqual(expected);
    expect(hasPermission(roles, permission)).toBe(expected.length > 0);
  });

  it("does not repeat an access level when roles are repeated", () => {
    expect(accessFor(["ASN", "ASN"], "read:employee")).toEqual(["own"]);
  });

  it("does not confuse a permission with a longer one sharing its prefix", () => {
    // ASN holds "update:employee-contact:own"; that must not leak into "update:employee-supervisor".
    expect(accessFor(["ASN"], "update:employee-supervisor")).toEqual([]);
    // OPERATOR holds "update:employee-supervisor:unit"; that must not leak into "update:employee-contact".
    expect(accessFor(["OPERATOR"], "update:employee-contact")).toEqual([]);
  });

  it("always lists access levels in widest-first order", () => {
    const widestFirst = [...ACCESS].reverse();
    for (const permission of PERMISSIONS) {
      const result = accessFor(ROLES, permission);
      const positions = result.map((a) => widestFirst.indexOf(a));
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    }
  });
});

describe("homeFor", () => {
  it.each<[Role[], string]>([
    [["ADMIN"], "/admin"],
    [["OPERATOR"], "/admin/pegawai"],
    [["SUPERVISOR"], "/tim"],
    [["ASN"], "/beranda"],
    [["TRAINER"], "/mengajar"],
    [["PLAN_APPROVER"], "/admin/rencana"],
    [["PLAN_APPROVER", "ADMIN"], "/admin"],
    // precedence: ADMIN > OPERATOR > SUPERVISOR > TRAINER > ASN, whatever the order given (a widyaiswara is also an ASN)
    [["ASN", "ADMIN"], "/admin"],
    [["SUPERVISOR", "OPERATOR"], "/admin/pegawai"],
    [["ASN", "SUPERVISOR"], "/tim"],
    [["TRAINER", "ASN"], "/mengajar"],
    [["TRAINER", "SUPERVISOR"], "/tim"],
    [["TRAINER", "ASN", "SUPERVISOR", "OPERATOR", "ADMIN"], "/admin"],
    // no roles at all
    [[], "/beranda"],
  ])("%j → %s", (roles, home) => {
    expect(homeFor(roles)).toBe(home);
  });

  it("has one home per role, in the documented precedence order", () => {
    expect(HOME_BY_ROLE.map(([role]) => role)).toEqual(["ADMIN", "OPERATOR", "SUPERVISOR", "TRAINER", "PLAN_APPROVER", "ASN"]);
    expect(new Set(HOME_BY_ROLE.map(([role]) => role)).size).toBe(ROLES.length);
  });
});
