import { decode, encode } from "next-auth/jwt";
import type { Role } from "./permissions";

// The session cookie, read without Auth.js's request pipeline. Auth.js's `auth()` decrypts the cookie, builds a
// CSRF token and re-encrypts the cookie on every call; the proxy and the page each called it, so a page view paid
// for two decryptions and an encryption (about a tenth of a page's CPU, bench/pages). Here:
// - a cookie is decrypted once per process: the claims are kept by the cookie's exact value until it expires (a
//   value can only be had from a valid cookie, and revocation is checked against the database on every request);
// - the proxy re-issues the cookie only when it is older than UPDATE_AGE, like Auth.js's `updateAge`, so an
//   active session still rolls forward. Sign-in and sign-out stay with Auth.js (/api/auth, lib/auth/actions.ts).

export const SESSION_MAX_AGE = 8 * 60 * 60; // seconds
export const SESSION_UPDATE_AGE = 15 * 60; // seconds: how old a cookie gets before the proxy re-issues it

/** Auth.js's cookie name: with the __Secure- prefix over HTTPS. It is also the salt of the key derivation. */
export const SESSION_COOKIES = ["__Secure-authjs.session-token", "authjs.session-token"] as const;
export type SessionCookieName = (typeof SESSION_COOKIES)[number];

export type SessionClaims = {
  uid: string;
  roles: Role[];
  /** When the session was signed in (ms); sign-out revokes sessions signed in before it. */
  loginAt: number;
  /** Issued at and expiry, seconds since the epoch. */
  iat: number;
  exp: number;
};

type Memo = Map<string, SessionClaims | null>;
const MEMO_KEY = Symbol.for("bangkom.sessionClaims");
const MEMO_LIMIT = 20_000;

function memo(): Memo {
  const global = globalThis as { [MEMO_KEY]?: Memo };
  return (global[MEMO_KEY] ??= new Map());
}

function remember(value: string, claims: SessionClaims | null): void {
  const cache = memo();
  if (cache.size >= MEMO_LIMIT) cache.delete(cache.keys().next().value!); // the oldest entry
  cache.set(value, claims);
}

/** The first session cookie present, by its name (the __Secure- one first). */
export function sessionCookieOf(cookies: { get(name: string): { value: string } | undefined }): { name: SessionCookieName; value: string } | null {
  for (const name of SESSION_COOKIES) {
    const value = cookies.get(name)?.value;
    if (value) return { name, value };
  }
  return null;
}

/** The claims of a session cookie, or null when it is invalid or expired. `now` in ms. */
export async function readSessionClaims(
  cookie: { name: SessionCookieName; value: string },
  secret: string,
  now: number = Date.now(),
): Promise<SessionClaims | null> {
  const key = `${cookie.name}=${cookie.value}`;
  const cache = memo();
  let claims = cache.get(key);
  if (claims === undefined) {
    claims = toClaims(await decode({ token: cookie.value, secret, salt: cookie.name }).catch(() => null));
    remember(key, claims);
  }
  return claims && claims.exp * 1000 > now ? claims : null;
}

function toClaims(token: Record<string, unknown> | null): SessionClaims | null {
  if (!token || typeof token.uid !== "string" || !token.uid) return null;
  return {
    uid: token.uid,
    roles: Array.isArray(token.roles) ? (token.roles as Role[]) : [],
    loginAt: Number(token.loginAt ?? 0),
    iat: Number(token.iat ?? 0),
    exp: Number(token.exp ?? 0),
  };
}

/** Whether a session's cookie is old enough to be re-issued (seconds since issue ≥ SESSION_UPDATE_AGE). */
export function needsRefresh(claims: SessionClaims, now: number = Date.now()): boolean {
  return now / 1000 - claims.iat >= SESSION_UPDATE_AGE;
}

/** A fresh cookie value with the same claims and a new expiry, encrypted as Auth.js does. */
export async function reissueSessionCookie(claims: SessionClaims, name: SessionCookieName, secret: string) {
  const token = { sub: claims.uid, uid: claims.uid, roles: claims.roles, loginAt: claims.loginAt };
  const value = await encode({ token, secret, salt: name, maxAge: SESSION_MAX_AGE });
  return {
    name,
    value,
    options: { httpOnly: true, sameSite: "lax" as const, path: "/", secure: name.startsWith("__Secure-"), maxAge: SESSION_MAX_AGE },
  };
}
