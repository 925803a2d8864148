import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { cached, cacheTags } from "@/lib/cache";
import { db } from "@/lib/db";

/**
 * The competency standard of a position in the viewer's agency, managerial first, then by code. Part of the
 * competency dictionary: read through the shared cache (lib/cache), under the agency's competency tag.
 */
export async function positionStandard(viewer: Viewer, positionId: string) {
  const agencyId = viewer.agencyId;
  return cached({ key: `competency.standard:${agencyId}:${positionId}`, tags: [cacheTags.competency(agencyId)] }, async () => {
    const rows = await db.positionCompetency.findMany({
      where: { positionId, agencyId },
      include: { competency: { include: { levels: { orderBy: { level: "asc" } } } } },
    });
    const kindOrder = { MANAGERIAL: 0, SOCIOCULTURAL: 1, GOVERNMENT: 2, TECHNICAL: 3 } as const;
    return rows.sort(
      (a, b) => kindOrder[a.competency.kind] - kindOrder[b.competency.kind] || a.competency.code.localeCompare(b.competency.code),
    );
  });
}
