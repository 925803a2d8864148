import "server-only";
import { cookies } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { loadViewer, type Viewer } from "./load-viewer";
import { readSessionClaims, sessionCookieOf, type SessionClaims } from "./session-cookie";
import { accessFor, type Access, type Permission } from "./permissions";

export type { Viewer };

/** The session's claims, from the cookie decrypted once per process (lib/auth/session-cookie.ts). */
export const getSession = cache(async (): Promise<SessionClaims | null> => {
  const cookie = sessionCookieOf(await cookies());
  return cookie ? readSessionClaims(cookie, env().AUTH_SECRET) : null;
});

/** Who is asking, loaded once per request (one query) and shared by the layout, the page and the actions. */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await getSession();
  return session ? loadViewer(session.uid, session.loginAt) : null;
});

/** For actions and route handlers. */
export async function requireViewer(): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) throw new AppError("UNAUTHENTICATED", "common.signInRequired");
  return viewer;
}

/** For pages: a signed-out visitor goes to the login page. */
export async function pageViewer(): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect("/login");
  return viewer;
}

/**
 * The one page guard: the signed-in viewer when their roles grant the permission (at one of the given access
 * levels, when named), else the 403 page. Queries still scope every read; this only keeps a page from opening.
 */
export async function requirePermission(permission: Permission, access?: readonly Access[]): Promise<Viewer> {
  const viewer = await pageViewer();
  const granted = accessFor(viewer.roles, permission);
  if (!granted.some((a) => !access || access.includes(a))) forbidden();
  return viewer;
}
