import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { leanDb } from "@/lib/sql-transaction";
import type { Role } from "./permissions";

/** Who is asking: loaded from the database on every request, so a revoked role takes effect at once. */
export type Viewer = {
  userId: string;
  agencyId: string;
  /** The agency's name, for the shell's header (loaded with the viewer: no query of its own). */
  agencyName: string;
  name: string;
  employeeId: string | null;
  roles: Role[];
  operatorUnits: { id: string; path: string }[];
  supervisorSeesIndirect: boolean;
  /**
   * The account was created or reset with a temporary password: until the user chooses their own, every page
   * sends them to /akun/kata-sandi and every command but that one is refused (lib/auth/viewer.ts, lib/action.ts).
   */
  mustChangePassword: boolean;
};

type ViewerRow = {
  id: string;
  agencyId: string;
  agencyName: string;
  name: string;
  employeeId: string | null;
  active: boolean;
  sessionsRevokedAt: Date | null;
  supervisorSeesIndirect: boolean;
  mustChangePassword: boolean;
  supervises: boolean;
  roles: { role: Role; unitId: string | null; unitPath: string | null }[];
};

/**
 * `loginAt` (ms) is when the session was signed in; sessions from before a sign-out, a password change or a reset
 * are refused. One statement: it runs on every signed-in request (Prisma's nested include took four), so it goes
 * straight to the pool (lib/sql-transaction.ts, decision 0044), prepared (planned once per connection).
 * SUPERVISOR follows the supervision tree: anyone who is someone's supervisor holds it, whether or not a role row
 * says so (an import or a move that names a new supervisor gives them their team at once; decision 0023).
 */
export async function loadViewer(userId: string, loginAt?: number): Promise<Viewer | null> {
  const [user] = await leanDb().$queryPrepared<ViewerRow[]>(Prisma.sql`
    SELECT u.id::text, u."agencyId"::text, u.name, u."employeeId"::text, u.active, u."sessionsRevokedAt", u."mustChangePassword",
           EXISTS (SELECT 1 FROM "Employee" s WHERE s."supervisorId" = u."employeeId") AS supervises,
           a.name AS "agencyName", a."supervisorSeesIndirect",
           coalesce((SELECT json_agg(json_build_object('role', r.role, 'unitId', r."unitId", 'unitPath', o.path) ORDER BY r.id)
                     FROM "UserRole" r LEFT JOIN "OrgUnit" o ON o.id = r."unitId" WHERE r."userId" = u.id), '[]') AS roles
    FROM "User" u JOIN "Agency" a ON a.id = u."agencyId"
    WHERE u.id = ${userId}::uuid`);
  if (!user || !user.active) return null;
  if (loginAt !== undefined && user.sessionsRevokedAt && loginAt <= user.sessionsRevokedAt.getTime()) return null;
  return {
    userId: user.id,
    agencyId: user.agencyId,
    agencyName: user.agencyName,
    name: user.name,
    employeeId: user.employeeId,
    roles: [...new Set([...user.roles.map((r) => r.role), ...(user.supervises ? (["SUPERVISOR"] as const) : [])])],
    operatorUnits: user.roles.flatMap((r) => (r.role === "OPERATOR" && r.unitId && r.unitPath ? [{ id: r.unitId, path: r.unitPath }] : [])),
    supervisorSeesIndirect: user.supervisorSeesIndirect,
    mustChangePassword: user.mustChangePassword,
  };
}
