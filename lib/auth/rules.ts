// Pure sign-in rules: identifier normalisation, the sign-in throttle, and safe redirects.
import { normalizeNip } from "@/lib/people/nip";

export type Identifier = { kind: "email"; value: string } | { kind: "nip"; value: string };

export function parseIdentifier(raw: string): Identifier | null {
  const trimmed = raw.trim();
  // No e-mail address (RFC 5321) or NIP is longer: a flood never reaches a lookup or the LoginAttempt table.
  if (!trimmed || trimmed.length > 254 || trimmed.includes("\u0000")) return null;
  if (trimmed.includes("@")) return { kind: "email", value: trimmed.toLowerCase() };
  return { kind: "nip", value: normalizeNip(trimmed) };
}

// ---------------------------------------------------------------------------------------------
// Sign-in throttling (docs/decisions/0012). Failures are counted per client address and per (client address,
// account) pair, never per account alone: a flood from elsewhere must not lock the owner out. Each scope lets a
// few failures through, then makes the client wait for a delay that doubles with every further failure, up to a
// cap. The wait runs from that client's last failure, so a client that stops failing is free again soon.

export type Backoff = { free: number; baseSeconds: number; capSeconds: number };

/** One address, any account, in the last hour: against one password sprayed over many NIPs. */
export const CLIENT_WINDOW_MINUTES = 60;
export const CLIENT_BACKOFF: Backoff = { free: 30, baseSeconds: 60, capSeconds: 60 * 60 };
/** One address and one account, since the pair's last success (at most a day back): against guessing. */
export const PAIR_WINDOW_MINUTES = 24 * 60;
export const PAIR_BACKOFF: Backoff = { free: 5, baseSeconds: 30, capSeconds: 15 * 60 };
/**
 * An account that failed ACCOUNT_ATTACK_FAILURES times in the last hour, from any addresses, is under attack:
 * then every client that itself failed on it recently waits after its first failure. A client without a
 * failure on the account (its owner on their own device) is never held back by this.
 */
export const ACCOUNT_WINDOW_MINUTES = 60;
export const ACCOUNT_ATTACK_FAILURES = 20;
export const UNDER_ATTACK_PAIR_BACKOFF: Backoff = { free: 1, baseSeconds: 60, capSeconds: 15 * 60 };
/** The longest window above: older LoginAttempt rows no longer count and are pruned by the job queue. */
export const LOGIN_ATTEMPT_RETENTION_MINUTES = Math.max(CLIENT_WINDOW_MINUTES, PAIR_WINDOW_MINUTES, ACCOUNT_WINDOW_MINUTES);

/** Seconds to wait after the latest of `failures` failures: none for the free ones, then doubling up to the cap. */
export function backoffSeconds(failures: number, backoff: Backoff): number {
  if (failures < backoff.free) return 0;
  return Math.min(backoff.capSeconds, backoff.baseSeconds * 2 ** Math.min(failures - backoff.free, 30));
}

export type FailureCount = { failures: number; lastFailureAt: Date | null };
export type ThrottleCounts = {
  /** this address, any account, inside CLIENT_WINDOW_MINUTES */
  client: FailureCount;
  /** this address and this account, since the pair's last success, inside PAIR_WINDOW_MINUTES */
  pair: FailureCount;
  /** this account, any address, inside ACCOUNT_WINDOW_MINUTES */
  accountFailures: number;
};
export type ThrottleScope = "client" | "pair" | "account";
export type ThrottleDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number; scope: ThrottleScope };

function waitSeconds(count: FailureCount, backoff: Backoff, now: Date): number {
  if (!count.lastFailureAt) return 0;
  const until = count.lastFailureAt.getTime() + backoffSeconds(count.failures, backoff) * 1000;
  return Math.max(0, Math.ceil((until - now.getTime()) / 1000));
}

/** Whether this client may try this account now, and if not, for how long it must wait and why. */
export function signInThrottle(counts: ThrottleCounts, now: Date): ThrottleDecision {
  const waits: [ThrottleScope, number][] = [
    ["client", waitSeconds(counts.client, CLIENT_BACKOFF, now)],
    ["pair", waitSeconds(counts.pair, PAIR_BACKOFF, now)],
    ["account", counts.accountFailures >= ACCOUNT_ATTACK_FAILURES ? waitSeconds(counts.pair, UNDER_ATTACK_PAIR_BACKOFF, now) : 0],
  ];
  const [scope, longest] = waits.reduce((a, b) => (b[1] > a[1] ? b : a));
  return longest > 0 ? { allowed: false, retryAfterSeconds: longest, scope } : { allowed: true };
}

/** The counts once one more failure, at `now`, is recorded: what the next attempt of this client will face. */
export function withFailure(counts: ThrottleCounts, now: Date): ThrottleCounts {
  return {
    client: { failures: counts.client.failures + 1, lastFailureAt: now },
    pair: { failures: counts.pair.failures + 1, lastFailureAt: now },
    accountFailures: counts.accountFailures + 1,
  };
}

/** A wait, for Intl.RelativeTimeFormat: whole seconds under a minute, else minutes rounded up. */
export function waitForDisplay(seconds: number): { value: number; unit: "second" | "minute" } {
  const s = Math.max(1, Math.ceil(seconds));
  return s < 60 ? { value: s, unit: "second" } : { value: Math.ceil(s / 60), unit: "minute" };
}

/**
 * Only same-site paths are followed after sign-in; anything else goes home. An absolute URL (Auth.js
 * sends one) keeps only its path, so it can never lead to another host.
 */
export function safeCallbackPath(input: string | null | undefined): string | null {
  let raw = input;
  if (raw && /^https?:\/\//i.test(raw)) {
    try {
      const url = new URL(raw);
      raw = `${url.pathname}${url.search}`;
    } catch {
      return null;
    }
  }
  // Browsers drop tabs and newlines inside URLs, so "/\t/evil.com" would become "//evil.com".
  if (!raw || /[\u0000-\u001f\u007f]/.test(raw)) return null;
  if (!raw.startsWith("/") || raw.startsWith("//") || raw.startsWith("/\\")) return null;
  if (raw.startsWith("/login") || raw.startsWith("/api/")) return null;
  return raw;
}
