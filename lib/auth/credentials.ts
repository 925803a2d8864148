import "server-only";
import { hash, verify } from "@node-rs/argon2";
import { db } from "@/lib/db";
import { loginLock, LOGIN_WINDOW_MINUTES, parseIdentifier } from "./rules";
import type { Role } from "./permissions";

export type SignInResult =
  | { ok: true; user: { id: string; name: string; email: string | null; roles: Role[] } }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "rate_limited"; retryAfterMinutes: number };

// Verified against when the account does not exist, so both paths cost one argon2 verification
// and the answer time does not tell whether an account exists.
let dummyHash: Promise<string> | undefined;

export async function hashPassword(password: string): Promise<string> {
  return hash(password); // argon2id, m=19456 KiB, t=2, p=1: the library defaults, OWASP's recommended minimum
}

async function findAccount(identifier: NonNullable<ReturnType<typeof parseIdentifier>>) {
  const include = { roles: true } as const;
  if (identifier.kind === "email") return db.user.findUnique({ where: { email: identifier.value }, include });
  return db.user.findFirst({ where: { employee: { nip: identifier.value } }, include });
}

export async function verifyCredentials(rawIdentifier: string, password: string, ip: string | null): Promise<SignInResult> {
  const identifier = parseIdentifier(rawIdentifier);
  if (!identifier || !password) return { ok: false, reason: "invalid" };
  const key = `${identifier.kind}:${identifier.value}`;
  const now = new Date();

  const windowStart = new Date(now.getTime() - LOGIN_WINDOW_MINUTES * 60_000);
  const lastSuccess = await db.loginAttempt.findFirst({
    where: { identifier: key, succeeded: true, createdAt: { gte: windowStart } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  const failures = await db.loginAttempt.findMany({
    where: { identifier: key, succeeded: false, createdAt: { gte: lastSuccess?.createdAt ?? windowStart } },
    select: { createdAt: true },
  });
  const lock = loginLock(failures.map((f) => f.createdAt), now);
  if (lock.locked) return { ok: false, reason: "rate_limited", retryAfterMinutes: lock.retryAfterMinutes };

  const account = await findAccount(identifier);
  dummyHash ??= hashPassword("bangkom-no-such-account");
  const valid = await verify(account?.passwordHash ?? (await dummyHash), password).catch(() => false);
  const succeeded = Boolean(account && account.active && valid);

  await db.loginAttempt.create({ data: { identifier: key, ip, succeeded } });
  if (!succeeded || !account) return { ok: false, reason: "invalid" };

  await db.user.update({ where: { id: account.id }, data: { lastLoginAt: now } });
  return {
    ok: true,
    user: { id: account.id, name: account.name, email: account.email, roles: [...new Set(account.roles.map((r) => r.role))] },
  };
}
