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

/** The one page a user who must change their password may open (with signing out). */
export const PASSWORD_CHANGE_PATH = "/akun/kata-sandi";

/**
 * Whoever is signed in, loaded once per request (one query) and shared by the layout, the page and the actions,
 * including an account that must still replace its temporary password. Only the password page uses it directly.
 */
export const getAccountViewer = cache(async (): Promise<Viewer | null> => {
  const session = await getSession();
  return session ? loadViewer(session.uid, session.loginAt) : null;
});

/**
 * Who is asking, for everything else: an account that must first replace its temporary password is nobody yet,
 * so route handlers and reads built on this see no viewer at all.
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const viewer = await getAccountViewer();
  return viewer && !viewer.mustChangePassword ? viewer : null;
});

/** For actions and route handlers. An account with a temporary password is refused (it must change it first). */
export async function requireViewer(options: { duringPasswordChange?: boolean } = {}): Promise<Viewer> {
  const viewer = await getAccountViewer();
  if (!viewer) throw new AppError("UNAUTHENTICATED", "common.signInRequired");
  if (viewer.mustChangePassword && !options.duringPasswordChange) throw new AppError("FORBIDDEN", "accounts.mustChange");
  return viewer;
}

/**
 * For pages: a signed-out visitor goes to the login page, and an account with a temporary password to the page
 * where it chooses its own (`duringPasswordChange`: that page itself, and the shell around it).
 */
export async function pageViewer(options: { duringPasswordChange?: boolean } = {}): Promise<Viewer> {
  const viewer = await getAccountViewer();
  if (!viewer) redirect("/login");
  if (viewer.mustChangePassword && !options.duringPasswordChange) redirect(PASSWORD_CHANGE_PATH);
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
