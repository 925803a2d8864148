// Accounts (lib/accounts/): creating, resetting, deactivating, roles and the user's own password, against the
// real database, with the scoping rules: an operator acts on plain ASN accounts of their unit subtree only.
import { beforeEach, describe, expect, it } from "vitest";
import { executeCommand, executeForEach } from "@/lib/action";
import { createAccount, resetPassword, setAccountActive } from "@/lib/accounts/commands";
import { changeOwnPassword, WRONG_CURRENT_LIMIT } from "@/lib/accounts/password-commands";
import { employeesWithoutAccount, listAccounts } from "@/lib/accounts/queries";
import { grantRole, revokeRole } from "@/lib/accounts/role-commands";
import { verifyCredentials } from "@/lib/auth/credentials";
import { loadViewer } from "@/lib/auth/load-viewer";
import { db } from "@/lib/db";
import { id as messages } from "@/lib/i18n/messages/id";
import { updateOwnContact } from "@/lib/people/commands";
import { createUser } from "../factories/db";
import { buildWorld, refusal, type World } from "./world";

const PASSWORD = "rahasia-uji-123"; // tests/factories/db.ts createUser
let w: World;
beforeEach(async () => {
  w = await buildWorld();
});

const signIn = (nip: string, password: string) => verifyCredentials(nip, password, "10.9.8.7");

/** Every audit row about a user, as text: a password or a hash must never be in it. */
async function auditText(userId: string): Promise<string> {
  const rows = await db.auditLog.findMany({ where: { entityId: userId }, select: { action: true, before: true, after: true } });
  return JSON.stringify(rows);
}

describe("creating an account for an employee", () => {
  it("gives a temporary password that signs in with the NIP, must be changed, and is never audited", async () => {
    const created = await executeCommand(createAccount, await w.viewer(w.users.admin), { employeeId: w.people.staff2.id });
    expect(created.temporaryPassword).toMatch(/^[^-]{4}-[^-]{4}-[^-]{4}$/);
    const user = await db.user.findUniqueOrThrow({ where: { id: created.userId }, include: { roles: true } });
    expect(user).toMatchObject({ employeeId: w.people.staff2.id, mustChangePassword: true, active: true, name: "Staf Dua" });
    expect(user.roles.map((r) => r.role)).toEqual(["ASN"]);
    expect(await signIn(w.people.staff2.nip, created.temporaryPassword)).toMatchObject({ ok: true, user: { id: created.userId } });
    expect((await loadViewer(created.userId))?.mustChangePassword).toBe(true);

    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: created.userId, action: "account.create" } });
    expect(audit.after).toMatchObject({ employeeId: w.people.staff2.id, roles: ["ASN"], mustChangePassword: true });
    const text = await auditText(created.userId);
    expect(text).not.toContain(created.temporaryPassword);
    expect(text).not.toContain("$argon2");
  });

  it("refuses a second account for the same employee", async () => {
    const admin = await w.viewer(w.users.admin);
    expect((await refusal(executeCommand(createAccount, admin, { employeeId: w.people.staff1.id }))).message).toBe("accounts.problem.hasAccount");
  });

  it("lets an operator create accounts in their unit subtree only", async () => {
    const operatorX = await w.viewer(w.users.operatorX); // operates Dinas X, which holds Bidang X1 (staff2)
    const operatorY = await w.viewer(w.users.operatorY);
    expect((await refusal(executeCommand(createAccount, operatorY, { employeeId: w.people.staff2.id }))).code).toBe("NOT_FOUND");
    expect((await refusal(executeCommand(createAccount, await w.viewer(w.users.admin), { employeeId: w.people.outsider.id }))).code).toBe("NOT_FOUND");
    const created = await executeCommand(createAccount, operatorX, { employeeId: w.people.staff2.id });
    expect(created.nip).toBe(w.people.staff2.nip);
  });

  it("creates many at once, each on its own, and says why one was refused", async () => {
    const outcomes = await executeForEach(createAccount, await w.viewer(w.users.operatorX), [
      { id: w.people.staff2.id, input: { employeeId: w.people.staff2.id } },
      { id: w.people.staff1.id, input: { employeeId: w.people.staff1.id } }, // has one already
      { id: w.people.outsider.id, input: { employeeId: w.people.outsider.id } }, // another agency
    ], messages);
    expect(outcomes.map((o) => o.ok)).toEqual([true, false, false]);
    expect(outcomes[1]).toMatchObject({ message: messages.accounts.problem.hasAccount });
    expect(await db.user.count({ where: { employeeId: w.people.staff2.id } })).toBe(1);
  });

  it("lists the employees without an account, and the accounts, within the viewer's reach", async () => {
    const operatorX = await w.viewer(w.users.operatorX);
    const without = await employeesWithoutAccount(operatorX, {});
    expect(without.rows.map((r) => r.id)).toEqual([w.people.staff2.id]);
    const ofAdmin = await employeesWithoutAccount(await w.viewer(w.users.admin), {});
    expect(ofAdmin.rows.map((r) => r.id)).toEqual([w.people.staff2.id]); // everyone else of agency A has an account
    const accounts = await listAccounts(operatorX, {});
    expect(accounts.rows.map((r) => r.id).sort()).toEqual([w.users.head.id, w.users.kabid.id, w.users.staff1.id].sort());
    const byNip = await listAccounts(await w.viewer(w.users.admin), { q: w.people.kabid.nip.slice(0, 12) });
    expect(byNip.rows.map((r) => r.id)).toContain(w.users.kabid.id);
    const byEmail = await listAccounts(await w.viewer(w.users.admin), { q: "op-y-" });
    expect(byEmail.rows.map((r) => r.id)).toEqual([w.users.operatorY.id]);
    expect((await listAccounts(await w.viewer(w.users.operatorY), {})).rows.map((r) => r.id)).toEqual([w.users.operatorX.id]);
  });
});

describe("an admin's reset", () => {
  it("stops the old password and every old session at once, and the new one must be changed", async () => {
    const before = Date.now() - 1000;
    expect(await loadViewer(w.users.staff1.id, before)).not.toBeNull();
    const reset = await executeCommand(resetPassword, await w.viewer(w.users.admin), { userId: w.users.staff1.id });
    expect(await loadViewer(w.users.staff1.id, before)).toBeNull();
    expect(await signIn(w.people.staff1.nip, PASSWORD)).toMatchObject({ ok: false });
    expect(await signIn(w.people.staff1.nip, reset.temporaryPassword)).toMatchObject({ ok: true });
    expect((await db.user.findUniqueOrThrow({ where: { id: w.users.staff1.id } })).mustChangePassword).toBe(true);
    const text = await auditText(w.users.staff1.id);
    expect(text).toContain("password.reset");
    expect(text).not.toContain(reset.temporaryPassword);
    expect(text).not.toContain("$argon2");
  });

  it("is an operator's for plain ASN accounts of their unit only, never for one holding more roles", async () => {
    const operatorX = await w.viewer(w.users.operatorX);
    await executeCommand(resetPassword, operatorX, { userId: w.users.kabid.id }); // ASN + SUPERVISOR: fine
    expect((await refusal(executeCommand(resetPassword, await w.viewer(w.users.operatorY), { userId: w.users.kabid.id }))).code).toBe("NOT_FOUND");
    await db.userRole.create({ data: { agencyId: w.agencyA.id, userId: w.users.kabid.id, role: "TRAINER" } });
    expect((await refusal(executeCommand(resetPassword, operatorX, { userId: w.users.kabid.id }))).message).toBe("accounts.problem.operatorLimit");
    // An admin's e-mail account has no employee, so no unit: out of every operator's reach.
    expect((await refusal(executeCommand(resetPassword, operatorX, { userId: w.users.admin.id }))).code).toBe("NOT_FOUND");
  });

  it("is refused on one's own account", async () => {
    expect((await refusal(executeCommand(resetPassword, await w.viewer(w.users.admin), { userId: w.users.admin.id }))).message).toBe("accounts.problem.self");
  });
});

describe("deactivating and reactivating", () => {
  it("ends the sessions and sign-ins of a deactivated account, and brings sign-in back on reactivation", async () => {
    const admin = await w.viewer(w.users.admin);
    await executeCommand(setAccountActive, admin, { userId: w.users.staff1.id, active: false });
    expect(await loadViewer(w.users.staff1.id, Date.now() - 1000)).toBeNull();
    expect(await signIn(w.people.staff1.nip, PASSWORD)).toMatchObject({ ok: false });
    await executeCommand(setAccountActive, admin, { userId: w.users.staff1.id, active: true });
    expect(await signIn(w.people.staff1.nip, PASSWORD)).toMatchObject({ ok: true });
    const actions = (await db.auditLog.findMany({ where: { entityId: w.users.staff1.id }, orderBy: { createdAt: "asc" } })).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(["account.deactivate", "account.reactivate"]));
  });

  it("never deactivates one's own account or the agency's last active admin", async () => {
    const admin = await w.viewer(w.users.admin);
    expect((await refusal(executeCommand(setAccountActive, admin, { userId: w.users.admin.id, active: false }))).message).toBe("accounts.problem.self");
    const second = await createUser(db, { agencyId: w.agencyA.id, email: "admin-kedua@uji.go.id", roles: [{ role: "ADMIN" }] });
    const secondViewer = await w.viewer(second); // loaded before it is deactivated: a request racing the change
    await executeCommand(setAccountActive, admin, { userId: second.id, active: false }); // two active admins: fine
    expect((await refusal(executeCommand(setAccountActive, secondViewer, { userId: w.users.admin.id, active: false }))).message).toBe("accounts.problem.lastAdmin");
    expect((await db.user.findUniqueOrThrow({ where: { id: w.users.admin.id } })).active).toBe(true);
  });
});

describe("roles", () => {
  it("are granted and revoked by admins only, audited, and take effect on the next request", async () => {
    const admin = await w.viewer(w.users.admin);
    expect((await refusal(executeCommand(grantRole, await w.viewer(w.users.operatorX), { userId: w.users.staff1.id, role: "ADMIN" }))).code).toBe("FORBIDDEN");
    expect((await refusal(executeCommand(grantRole, await w.viewer(w.users.operatorX), { userId: w.users.staff1.id, role: "OPERATOR", unitId: w.units.dinasX.id }))).code).toBe("FORBIDDEN");
    const { roleId } = await executeCommand(grantRole, admin, { userId: w.users.staff1.id, role: "OPERATOR", unitId: w.units.bidangX1.id });
    const viewer = await loadViewer(w.users.staff1.id);
    expect(viewer?.roles).toContain("OPERATOR");
    expect(viewer?.operatorUnits.map((u) => u.id)).toEqual([w.units.bidangX1.id]);
    expect((await refusal(executeCommand(grantRole, admin, { userId: w.users.staff1.id, role: "OPERATOR", unitId: w.units.bidangX1.id }))).message).toBe("accounts.problem.roleHeld");
    expect((await refusal(executeCommand(grantRole, admin, { userId: w.users.staff1.id, role: "OPERATOR", unitId: w.units.unitB.id }))).code).toBe("VALIDATION");
    await executeCommand(revokeRole, admin, { roleId });
    expect((await loadViewer(w.users.staff1.id))?.roles).toEqual(["ASN"]);
    const rows = await db.auditLog.findMany({ where: { entityId: w.users.staff1.id, action: { in: ["role.grant", "role.revoke"] } }, orderBy: { createdAt: "asc" } });
    expect(rows.map((r) => r.action)).toEqual(["role.grant", "role.revoke"]);
    expect(rows[0]!.after).toMatchObject({ granted: { role: "OPERATOR", unitId: w.units.bidangX1.id, unitName: "Bidang X1" } });
  });

  it("never takes ADMIN from oneself or the last admin, and leaves ASN to the employee record", async () => {
    const admin = await w.viewer(w.users.admin);
    const own = await db.userRole.findFirstOrThrow({ where: { userId: w.users.admin.id, role: "ADMIN" } });
    expect((await refusal(executeCommand(revokeRole, admin, { roleId: own.id }))).message).toBe("accounts.problem.self");
    const asn = await db.userRole.findFirstOrThrow({ where: { userId: w.users.staff1.id, role: "ASN" } });
    expect((await refusal(executeCommand(revokeRole, admin, { roleId: asn.id }))).message).toBe("accounts.problem.notGrantable");
    const otherAgencyAdmin = await db.userRole.findFirstOrThrow({ where: { userId: w.users.adminB.id, role: "ADMIN" } });
    expect((await refusal(executeCommand(revokeRole, admin, { roleId: otherAgencyAdmin.id }))).code).toBe("NOT_FOUND");
  });

  it("makes whoever supervises someone a SUPERVISOR, whatever the role rows say", async () => {
    expect((await loadViewer(w.users.operatorX.id))?.roles).not.toContain("SUPERVISOR");
    await db.employee.update({ where: { id: w.people.staff2.id }, data: { supervisorId: w.people.other.id } });
    expect((await loadViewer(w.users.operatorX.id))?.roles).toContain("SUPERVISOR");
  });
});

describe("changing one's own password", () => {
  const change = { newPassword: "Sungai-Kaligarang-1997", confirmPassword: "Sungai-Kaligarang-1997" };

  it("requires the current password, and slows down a guesser", async () => {
    const me = await w.viewer(w.users.staff1);
    for (let i = 0; i < WRONG_CURRENT_LIMIT; i++) {
      expect(await executeCommand(changeOwnPassword, me, { ...change, currentPassword: `salah-${i}` })).toEqual({ changed: false, reason: "wrongCurrent" });
    }
    expect((await refusal(executeCommand(changeOwnPassword, me, { ...change, currentPassword: PASSWORD }))).message).toBe("accounts.password.tooManyAttempts");
    expect(await signIn(w.people.staff1.nip, PASSWORD)).toMatchObject({ ok: true });
    expect(await db.auditLog.count({ where: { entityId: w.users.staff1.id, action: "password.change.failed" } })).toBe(WRONG_CURRENT_LIMIT);
  });

  it("applies the password policy and refuses the current password again", async () => {
    const me = await w.viewer(w.users.staff1);
    const tryNew = (newPassword: string) => refusal(executeCommand(changeOwnPassword, me, { currentPassword: PASSWORD, newPassword, confirmPassword: newPassword }));
    expect((await tryNew("bismillah2024")).fieldErrors).toEqual({ newPassword: ["accounts.password.common"] });
    expect((await tryNew("pendek1")).fieldErrors).toEqual({ newPassword: ["accounts.password.tooShort"] });
    expect((await tryNew(`${w.people.staff1.nip}x`)).fieldErrors).toEqual({ newPassword: ["accounts.password.personal"] });
    expect((await tryNew(PASSWORD)).fieldErrors).toEqual({ newPassword: ["accounts.password.sameAsCurrent"] });
    expect((await refusal(executeCommand(changeOwnPassword, me, { currentPassword: PASSWORD, newPassword: change.newPassword, confirmPassword: "lain" }))).fieldErrors)
      .toEqual({ confirmPassword: ["accounts.password.mismatch"] });
  });

  it("ends every other session, keeps a session signed in after it, and lets only the new password in", async () => {
    const otherDevice = Date.now() - 60_000;
    const result = await executeCommand(changeOwnPassword, await w.viewer(w.users.staff1), { ...change, currentPassword: PASSWORD });
    expect(result).toMatchObject({ changed: true, landing: null });
    if (!result.changed) throw new Error("unreachable");
    expect(await loadViewer(w.users.staff1.id, otherDevice)).toBeNull();
    // The action re-issues this session's cookie with a sign-in time just after the revocation.
    expect(await loadViewer(w.users.staff1.id, result.sessionsRevokedAt.getTime() + 1)).not.toBeNull();
    expect(await signIn(w.people.staff1.nip, PASSWORD)).toMatchObject({ ok: false });
    expect(await signIn(w.people.staff1.nip, change.newPassword)).toMatchObject({ ok: true });
    const text = await auditText(w.users.staff1.id);
    expect(text).toContain("password.change");
    expect(text).not.toContain(change.newPassword);
    expect(text).not.toContain(PASSWORD);
  });

  it("is the only thing an account with a temporary password may do, and then sends an ASN to JP saya", async () => {
    const created = await executeCommand(createAccount, await w.viewer(w.users.admin), { employeeId: w.people.staff2.id });
    const pending = (await loadViewer(created.userId))!;
    expect((await refusal(executeCommand(updateOwnContact, pending, { phone: "081234567890", email: "" }))).message).toBe("accounts.mustChange");
    const result = await executeCommand(changeOwnPassword, pending, { ...change, currentPassword: created.temporaryPassword });
    expect(result).toMatchObject({ changed: true, landing: "/jp" });
    const after = (await loadViewer(created.userId))!;
    expect(after.mustChangePassword).toBe(false);
    await executeCommand(updateOwnContact, after, { phone: "081234567890", email: "" });
  });
});
