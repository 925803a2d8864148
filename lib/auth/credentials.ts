import "server-only";
import { hash, verify } from "@node-rs/argon2";
import { writeAudit } from "@/lib/audit/write";
import { db } from "@/lib/db";
import { parseIdentifier, signInThrottle, withFailure, type Identifier } from "./rules";
import { attemptKey, CLIENT_BUSY, openAttempt, throttleAddress, type Gate } from "./throttle";
import type { Role } from "./permissions";

export type SignInResult =
  | { ok: true; user: { id: string; name: string; email: string | null; roles: Role[] } }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "rate_limited"; retryAfterSeconds: number };

// Verified against when the account does not exist, so both paths cost one argon2 verification
// and the answer time does not tell whether an account exists.
let dummyHash: Promise<string> | undefined;

export async function hashPassword(password: string): Promise<string> {
  return hash(password); // argon2id, m=19456 KiB, t=2, p=1: the library defaults, OWASP's recommended minimum
}

async function findAccount(identifier: Identifier) {
  const include = { roles: true } as const;
  if (identifier.kind === "email") return db.user.findUnique({ where: { email: identifier.value }, include });
  return db.user.findFirst({ where: { employee: { nip: identifier.value } }, include });
}

/**
 * The throttle's gate. Another attempt of the same client holding the lock this moment (two colleagues behind one
 * office address) is waited out for up to about two seconds, outside any transaction, before giving up.
 */
async function gateAttempt(ip: string, key: string, now: Date): Promise<Gate> {
  for (let tries = 0; ; tries++) {
    const gate = await db.$transaction((tx) => openAttempt(tx, ip, key, now));
    if (gate.decision.allowed || gate.decision !== CLIENT_BUSY.decision || tries >= 15) return gate;
    await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 100));
  }
}

/** The audit entity of a sign-in: the account when there is one, else only what kind of identifier was typed. */
function auditTarget(identifier: Identifier, account: { id: string; agencyId: string | null } | null) {
  return account
    ? { agencyId: account.agencyId, entity: "User", entityId: account.id }
    : { agencyId: null, entity: "SignIn", entityId: `unknown-${identifier.kind}` };
}

/**
 * Checks a sign-in under the throttle (lib/auth/rules.ts, decision 0012). `address` is the client address from
 * lib/http/client-address.ts (null: unknown, one shared bucket). Sign-ins, failures and the start of each wait
 * are written to the audit log; attempts refused while a client waits are not (they cost the attacker nothing,
 * so they must not cost the log anything either).
 */
export async function verifyCredentials(rawIdentifier: string, password: string, address: string | null, now: Date = new Date()): Promise<SignInResult> {
  const identifier = parseIdentifier(rawIdentifier);
  if (!identifier || !password) return { ok: false, reason: "invalid" };
  const ip = throttleAddress(address);

  const account = await findAccount(identifier);
  const key = attemptKey(identifier, account?.id ?? null);
  const gate = await gateAttempt(ip, key, now);
  if (!gate.decision.allowed) return { ok: false, reason: "rate_limited", retryAfterSeconds: gate.decision.retryAfterSeconds };
  const { attemptId, counts } = gate as Extract<typeof gate, { attemptId: bigint }>;

  dummyHash ??= hashPassword("bangkom-no-such-account");
  const valid = await verify(account?.passwordHash ?? (await dummyHash), password).catch(() => false);
  const target = auditTarget(identifier, account);

  if (!account || !account.active || !valid) {
    // What this client faces next; a wait that starts now is a lockout, and goes to the log as one.
    const next = signInThrottle(withFailure(counts, now), now);
    await db.$transaction(async (tx) => {
      const after = { identifierKind: identifier.kind, ip, reason: account && valid ? "inactive" : "invalid" };
      await writeAudit(tx, { ...target, actorUserId: null, action: "sign-in.failed", after });
      if (!next.allowed) {
        await writeAudit(tx, {
          ...target, actorUserId: null, action: "sign-in.throttled",
          after: { identifierKind: identifier.kind, ip, scope: next.scope, retryAfterSeconds: next.retryAfterSeconds },
        });
      }
    });
    return { ok: false, reason: "invalid" };
  }

  await db.$transaction(async (tx) => {
    await tx.loginAttempt.update({ where: { id: attemptId }, data: { succeeded: true } });
    await tx.user.update({ where: { id: account.id }, data: { lastLoginAt: now } });
    await writeAudit(tx, { ...target, actorUserId: account.id, action: "sign-in", after: { identifierKind: identifier.kind, ip } });
  });
  return {
    ok: true,
    user: { id: account.id, name: account.name, email: account.email, roles: [...new Set(account.roles.map((r) => r.role))] },
  };
}
