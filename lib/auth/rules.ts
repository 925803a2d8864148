// Pure sign-in rules: identifier normalisation, the failed-attempt lock, and safe redirects.
import { normalizeNip } from "@/lib/people/nip";

export const LOGIN_MAX_FAILURES = 5;
export const LOGIN_WINDOW_MINUTES = 15;

export type Identifier = { kind: "email"; value: string } | { kind: "nip"; value: string };

export function parseIdentifier(raw: string): Identifier | null {
  const trimmed = raw.trim();
  // No e-mail address (RFC 5321) or NIP is longer: a flood never reaches a lookup or the LoginAttempt table.
  if (!trimmed || trimmed.length > 254 || trimmed.includes("\u0000")) return null;
  if (trimmed.includes("@")) return { kind: "email", value: trimmed.toLowerCase() };
  return { kind: "nip", value: normalizeNip(trimmed) };
}

/**
 * `failures` are the failed attempts for one identifier inside the window and after its last success.
 * Locked once there are LOGIN_MAX_FAILURES of them, until the oldest counted one leaves the window.
 */
export function loginLock(failures: readonly Date[], now: Date): { locked: false } | { locked: true; retryAfterMinutes: number } {
  const windowMs = LOGIN_WINDOW_MINUTES * 60_000;
  const recent = failures.filter((f) => now.getTime() - f.getTime() < windowMs).sort((a, b) => b.getTime() - a.getTime());
  if (recent.length < LOGIN_MAX_FAILURES) return { locked: false };
  const unlockingFailure = recent[LOGIN_MAX_FAILURES - 1]!;
  const retryAfterMs = unlockingFailure.getTime() + windowMs - now.getTime();
  return { locked: true, retryAfterMinutes: Math.max(1, Math.ceil(retryAfterMs / 60_000)) };
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
