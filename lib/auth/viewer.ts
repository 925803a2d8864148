import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { auth } from "./index";
import type { Role } from "./permissions";

/** Who is asking: loaded from the database on every request, so a revoked role takes effect at once. */
export type Viewer = {
  userId: string;
  agencyId: string;
  name: string;
  employeeId: string | null;
  roles: Role[];
  operatorUnits: { id: string; path: string }[];
  supervisorSeesIndirect: boolean;
};

export async function loadViewer(userId: string): Promise<Viewer | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    include: { roles: { include: { unit: { select: { id: true, path: true } } } }, agency: true },
  });
  if (!user || !user.active) return null;
  return {
    userId: user.id,
    agencyId: user.agencyId,
    name: user.name,
    employeeId: user.employeeId,
    roles: [...new Set(user.roles.map((r) => r.role))],
    operatorUnits: user.roles.flatMap((r) => (r.role === "OPERATOR" && r.unit ? [r.unit] : [])),
    supervisorSeesIndirect: user.agency.supervisorSeesIndirect,
  };
}

export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await auth();
  return session?.user?.id ? loadViewer(session.user.id) : null;
});

/** For actions and route handlers. */
export async function requireViewer(): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) throw new AppError("UNAUTHENTICATED", "signInRequired");
  return viewer;
}

/** For pages: a signed-out visitor goes to the login page. */
export async function pageViewer(): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect("/login");
  return viewer;
}
