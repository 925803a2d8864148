// Pure rules of the organisation tree: paths, moves, closing, heads. No I/O, no Prisma: the commands in
// lib/org/commands.ts ask these and the ASN import (lib/import) may use the path helpers for the units it creates.
//
// A unit's `path` is the chain of ids from its root down to itself, "/root/…/self/", so the subtree of a unit is
// every unit whose path starts with its path, and its depth is the number of ids in the path minus one.

/** The path of a unit with this id under a parent (null: a top-level unit). */
export function childPath(parentPath: string | null, id: string): string {
  return `${parentPath ?? "/"}${id}/`;
}

/** The depth a path stands for: a top-level unit is 0. */
export function depthOfPath(path: string): number {
  return path.split("/").filter(Boolean).length - 1;
}

/** Whether `path` lies in the subtree rooted at `rootPath` (the root itself included). */
export function isInSubtree(path: string, rootPath: string): boolean {
  return path.startsWith(rootPath);
}

/** The ids of a path's units, root first (the last is the unit itself). */
export function idsOfPath(path: string): string[] {
  return path.split("/").filter(Boolean);
}

/**
 * Where a unit of a moved subtree ends up: the moved unit's old path prefix is replaced by its new one. The SQL
 * of the move does the same to the whole subtree in one statement; this states the rule and serves tests.
 */
export function rebasePath(path: string, oldPrefix: string, newPrefix: string): string {
  if (!path.startsWith(oldPrefix)) throw new Error(`${path} is not under ${oldPrefix}`);
  return newPrefix + path.slice(oldPrefix.length);
}

type TreeUnit = { id: string; path: string; parentId: string | null; closedOn: Date | null };

export type MoveProblem = "unchanged" | "self" | "descendant" | "parentClosed" | "unitClosed";

/** Whether a unit may move under a new parent (null: to the top level). */
export function checkMove(unit: TreeUnit, newParent: Pick<TreeUnit, "id" | "path" | "closedOn"> | null): MoveProblem | null {
  if (unit.closedOn) return "unitClosed";
  if ((newParent?.id ?? null) === unit.parentId) return "unchanged";
  if (!newParent) return null;
  if (newParent.id === unit.id) return "self";
  if (isInSubtree(newParent.path, unit.path)) return "descendant";
  if (newParent.closedOn) return "parentClosed";
  return null;
}

/** The new path, depth change and parent of a move already checked by `checkMove`. */
export function planMove(unit: { id: string; path: string }, newParent: { id: string; path: string } | null) {
  const newPath = childPath(newParent?.path ?? null, unit.id);
  return { oldPath: unit.path, newPath, depthDelta: depthOfPath(newPath) - depthOfPath(unit.path), parentId: newParent?.id ?? null };
}

export type CloseProblem = "alreadyClosed" | "hasStaff" | "hasOpenUnits" | "future";

/**
 * Whether a unit may close on a date: not while anyone still works in it (in service, directly in it) or any of
 * its sub-units is open (they close first), and not on a date after today.
 */
export function checkClose(
  unit: { closedOn: Date | null },
  counts: { inServiceStaff: number; openSubUnits: number },
  closedOn: Date,
  today: Date,
): CloseProblem | null {
  if (unit.closedOn) return "alreadyClosed";
  if (closedOn.getTime() > today.getTime()) return "future";
  if (counts.inServiceStaff > 0) return "hasStaff";
  if (counts.openSubUnits > 0) return "hasOpenUnits";
  return null;
}

export type ReopenProblem = "notClosed" | "parentClosed";

/** A closed unit reopens, unless its parent is closed too (reopen the parent first). */
export function checkReopen(unit: { closedOn: Date | null }, parent: { closedOn: Date | null } | null): ReopenProblem | null {
  if (!unit.closedOn) return "notClosed";
  if (parent?.closedOn) return "parentClosed";
  return null;
}

/** A closed unit takes no new sub-units, positions or staff. */
export function acceptsNewMembers(unit: { closedOn: Date | null }): boolean {
  return !unit.closedOn;
}

export type HeadProblem = "otherUnit";

/** A unit's head position must be one of the unit's own positions (or none). */
export function checkHeadPosition(unitId: string, position: { unitId: string } | null): HeadProblem | null {
  if (position && position.unitId !== unitId) return "otherUnit";
  return null;
}
