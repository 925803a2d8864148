import "server-only";
import { defineCommand } from "@/lib/action";
import { hashPassword } from "@/lib/auth/credentials";
import { employeeScope } from "@/lib/auth/scope";
import type { Role } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/load-viewer";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { fullName, isInService } from "@/lib/people/rules";
import { calendarToday } from "@/lib/time";
import { accountChangeProblem, operatorMayManage, type AccountChange } from "./rules";
import { createAccountSchema, resetPasswordSchema, setAccountActiveSchema } from "./schemas";
import { accountScope, managesWholeAgency } from "./scope";
import { newTemporaryPassword } from "./temporary-password";

// Creating, resetting, deactivating and reactivating accounts (decision 0023). A temporary password is returned
// once, to be shown to the admin or operator who asked for it, and is never stored or audited: only its hash is kept.

/** What a new or reset account hands back to the screen, once. */
export type TemporaryCredentials = { userId: string; name: string; nip: string | null; email: string | null; temporaryPassword: string };

/**
 * An account the viewer may change: in their scope (another agency's or unit's id finds nothing), and, for an
 * operator, one that holds no role beyond an ASN's. Locked for the rest of the transaction.
 */
export async function managedAccount(tx: Tx, viewer: Viewer, userId: string) {
  const scope = await accountScope(viewer, tx);
  if (!scope) throw new AppError("FORBIDDEN", "common.forbidden");
  const found = await tx.user.findFirst({ where: { AND: [scope, { id: userId }] }, select: { id: true } });
  if (!found) throw new AppError("NOT_FOUND", "common.notFound");
  await tx.$executeRaw`SELECT 1 FROM "User" WHERE id = ${found.id}::uuid FOR UPDATE`;
  const user = await tx.user.findUniqueOrThrow({
    where: { id: found.id },
    select: { id: true, agencyId: true, name: true, email: true, active: true, mustChangePassword: true, employee: { select: { nip: true } }, roles: { select: { role: true } } },
  });
  const roles = user.roles.map((r) => r.role as Role);
  if (!managesWholeAgency(viewer) && !operatorMayManage(roles)) throw new AppError("FORBIDDEN", "accounts.problem.operatorLimit");
  return { ...user, roles };
}

/** Refuses a change the agency's safety rules forbid (own account, last active admin), counted under a lock. */
export async function checkAccountChange(tx: Tx, viewer: Viewer, change: AccountChange, target: { id: string; roles: readonly Role[] }) {
  // One admin-count check at a time per agency: two admins cannot deactivate each other at once.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`admins:${viewer.agencyId}`}))`;
  const targetIsAdmin = target.roles.includes("ADMIN");
  const activeAdmins = targetIsAdmin
    ? await tx.user.count({ where: { agencyId: viewer.agencyId, active: true, roles: { some: { role: "ADMIN" } } } })
    : 0;
  const problem = accountChangeProblem(change, { self: target.id === viewer.userId, targetIsAdmin, activeAdmins });
  if (problem) throw new AppError("CONFLICT", problem);
}

export const createAccount = defineCommand({
  name: "account.create",
  permission: "manage:account",
  schema: createAccountSchema,
  // No revalidation: the row that shows the temporary password must stay on screen (a re-rendered list would drop it).
  successMessage: (m) => m.accounts.created,
  uniqueViolation: "accounts.problem.hasAccount",
  async run({ viewer, input, tx, audit }): Promise<TemporaryCredentials> {
    const scope = await employeeScope(viewer, "manage:account", tx);
    if (!scope) throw new AppError("FORBIDDEN", "common.forbidden");
    const employee = await tx.employee.findFirst({
      where: { AND: [scope, { id: input.employeeId }] },
      select: { id: true, agencyId: true, nip: true, name: true, frontTitle: true, backTitle: true, serviceEndDate: true, user: { select: { id: true } } },
    });
    if (!employee) throw new AppError("NOT_FOUND", "common.notFound");
    if (employee.user) throw new AppError("CONFLICT", "accounts.problem.hasAccount");
    if (!isInService(employee, calendarToday())) throw new AppError("CONFLICT", "accounts.problem.serviceEnded");

    const temporaryPassword = newTemporaryPassword();
    const user = await tx.user.create({
      data: {
        agencyId: employee.agencyId, employeeId: employee.id, name: fullName(employee),
        passwordHash: await hashPassword(temporaryPassword), mustChangePassword: true,
        roles: { create: [{ role: "ASN" }] },
      },
      select: { id: true, name: true },
    });
    await audit({
      action: "account.create", entity: "User", entityId: user.id,
      after: { employeeId: employee.id, nip: employee.nip, name: user.name, roles: ["ASN"], active: true, mustChangePassword: true },
    });
    return { userId: user.id, name: user.name, nip: employee.nip, email: null, temporaryPassword };
  },
});

export const resetPassword = defineCommand({
  name: "account.resetPassword",
  permission: "manage:account",
  schema: resetPasswordSchema,
  // No revalidation either: the temporary password is shown once, in the answer.
  successMessage: (m) => m.accounts.reset,
  async run({ viewer, input, tx, audit }): Promise<TemporaryCredentials> {
    const user = await managedAccount(tx, viewer, input.userId);
    await checkAccountChange(tx, viewer, "reset", user);
    const temporaryPassword = newTemporaryPassword();
    // The old password stops working with this update, and every session signed in until now with it.
    await tx.user.update({
      where: { id: user.id },
      data: { passwordHash: await hashPassword(temporaryPassword), mustChangePassword: true, sessionsRevokedAt: new Date() },
    });
    await audit({
      action: "password.reset", entity: "User", entityId: user.id,
      before: { mustChangePassword: user.mustChangePassword },
      after: { mustChangePassword: true, sessionsEnded: true },
    });
    return { userId: user.id, name: user.name, nip: user.employee?.nip ?? null, email: user.email, temporaryPassword };
  },
});

export const setAccountActive = defineCommand({
  name: "account.setActive",
  permission: "manage:account",
  schema: setAccountActiveSchema,
  revalidate: ["/admin/akun"],
  successMessage: (m, result: { active: boolean }) => (result.active ? m.accounts.reactivated : m.accounts.deactivated),
  async run({ viewer, input, tx, audit }): Promise<{ userId: string; active: boolean }> {
    const user = await managedAccount(tx, viewer, input.userId);
    if (user.active === input.active) throw new AppError("CONFLICT", input.active ? "accounts.problem.alreadyActive" : "accounts.problem.alreadyInactive");
    await checkAccountChange(tx, viewer, input.active ? "reactivate" : "deactivate", user);
    // Deactivating also ends every session at once (loadViewer refuses inactive accounts; the stamp keeps a later
    // reactivation from reviving an old cookie).
    await tx.user.update({
      where: { id: user.id },
      data: input.active ? { active: true } : { active: false, sessionsRevokedAt: new Date() },
    });
    await audit({
      action: input.active ? "account.reactivate" : "account.deactivate", entity: "User", entityId: user.id,
      before: { active: user.active }, after: { active: input.active, ...(input.active ? {} : { sessionsEnded: true }) },
    });
    return { userId: user.id, active: input.active };
  },
});
