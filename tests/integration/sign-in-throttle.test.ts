import { beforeEach, describe, expect, it } from "vitest";
import { verifyCredentials } from "@/lib/auth/credentials";
import { CLIENT_BACKOFF, PAIR_BACKOFF } from "@/lib/auth/rules";
import { db } from "@/lib/db";
import { buildWorld, type World } from "./world";

// The sign-in throttle against real PostgreSQL (decision 0012): per client address and per (client, account),
// growing delays, no global per-account lock, audit rows.

const PASSWORD = "rahasia-uji-123";
const ATTACKER = "203.0.113.66";
const OWNER = "198.51.100.7";
const T0 = new Date("2026-12-05T01:00:00.000Z");
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

let w: World;
beforeEach(async () => {
  await db.loginAttempt.deleteMany(); // the tests of this file share one database; each starts without counters
  w = await buildWorld();
});

describe("a flood on one account", () => {
  it("attacker at IP A fails 50 times on the admin; the admin from IP B signs in at once", async () => {
    const admin = w.users.admin.email!;
    const answers = [];
    for (let i = 0; i < 50; i++) answers.push(await verifyCredentials(admin, `tebakan-${i}`, ATTACKER, at(i)));
    // A gets its free tries and one more after the first 30 s wait (the next wait is 60 s); the rest are refused
    expect(answers.slice(0, PAIR_BACKOFF.free).every((a) => !a.ok && a.reason === "invalid")).toBe(true);
    expect(answers.filter((a) => !a.ok && a.reason === "invalid")).toHaveLength(PAIR_BACKOFF.free + 1);
    expect(answers.filter((a) => !a.ok && a.reason === "rate_limited")).toHaveLength(50 - PAIR_BACKOFF.free - 1);
    expect(await verifyCredentials(admin, PASSWORD, ATTACKER, at(50))).toMatchObject({ ok: false, reason: "rate_limited" });

    const owner = await verifyCredentials(admin, PASSWORD, OWNER, at(51));
    expect(owner).toMatchObject({ ok: true, user: { id: w.users.admin.id } });
  });

  it("fifty failures from fifty addresses (an account under attack) still let the owner in from a fresh client", async () => {
    const key = `user:${w.users.admin.id}`;
    await db.loginAttempt.createMany({
      data: Array.from({ length: 50 }, (_, i) => ({ identifier: key, ip: `203.0.113.${i + 1}`, succeeded: false, createdAt: at(-50 + i) })),
    });
    expect((await verifyCredentials(w.users.admin.email!, PASSWORD, OWNER, at(0))).ok).toBe(true);
    // one of the attacking addresses, with a single failure behind it, must wait under attack
    expect(await verifyCredentials(w.users.admin.email!, PASSWORD, "203.0.113.50", at(0))).toMatchObject({ ok: false, reason: "rate_limited" });
    // and a client with one typo on a quiet account is not held back
    await verifyCredentials(w.people.staff1.nip, "salah", OWNER, at(1));
    expect((await verifyCredentials(w.people.staff1.nip, PASSWORD, OWNER, at(2))).ok).toBe(true);
  });

  it("one burst of parallel guesses from one client cannot slip past the throttle", async () => {
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => verifyCredentials(w.users.admin.email!, `paralel-${i}`, ATTACKER, T0)));
    const tried = answers.filter((a) => !a.ok && a.reason === "invalid").length;
    expect(tried).toBeGreaterThanOrEqual(1);
    expect(tried).toBeLessThanOrEqual(PAIR_BACKOFF.free);
    expect(answers.filter((a) => !a.ok && a.reason === "rate_limited")).toHaveLength(20 - tried);
    expect(await db.loginAttempt.count({ where: { ip: ATTACKER } })).toBe(tried);
  });
});

describe("one password sprayed over many accounts", () => {
  it("IP A trying one password on 100 NIPs is throttled after its free failures, with growing delays", async () => {
    // the world's real NIPs first, then NIPs without an account: both count the same
    const real = Object.values(w.people).map((p) => p.nip);
    const nips = [...real, ...Array.from({ length: 100 - real.length }, (_, i) => `1990010120200110${String(i).padStart(2, "0")}`)];
    const answers = [];
    for (const nip of nips) answers.push(await verifyCredentials(nip, "Password123", ATTACKER, T0));
    const tried = answers.filter((a) => !a.ok && a.reason === "invalid").length;
    expect(tried).toBe(CLIENT_BACKOFF.free);
    expect(answers.slice(CLIENT_BACKOFF.free).every((a) => !a.ok && a.reason === "rate_limited")).toBe(true);

    // growing delays: after each waited-out wait one more try is allowed, and the next wait is longer
    const waits: number[] = [];
    let now = T0;
    for (let i = 0; i < 4; i++) {
      const refused = await verifyCredentials(`1990010120200120${i}0`, "Password123", ATTACKER, now);
      expect(refused).toMatchObject({ ok: false, reason: "rate_limited" });
      const wait = (refused as { retryAfterSeconds: number }).retryAfterSeconds;
      waits.push(wait);
      now = new Date(now.getTime() + wait * 1000);
      expect(await verifyCredentials(`1990010120200130${i}0`, "Password123", ATTACKER, now)).toEqual({ ok: false, reason: "invalid" });
    }
    expect(waits).toEqual([1, 2, 4, 8].map((f) => f * CLIENT_BACKOFF.baseSeconds));

    // another client is not affected
    expect((await verifyCredentials(w.people.staff1.nip, PASSWORD, OWNER, now)).ok).toBe(true);
  });
});

describe("the pair's delays", () => {
  it("double after each failure past the free ones, and a success resets the pair", async () => {
    const nip = w.people.staff1.nip;
    let now = T0;
    for (let i = 0; i < PAIR_BACKOFF.free; i++) expect(await verifyCredentials(nip, "salah", ATTACKER, now)).toEqual({ ok: false, reason: "invalid" });
    const waits: number[] = [];
    for (let i = 0; i < 3; i++) {
      const refused = (await verifyCredentials(nip, "salah", ATTACKER, now)) as { retryAfterSeconds: number };
      waits.push(refused.retryAfterSeconds);
      now = new Date(now.getTime() + refused.retryAfterSeconds * 1000);
      expect(await verifyCredentials(nip, "salah", ATTACKER, now)).toEqual({ ok: false, reason: "invalid" });
    }
    expect(waits).toEqual([1, 2, 4].map((f) => f * PAIR_BACKOFF.baseSeconds));
    now = new Date(now.getTime() + 8 * PAIR_BACKOFF.baseSeconds * 1000);
    expect((await verifyCredentials(nip, PASSWORD, ATTACKER, now)).ok).toBe(true);
    expect(await verifyCredentials(nip, "salah", ATTACKER, now)).toEqual({ ok: false, reason: "invalid" });
    expect(await verifyCredentials(nip, "salah", ATTACKER, now)).toEqual({ ok: false, reason: "invalid" });
  });
});

describe("the audit log", () => {
  it("records sign-ins, failures and the start of each wait, without passwords or what an unknown identifier was", async () => {
    const secretTyped = "kata-sandi-rahasia-yang-salah-tempat@x";
    const started = new Date();
    await verifyCredentials(w.users.admin.email!, PASSWORD, OWNER, T0);
    for (let i = 0; i < PAIR_BACKOFF.free + 3; i++) await verifyCredentials(w.users.admin.email!, "salah-sekali", ATTACKER, T0);
    await verifyCredentials(secretTyped, "apa-saja", ATTACKER, T0);
    await verifyCredentials("199912312025011999", "apa-saja", ATTACKER, T0); // a NIP no account has
    // No account has a longer identifier: refused before any lookup, so it leaves no row at all.
    await verifyCredentials("9".repeat(300_000), "apa-saja", ATTACKER, T0);

    const rows = await db.auditLog.findMany({ where: { action: { startsWith: "sign-in" }, createdAt: { gte: started } }, orderBy: { id: "asc" } });
    const admin = rows.filter((r) => r.entityId === w.users.admin.id);
    expect(admin.map((r) => r.action)).toEqual([
      "sign-in",
      ...Array<string>(PAIR_BACKOFF.free - 1).fill("sign-in.failed"),
      "sign-in.failed", "sign-in.throttled", // the fifth failure starts the first wait; refused tries are not logged
    ]);
    expect(admin[0]).toMatchObject({ agencyId: w.agencyA.id, actorUserId: w.users.admin.id, entity: "User", after: { identifierKind: "email", ip: OWNER } });
    expect(admin.at(-1)!.after).toEqual({ identifierKind: "email", ip: ATTACKER, scope: "pair", retryAfterSeconds: PAIR_BACKOFF.baseSeconds });

    const unknown = rows.filter((r) => r.entity === "SignIn");
    expect(unknown.map((r) => [r.action, r.entityId, r.agencyId])).toEqual([
      ["sign-in.failed", "unknown-email", null],
      ["sign-in.failed", "unknown-nip", null],
    ]);
    const text = (value: unknown) => JSON.stringify(value, (_k, v: unknown) => (typeof v === "bigint" ? String(v) : v));
    const everything = text(await db.auditLog.findMany()) + text(await db.loginAttempt.findMany());
    for (const leaked of ["salah-sekali", PASSWORD, secretTyped, "199912312025011999", "99999999999999999999"]) expect(everything).not.toContain(leaked);
    expect(Math.max(...(await db.loginAttempt.findMany()).map((a) => a.identifier.length))).toBeLessThanOrEqual(50);
  });
});
