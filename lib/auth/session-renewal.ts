import "server-only";
import { cookies } from "next/headers";
import { env } from "@/lib/env";
import { readSessionClaims, reissueSessionCookie, sessionCookieOf } from "./session-cookie";

/**
 * Keeps the current session valid after its account revoked all sessions at `revokedAt` (a password change ends
 * every OTHER session): the cookie is re-issued with a sign-in time just after the revocation. For server actions.
 */
export async function renewCurrentSession(revokedAt: Date): Promise<void> {
  const jar = await cookies();
  const cookie = sessionCookieOf(jar);
  if (!cookie) return;
  const claims = await readSessionClaims(cookie, env().AUTH_SECRET);
  if (!claims) return;
  const fresh = await reissueSessionCookie({ ...claims, loginAt: revokedAt.getTime() + 1 }, cookie.name, env().AUTH_SECRET);
  jar.set(fresh.name, fresh.value, fresh.options);
}
