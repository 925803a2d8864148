import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { isPublicPath, loginRedirect } from "@/lib/auth/config.base";
import { needsRefresh, readSessionClaims, reissueSessionCookie, SESSION_UPDATE_AGE, sessionCookieOf, type SessionCookieName } from "@/lib/auth/session-cookie";

const SECRET = "unit-secret-unit-secret-unit-secret-0001";
const NAME: SessionCookieName = "authjs.session-token";

async function cookieFor(token: Record<string, unknown>, { secret = SECRET, name = NAME, maxAge = 3600 } = {}) {
  return { name, value: await encode({ token, secret, salt: name, maxAge }) };
}

describe("the session cookie read without Auth.js's pipeline (lib/auth/session-cookie.ts)", () => {
  it("reads the claims the app's jwt callback wrote", async () => {
    const claims = await readSessionClaims(await cookieFor({ uid: "u-1", roles: ["ASN"], loginAt: 1234 }), SECRET);
    expect(claims).toMatchObject({ uid: "u-1", roles: ["ASN"], loginAt: 1234 });
    expect(claims!.exp - claims!.iat).toBe(3600);
  });

  it("refuses a cookie made with another secret, a tampered one, and one without a user", async () => {
    expect(await readSessionClaims(await cookieFor({ uid: "u-1" }, { secret: "x".repeat(40) }), SECRET)).toBeNull();
    const good = await cookieFor({ uid: "u-1" });
    expect(await readSessionClaims({ name: NAME, value: `${good.value.slice(0, -4)}AAAA` }, SECRET)).toBeNull();
    expect(await readSessionClaims(await cookieFor({ roles: ["ADMIN"] }), SECRET)).toBeNull();
  });

  it("uses the cookie's name as the salt: a cookie moved to the __Secure- name is refused", async () => {
    const plain = await cookieFor({ uid: "u-1" });
    expect(await readSessionClaims({ name: "__Secure-authjs.session-token", value: plain.value }, SECRET)).toBeNull();
  });

  it("refuses an expired cookie even after it was read while valid", async () => {
    const cookie = await cookieFor({ uid: "u-2" }, { maxAge: 60 });
    expect(await readSessionClaims(cookie, SECRET)).not.toBeNull();
    expect(await readSessionClaims(cookie, SECRET, Date.now() + 61_000)).toBeNull();
  });

  it("prefers the __Secure- cookie when both are sent", () => {
    const jar = new Map([["authjs.session-token", { value: "b" }], ["__Secure-authjs.session-token", { value: "a" }]]);
    expect(sessionCookieOf(jar)).toEqual({ name: "__Secure-authjs.session-token", value: "a" });
    expect(sessionCookieOf(new Map())).toBeNull();
  });

  it("re-issues a cookie only once it is SESSION_UPDATE_AGE old, with the same claims and a new expiry", async () => {
    const claims = (await readSessionClaims(await cookieFor({ uid: "u-3", roles: ["ADMIN"], loginAt: 99 }), SECRET))!;
    expect(needsRefresh(claims, claims.iat * 1000 + (SESSION_UPDATE_AGE - 1) * 1000)).toBe(false);
    expect(needsRefresh(claims, claims.iat * 1000 + SESSION_UPDATE_AGE * 1000)).toBe(true);
    const fresh = await reissueSessionCookie(claims, NAME, SECRET);
    expect(fresh.options).toMatchObject({ httpOnly: true, sameSite: "lax", path: "/", secure: false });
    expect(await readSessionClaims(fresh, SECRET)).toMatchObject({ uid: "u-3", roles: ["ADMIN"], loginAt: 99 });
    expect((await reissueSessionCookie(claims, "__Secure-authjs.session-token", SECRET)).options.secure).toBe(true);
  });
});

describe("the proxy's sign-in redirect", () => {
  it("lets public paths through and nothing that merely starts like one", () => {
    expect(isPublicPath("/login")).toBe(true);
    expect(isPublicPath("/verifikasi/ABC")).toBe(true);
    expect(isPublicPath("/loginx")).toBe(false);
    expect(isPublicPath("/pelatihan")).toBe(false);
  });

  it("sends a visitor back where they were going, except from the root", () => {
    expect(loginRedirect(new URL("http://x/pelatihan?q=a")).toString()).toBe("http://x/login?callbackUrl=%2Fpelatihan%3Fq%3Da");
    expect(loginRedirect(new URL("http://x/")).toString()).toBe("http://x/login");
  });
});
