import "server-only";
import { db } from "@/lib/db";
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

/** `loginAt` (ms) is when the session was signed in; sessions from before a sign-out are refused. */
export async function loadViewer(userId: string, loginAt?: number): Promise<Viewer | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    include: { roles: { include: { unit: { select: { id: true, path: true } } } }, agency: true },
  });
  if (!user || !user.active) return null;
  if (loginAt !== undefined && user.sessionsRevokedAt && loginAt <= user.sessionsRevokedAt.getTime()) return null;
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
