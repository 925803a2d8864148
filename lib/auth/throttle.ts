import "server-only";
import { createHmac } from "node:crypto";
import type { Tx } from "@/lib/db";
import { env } from "@/lib/env";
import {
  ACCOUNT_WINDOW_MINUTES, CLIENT_WINDOW_MINUTES, PAIR_WINDOW_MINUTES, signInThrottle,
  type FailureCount, type Identifier, type ThrottleCounts, type ThrottleDecision,
} from "./rules";

// The sign-in throttle's counters, read from LoginAttempt (PostgreSQL, so every web server sees the same).
// The rules themselves are pure: lib/auth/rules.ts (signInThrottle).

/** Longest address kept: an IPv6 address is at most 45 characters; anything longer is not an address. */
const MAX_ADDRESS = 64;

/**
 * The LoginAttempt key of an identifier: "user:<id>" for an account (whether reached by NIP or e-mail), else a
 * keyed hash of what was typed, so a password typed into the wrong field is never stored, and input of any
 * length takes 40 characters.
 */
export function attemptKey(identifier: Identifier, accountId: string | null): string {
  if (accountId) return `user:${accountId}`;
  const digest = createHmac("sha256", env().AUTH_SECRET).update(`${identifier.kind}:${identifier.value}`).digest("hex");
  return `${identifier.kind}:${digest.slice(0, 32)}`;
}

export const throttleAddress = (address: string | null): string => (address ?? "unknown").slice(0, MAX_ADDRESS);

const minutesBefore = (now: Date, minutes: number) => new Date(now.getTime() - minutes * 60_000);

async function failuresSince(tx: Tx, where: { ip: string; identifier?: string }, since: Date): Promise<FailureCount> {
  const found = await tx.loginAttempt.aggregate({
    where: { ...where, succeeded: false, createdAt: { gt: since } },
    _count: { _all: true },
    _max: { createdAt: true },
  });
  return { failures: found._count._all, lastFailureAt: found._max.createdAt };
}

export async function readThrottleCounts(tx: Tx, address: string, key: string, now: Date): Promise<ThrottleCounts> {
  const pairSince = minutesBefore(now, PAIR_WINDOW_MINUTES);
  const lastPairSuccess = await tx.loginAttempt.findFirst({
    where: { ip: address, identifier: key, succeeded: true, createdAt: { gt: pairSince } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  const [client, pair, accountFailures] = await Promise.all([
    failuresSince(tx, { ip: address }, minutesBefore(now, CLIENT_WINDOW_MINUTES)),
    failuresSince(tx, { ip: address, identifier: key }, lastPairSuccess?.createdAt ?? pairSince),
    tx.loginAttempt.count({ where: { identifier: key, succeeded: false, createdAt: { gt: minutesBefore(now, ACCOUNT_WINDOW_MINUTES) } } }),
  ]);
  return { client, pair, accountFailures };
}

export type Gate = { decision: Extract<ThrottleDecision, { allowed: false }> } | { decision: { allowed: true }; attemptId: bigint; counts: ThrottleCounts };

/** A client whose other attempt is being checked this very moment tries again in a second. */
export const CLIENT_BUSY: Gate = { decision: { allowed: false, retryAfterSeconds: 1, scope: "client" } };

/**
 * Decides whether this client may try this account now. When it may, the attempt is recorded at once as a
 * failure (turned into a success after the password checks out), under a lock on the client address, so a
 * burst of parallel requests cannot slip past the throttle. The lock is only tried, never waited for: a burst
 * must not tie up the connection pool (the caller retries a few times, outside the transaction).
 */
export async function openAttempt(tx: Tx, address: string, key: string, now: Date): Promise<Gate> {
  const [lock] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(hashtext(${`signin:${address}`})) AS locked`;
  if (!lock?.locked) return CLIENT_BUSY;
  const counts = await readThrottleCounts(tx, address, key, now);
  const decision = signInThrottle(counts, now);
  if (!decision.allowed) return { decision };
  const attempt = await tx.loginAttempt.create({ data: { identifier: key, ip: address, succeeded: false, createdAt: now }, select: { id: true } });
  return { decision, attemptId: attempt.id, counts };
}
