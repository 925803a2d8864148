import "server-only";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { AppError } from "@/lib/errors";
import { auth } from "./index";
import { loadViewer, type Viewer } from "./load-viewer";
import { accessFor, type Access, type Permission } from "./permissions";

export type { Viewer };

export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await auth();
  return session?.user?.id ? loadViewer(session.user.id, (session as { loginAt?: number }).loginAt ?? 0) : null;
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
