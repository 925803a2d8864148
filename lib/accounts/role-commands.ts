import "server-only";
import { defineCommand } from "@/lib/action";
import { AppError } from "@/lib/errors";
import { checkAccountChange, managedAccount } from "./commands";
import { GRANTABLE_ROLES, type GrantableRole } from "./rules";
import { grantRoleSchema, revokeRoleSchema } from "./schemas";

// Granting and revoking the roles an admin hands out: ADMIN, OPERATOR (of one unit, with its subtree) and TRAINER.
// ASN comes with an employee's account and SUPERVISOR with the supervision tree, so neither is granted here.
// Only admins (grant:role); a role change takes effect on the user's next request (the viewer is reloaded each time).

export const grantRole = defineCommand({
  name: "role.grant",
  permission: "grant:role",
  schema: grantRoleSchema,
  revalidate: ["/admin/akun"],
  successMessage: (m) => m.accounts.roleGranted,
  uniqueViolation: "accounts.problem.roleHeld",
  async run({ viewer, input, tx, audit }) {
    const user = await managedAccount(tx, viewer, input.userId);
    let unit: { id: string; name: string } | null = null;
    if (input.role === "OPERATOR") {
      unit = await tx.orgUnit.findFirst({ where: { id: input.unitId, agencyId: viewer.agencyId }, select: { id: true, name: true } });
      if (!unit) throw new AppError("VALIDATION", "accounts.role.unitRequired", { unitId: ["accounts.role.unitRequired"] });
    }
    const held = await tx.userRole.findFirst({ where: { userId: user.id, role: input.role, unitId: unit?.id ?? null }, select: { id: true } });
    if (held) throw new AppError("CONFLICT", "accounts.problem.roleHeld");
    const role = await tx.userRole.create({
      data: { agencyId: user.agencyId, userId: user.id, role: input.role, unitId: unit?.id ?? null },
      select: { id: true },
    });
    await audit({
      action: "role.grant", entity: "User", entityId: user.id,
      before: { roles: user.roles },
      after: { roles: [...user.roles, input.role], granted: { role: input.role, unitId: unit?.id ?? null, unitName: unit?.name ?? null } },
    });
    return { roleId: role.id };
  },
});

export const revokeRole = defineCommand({
  name: "role.revoke",
  permission: "grant:role",
  schema: revokeRoleSchema,
  revalidate: ["/admin/akun"],
  successMessage: (m) => m.accounts.roleRevoked,
  async run({ viewer, input, tx, audit }) {
    const found = await tx.userRole.findFirst({
      where: { id: input.roleId, agencyId: viewer.agencyId },
      select: { id: true, userId: true, role: true, unitId: true, unit: { select: { name: true } } },
    });
    if (!found) throw new AppError("NOT_FOUND", "common.notFound");
    if (!GRANTABLE_ROLES.includes(found.role as GrantableRole)) throw new AppError("CONFLICT", "accounts.problem.notGrantable");
    const user = await managedAccount(tx, viewer, found.userId);
    if (found.role === "ADMIN") await checkAccountChange(tx, viewer, "revokeAdmin", user);
    await tx.userRole.delete({ where: { id: found.id } });
    const remaining = [...user.roles];
    remaining.splice(remaining.indexOf(found.role), 1);
    await audit({
      action: "role.revoke", entity: "User", entityId: user.id,
      before: { roles: user.roles },
      after: { roles: remaining, revoked: { role: found.role, unitId: found.unitId, unitName: found.unit?.name ?? null } },
    });
    return { userId: user.id };
  },
});
