import "server-only";
import type { Viewer } from "@/lib/auth/load-viewer";
import { hasPermission } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { unitScope } from "@/lib/org/scope";
import { calendarToday } from "@/lib/time";
import { isUuid } from "@/lib/uuid";
import { KIND_ORDER, pickVersionInForce, versionStatus } from "./standards-rules";

// The versions of one position's standard, for its page: for those who manage competencies (admins, the whole
// agency). Operators read standards through the competency views of their unit (decision 0029).

const kindRank = (kind: (typeof KIND_ORDER)[number]) => KIND_ORDER.indexOf(kind);

/** The position, all versions of its standard (newest first, each with its status today), and the lines and
 * requirements of each; null when the position is not the viewer's to read. */
export async function positionStandards(viewer: Viewer, positionId: string) {
  if (!isUuid(positionId)) return null;
  const scope = unitScope(viewer, "manage:competency");
  if (!scope) return null;
  const position = await db.position.findFirst({
    where: { id: positionId, agencyId: viewer.agencyId, unit: scope },
    select: {
      id: true, name: true, type: true, unit: { select: { id: true, name: true } },
      standardVersions: {
        orderBy: { effectiveFrom: "desc" },
        select: {
          id: true, legalBasis: true, effectiveFrom: true,
          lines: {
            select: {
              id: true, requiredLevel: true, importance: true,
              competency: { select: { id: true, code: true, name: true, kind: true, levels: { select: { level: true, descriptor: true } } } },
            },
          },
          requirements: {
            select: { id: true, kind: true, description: true, importance: true, program: { select: { id: true, title: true } } },
            orderBy: [{ kind: "asc" }, { description: "asc" }],
          },
        },
      },
    },
  });
  if (!position) return null;
  const today = calendarToday();
  const inForce = pickVersionInForce(position.standardVersions, today);
  const versions = position.standardVersions.map((v) => ({
    ...v,
    status: versionStatus(v, inForce?.id ?? null, today),
    lines: [...v.lines].sort((a, b) => kindRank(a.competency.kind) - kindRank(b.competency.kind) || a.competency.code.localeCompare(b.competency.code)),
  }));
  return { position, versions, inForceId: inForce?.id ?? null, canEdit: hasPermission(viewer.roles, "manage:competency") };
}

export type PositionStandards = NonNullable<Awaited<ReturnType<typeof positionStandards>>>;
export type StandardVersionView = PositionStandards["versions"][number];

/** What an editor chooses from: the agency's competencies (dictionary order) and catalog programs. */
export async function standardChoices(viewer: Viewer) {
  if (!hasPermission(viewer.roles, "manage:competency")) return { competencies: [], programs: [] };
  const [competencies, programs] = await Promise.all([
    db.competency.findMany({ where: { agencyId: viewer.agencyId }, select: { id: true, code: true, name: true, kind: true }, orderBy: { code: "asc" } }),
    db.program.findMany({ where: { agencyId: viewer.agencyId }, select: { id: true, title: true }, orderBy: { title: "asc" }, take: 1000 }),
  ]);
  competencies.sort((a, b) => kindRank(a.kind) - kindRank(b.kind) || a.code.localeCompare(b.code));
  return { competencies, programs };
}
