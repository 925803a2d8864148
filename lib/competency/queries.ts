import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";

/** The competency standard of a position in the viewer's agency, managerial first, then by code. */
export async function positionStandard(viewer: Viewer, positionId: string) {
  const rows = await db.positionCompetency.findMany({
    where: { positionId, agencyId: viewer.agencyId },
    include: { competency: { include: { levels: { orderBy: { level: "asc" } } } } },
  });
  const kindOrder = { MANAGERIAL: 0, SOCIOCULTURAL: 1, GOVERNMENT: 2, TECHNICAL: 3 } as const;
  return rows.sort(
    (a, b) => kindOrder[a.competency.kind] - kindOrder[b.competency.kind] || a.competency.code.localeCompare(b.competency.code),
  );
}
