import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { cached, cacheTags } from "@/lib/cache";
import { db } from "@/lib/db";
import { calendarToday } from "@/lib/time";
import { isoDay } from "./standards-rules";

/**
 * The competency standard of a position in the viewer's agency as in force today (the version with the latest
 * effective date on or before today), managerial first, then by code; empty when no version is in force yet.
 * Part of the competency dictionary: read through the shared cache (lib/cache), under the agency's competency
 * tag, which every dictionary and standards command invalidates; the key holds the day, so a version taking
 * effect tomorrow is read tomorrow without any change.
 */
export async function positionStandard(viewer: Viewer, positionId: string) {
  const agencyId = viewer.agencyId;
  const today = calendarToday();
  return cached({ key: `competency.standard:${agencyId}:${positionId}:${isoDay(today)}`, tags: [cacheTags.competency(agencyId)] }, async () => {
    const version = await db.positionStandardVersion.findFirst({
      where: { agencyId, positionId, effectiveFrom: { lte: today } },
      orderBy: { effectiveFrom: "desc" },
      select: { id: true },
    });
    if (!version) return [];
    const rows = await db.positionCompetency.findMany({
      where: { agencyId, versionId: version.id },
      include: { competency: { include: { levels: { orderBy: { level: "asc" } } } } },
    });
    const kindOrder = { MANAGERIAL: 0, SOCIOCULTURAL: 1, GOVERNMENT: 2, TECHNICAL: 3 } as const;
    return rows.sort(
      (a, b) => kindOrder[a.competency.kind] - kindOrder[b.competency.kind] || a.competency.code.localeCompare(b.competency.code),
    );
  });
}
