import "server-only";
import type { Viewer } from "@/lib/auth/load-viewer";
import { db } from "@/lib/db";
import type { PositionType } from "@/lib/generated/prisma/enums";
import { calendarToday } from "@/lib/time";
import { isUuid } from "@/lib/uuid";
import { idsOfPath } from "./rules";
import { unitScope } from "./scope";
import { buildTree, flattenTree } from "./tree";
import { unitRows } from "./tree-queries";

export type UnitChoice = { id: string; name: string; code: string; level: number; closed: boolean };

/**
 * The units of the viewer's scope in tree order (siblings by name), for a select: a parent, a position's unit,
 * a filter. Closed units are flagged so a form can disable them.
 */
export async function unitChoices(viewer: Viewer): Promise<UnitChoice[]> {
  const scope = unitScope(viewer, "read:organisation");
  if (!scope) return [];
  const units = await db.orgUnit.findMany({ where: scope, select: { id: true, parentId: true, path: true, name: true, code: true, closedOn: true } });
  return flattenTree(buildTree(units)).map((u) => ({ id: u.id, name: u.name, code: u.code, level: u.level, closed: Boolean(u.closedOn) }));
}

const inServiceToday = () => ({ OR: [{ serviceEndDate: null }, { serviceEndDate: { gte: calendarToday() } }] });

export type PositionOfUnit = { id: string; name: string; type: PositionType; holders: number };

/** One unit for its admin page: its row of the tree, its place, sub-units, positions, and where it may move. */
export async function unitDetail(viewer: Viewer, unitId: string) {
  if (!isUuid(unitId)) return null;
  const [row] = await unitRows(viewer, { unitId });
  if (!row) return null;
  const agencyId = viewer.agencyId;
  const [ancestors, children, positions, choices] = await Promise.all([
    db.orgUnit.findMany({ where: { agencyId, id: { in: idsOfPath(row.path).slice(0, -1) } }, select: { id: true, name: true, depth: true }, orderBy: { depth: "asc" } }),
    db.orgUnit.findMany({ where: { agencyId, parentId: row.id }, select: { id: true, name: true, code: true, closedOn: true }, orderBy: { name: "asc" } }),
    db.position.findMany({
      where: { agencyId, unitId: row.id },
      select: { id: true, name: true, type: true, _count: { select: { employees: { where: inServiceToday() } } } },
      orderBy: { name: "asc" },
    }),
    unitChoices(viewer),
  ]);
  // A unit may move under any open unit outside its own subtree, or to the top level.
  const subtree = new Set((await db.orgUnit.findMany({ where: { agencyId, path: { startsWith: row.path } }, select: { id: true } })).map((u) => u.id));
  return {
    unit: row,
    ancestors,
    children,
    openSubUnits: children.filter((c) => !c.closedOn).length,
    positions: positions.map((p): PositionOfUnit => ({ id: p.id, name: p.name, type: p.type, holders: p._count.employees })),
    moveTargets: choices.filter((c) => !subtree.has(c.id)),
    subtreeSize: subtree.size,
  };
}

export type UnitDetail = NonNullable<Awaited<ReturnType<typeof unitDetail>>>;
