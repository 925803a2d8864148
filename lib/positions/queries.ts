import "server-only";
import type { Viewer } from "@/lib/auth/load-viewer";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PositionType } from "@/lib/generated/prisma/enums";
import { unitScope } from "@/lib/org/scope";
import { calendarToday } from "@/lib/time";
import { paginate, type Page } from "@/lib/ui/pagination";
import { isUuid } from "@/lib/uuid";
import { FUNCTIONAL, FUNCTIONAL_LEVELS, joinPositionType, type PositionGroup } from "./rules";

const PAGE_SIZE = 25;
const FUNCTIONAL_TYPES = FUNCTIONAL_LEVELS.map((level) => joinPositionType(FUNCTIONAL, level)!);
const inService = () => ({ OR: [{ serviceEndDate: null }, { serviceEndDate: { gte: calendarToday() } }] });

export type PositionRow = {
  id: string;
  name: string;
  type: PositionType;
  unit: { id: string; name: string; closedOn: Date | null };
  holders: number;
  standardLines: number;
  headsUnit: boolean;
};

export type PositionFilters = { q?: string; unitId?: string; group?: PositionGroup; page: number };

/** Positions of the viewer's units (an operator: their subtree), searched by name, by unit (with its sub-units) and group. */
export async function listPositions(viewer: Viewer, filters: PositionFilters): Promise<Page<PositionRow>> {
  const scope = unitScope(viewer, "read:organisation");
  if (!scope) return paginate(1, PAGE_SIZE, async () => 0, async () => []);
  const chosen = filters.unitId && isUuid(filters.unitId)
    ? await db.orgUnit.findFirst({ where: { AND: [scope, { id: filters.unitId }] }, select: { path: true } })
    : null;
  const q = filters.q?.trim().slice(0, 200);
  const where: Prisma.PositionWhereInput = {
    agencyId: viewer.agencyId,
    unit: chosen ? { AND: [scope, { path: { startsWith: chosen.path } }] } : scope,
    ...(q ? { name: { contains: q, mode: "insensitive" } } : {}),
    ...(filters.group === FUNCTIONAL ? { type: { in: FUNCTIONAL_TYPES } } : filters.group ? { type: filters.group } : {}),
  };
  return paginate(filters.page, PAGE_SIZE, () => db.position.count({ where }), async (skip, take) => {
    const rows = await db.position.findMany({
      where, skip, take, orderBy: [{ name: "asc" }, { id: "asc" }],
      select: {
        id: true, name: true, type: true,
        unit: { select: { id: true, name: true, closedOn: true } },
        _count: { select: { employees: { where: inService() }, heads: true } },
      },
    });
    const lines = await linesInForce(viewer.agencyId, rows.map((r) => r.id));
    return rows.map((r) => ({ id: r.id, name: r.name, type: r.type, unit: r.unit, holders: r._count.employees, standardLines: lines.get(r.id) ?? 0, headsUnit: r._count.heads > 0 }));
  });
}

/** The number of lines of each position's standard version in force today (versions to come and replaced ones aside). */
async function linesInForce(agencyId: string, positionIds: string[]): Promise<Map<string, number>> {
  if (!positionIds.length) return new Map();
  const rows = await db.$queryRaw<{ positionId: string; n: number }[]>`
    SELECT position_id::text AS "positionId", count(*)::int AS n FROM position_standard_on(${agencyId}::uuid, ${calendarToday()}::date)
     WHERE position_id = ANY(${positionIds}::uuid[]) GROUP BY position_id`;
  return new Map(rows.map((r) => [r.positionId, r.n]));
}

/** One position for its edit page: its unit, its competency standard in force today (read-only here) and its current holders. */
export async function positionDetail(viewer: Viewer, positionId: string) {
  if (!isUuid(positionId)) return null;
  const scope = unitScope(viewer, "manage:organisation");
  if (!scope) return null;
  const inForce = await db.positionStandardVersion.findFirst({
    where: { agencyId: viewer.agencyId, positionId, effectiveFrom: { lte: calendarToday() } }, orderBy: { effectiveFrom: "desc" }, select: { id: true },
  });
  return db.position.findFirst({
    where: { id: positionId, agencyId: viewer.agencyId, unit: scope },
    select: {
      id: true, name: true, type: true, unitId: true,
      unit: { select: { id: true, name: true, closedOn: true } },
      heads: { select: { id: true, name: true } },
      standards: {
        where: { versionId: inForce?.id ?? "00000000-0000-0000-0000-000000000000" },
        select: {
          id: true, requiredLevel: true, importance: true,
          competency: { select: { code: true, name: true, kind: true, levels: { select: { level: true, descriptor: true } } } },
        },
        orderBy: { competency: { code: "asc" } },
      },
      employees: { where: inService(), select: { id: true, name: true, frontTitle: true, backTitle: true, nip: true }, orderBy: { name: "asc" }, take: 20 },
      _count: { select: { employees: { where: inService() } } },
    },
  });
}

export type PositionDetail = NonNullable<Awaited<ReturnType<typeof positionDetail>>>;
