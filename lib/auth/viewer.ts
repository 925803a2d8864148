import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { AppError } from "@/lib/errors";
import { auth } from "./index";
import { loadViewer, type Viewer } from "./load-viewer";

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
