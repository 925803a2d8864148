import { beforeEach, describe, expect, it } from "vitest";
import { executeCommand } from "@/lib/action";
import { verifyCredentials } from "@/lib/auth/credentials";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { updateOwnContact } from "@/lib/people/commands";
import { buildWorld, type World } from "./world";

let w: World;
beforeEach(async () => {
  w = await buildWorld();
});

describe("an ASN edits their own contact details", () => {
  it("saves normalised values and audits them", async () => {
    await executeCommand(updateOwnContact, await w.viewer(w.users.staff1), { phone: "0812-3456-7890", email: " Staf.Satu@Semarangkota.go.id " });
    const me = await db.employee.findUniqueOrThrow({ where: { id: w.people.staff1.id } });
    expect(me).toMatchObject({ phone: "081234567890", email: "staf.satu@semarangkota.go.id" });
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: w.people.staff1.id, entity: "Employee.contact" } });
    expect(audit.after).toEqual({ phone: "081234567890", email: "staf.satu@semarangkota.go.id" });
  });

  it("reports each invalid field and changes nothing", async () => {
    const error = await executeCommand(updateOwnContact, await w.viewer(w.users.staff1), { phone: "12ab", email: "bukan-email" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).fieldErrors).toEqual({ phone: ["home.phoneInvalid"], email: ["home.emailInvalid"] });
    expect((await db.employee.findUniqueOrThrow({ where: { id: w.people.staff1.id } })).phone).toBeNull();
  });

  it("is refused to an admin account that is not an ASN", async () => {
    const error = await executeCommand(updateOwnContact, await w.viewer(w.users.admin), { phone: "08123456789", email: "" }).catch((e: unknown) => e);
    expect((error as AppError).code).toBe("FORBIDDEN");
  });
});

describe("sign-out revokes older sessions on the server", () => {
  it("refuses a session signed in before the revocation and accepts a newer one", async () => {
    const { loadViewer } = await import("@/lib/auth/load-viewer");
    const signedInAt = Date.now() - 60_000;
    expect(await loadViewer(w.users.staff1.id, signedInAt)).not.toBeNull();
    await db.user.update({ where: { id: w.users.staff1.id }, data: { sessionsRevokedAt: new Date() } });
    expect(await loadViewer(w.users.staff1.id, signedInAt)).toBeNull();
    expect(await loadViewer(w.users.staff1.id, Date.now() + 1)).not.toBeNull();
  });
});

describe("sign-in", () => {
  it("stores passwords as argon2id hashes", async () => {
    const user = await db.user.findUniqueOrThrow({ where: { id: w.users.staff1.id } });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it("accepts an ASN's NIP in any typed form, and an admin's e-mail in any case", async () => {
    const n = w.people.staff1.nip;
    const ok = await verifyCredentials(`${n.slice(0, 8)} ${n.slice(8, 14)} ${n.slice(14, 15)} ${n.slice(15)}`, "rahasia-uji-123", null);
    expect(ok).toMatchObject({ ok: true, user: { id: w.users.staff1.id, roles: ["ASN"] } });
    const admin = await verifyCredentials(w.users.admin.email!.toUpperCase(), "rahasia-uji-123", null);
    expect(admin.ok).toBe(true);
  });

  it("answers the same for a wrong password and for an account that does not exist", async () => {
    expect(await verifyCredentials(w.people.staff1.nip, "salah", null)).toEqual({ ok: false, reason: "invalid" });
    expect(await verifyCredentials("198001012005011999", "salah", null)).toEqual({ ok: false, reason: "invalid" });
  });

  it("holds a client back on an identifier after five failures, even for the right password, and whether or not it exists", async () => {
    for (let i = 0; i < 5; i++) await verifyCredentials(w.people.staff2.nip, "salah", "127.0.0.1");
    const locked = await verifyCredentials(w.people.staff2.nip, "rahasia-uji-123", "127.0.0.1");
    expect(locked).toMatchObject({ ok: false, reason: "rate_limited" });
    expect((locked as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThanOrEqual(25);

    for (let i = 0; i < 5; i++) await verifyCredentials("tidak.ada@uji.go.id", "salah", null);
    expect(await verifyCredentials("tidak.ada@uji.go.id", "salah", null)).toMatchObject({ reason: "rate_limited" });

    // other accounts are not affected
    expect((await verifyCredentials(w.people.staff1.nip, "rahasia-uji-123", null)).ok).toBe(true);
  });
});
