import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { hasPermission } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

export type OpdHeadcount = { id: string; name: string; total: number; pns: number; pppk: number };

/** Headcount per top-level unit (OPD), counting everyone in its subtree (the first id of a unit's path is its root). */
export async function headcountByOpd(viewer: Viewer): Promise<OpdHeadcount[]> {
  if (!hasPermission(viewer.roles, "read:agency-dashboard")) throw new AppError("FORBIDDEN", "common.forbidden");
  return db.$queryRaw<OpdHeadcount[]>`
    SELECT root.id::text AS id, root.name,
           count(e.id)::int AS total,
           count(e.id) FILTER (WHERE e.kind = 'PNS')::int AS pns,
           count(e.id) FILTER (WHERE e.kind = 'PPPK')::int AS pppk
    FROM "OrgUnit" root
    LEFT JOIN "OrgUnit" u ON u."agencyId" = root."agencyId" AND split_part(u.path, '/', 2) = root.id::text
    LEFT JOIN "Employee" e ON e."unitId" = u.id
    WHERE root."agencyId" = ${viewer.agencyId}::uuid AND root.depth = 0
    GROUP BY root.id, root.name
    ORDER BY total DESC, root.name`;
}

/** Units the viewer may filter by: the whole agency for admins, an operator's own subtree otherwise. */
export async function unitOptions(viewer: Viewer) {
  const whole = hasPermission(viewer.roles, "read:agency-dashboard");
  const units = await db.orgUnit.findMany({
    where: {
      agencyId: viewer.agencyId,
      ...(whole ? {} : { OR: viewer.operatorUnits.map((u) => ({ path: { startsWith: u.path } })) }),
    },
    select: { id: true, name: true, depth: true, path: true },
    orderBy: { path: "asc" },
  });
  return whole || viewer.operatorUnits.length ? units : [];
}
