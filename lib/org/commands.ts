import "server-only";
import { randomUUID } from "node:crypto";
import { defineCommand } from "@/lib/action";
import type { Viewer } from "@/lib/auth/load-viewer";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { calendarToday } from "@/lib/time";
import { acceptsNewMembers, checkClose, checkHeadPosition, checkMove, checkReopen, childPath, depthOfPath, planMove } from "./rules";
import { closeUnitSchema, createUnitSchema, moveUnitSchema, renameUnitSchema, reopenUnitSchema, setUnitHeadSchema } from "./schemas";

// Changes to the organisation tree, each audited with what it was before and after. Admins only
// (manage:organisation); an operator reads their subtree (lib/org/tree-queries.ts) and changes nothing here.
// Changes of the tree's shape (create, move, close, reopen) take one lock per agency, so two moves cannot make
// a unit its own ancestor between them, and a unit cannot close while a sub-unit is being created under it.

const REVALIDATE = ["/admin/organisasi", "/admin/jabatan"];

async function lockTree(tx: Tx, agencyId: string) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`org-tree:${agencyId}`}))`;
}

const unitFields = { id: true, parentId: true, path: true, depth: true, name: true, code: true, kind: true, closedOn: true, headPositionId: true } as const;

/** A unit of the viewer's agency, or NOT_FOUND (another agency's id finds nothing). */
export async function findUnit(tx: Tx, viewer: Viewer, unitId: string) {
  const unit = await tx.orgUnit.findFirst({ where: { agencyId: viewer.agencyId, id: unitId }, select: unitFields });
  if (!unit) throw new AppError("NOT_FOUND", "common.notFound");
  return unit;
}

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

export const createUnit = defineCommand({
  name: "unit.create",
  permission: "manage:organisation",
  schema: createUnitSchema,
  revalidate: REVALIDATE,
  uniqueViolation: { field: "code", message: "org.form.codeTaken" },
  successMessage: (m) => m.org.done.created,
  async run({ viewer, input, tx, audit }) {
    await lockTree(tx, viewer.agencyId);
    const parent = input.parentId ? await findUnit(tx, viewer, input.parentId) : null;
    if (parent && !acceptsNewMembers(parent)) throw new AppError("VALIDATION", "common.invalid", { parentId: ["org.errors.parentClosed"] });
    const id = randomUUID();
    const path = childPath(parent?.path ?? null, id);
    const unit = await tx.orgUnit.create({
      data: { id, agencyId: viewer.agencyId, parentId: parent?.id ?? null, kind: input.kind, code: input.code, name: input.name, path, depth: depthOfPath(path) },
      select: { id: true, parentId: true, kind: true, code: true, name: true, path: true },
    });
    await audit({ action: "unit.create", entity: "OrgUnit", entityId: id, before: null, after: unit });
    return { unitId: id };
  },
});

export const renameUnit = defineCommand({
  name: "unit.rename",
  permission: "manage:organisation",
  schema: renameUnitSchema,
  revalidate: REVALIDATE,
  uniqueViolation: { field: "code", message: "org.form.codeTaken" },
  async run({ viewer, input, tx, audit }) {
    const unit = await findUnit(tx, viewer, input.unitId);
    const after = { name: input.name, code: input.code, kind: input.kind };
    await tx.orgUnit.update({ where: { id: unit.id }, data: after });
    await audit({ action: "unit.rename", entity: "OrgUnit", entityId: unit.id, before: { name: unit.name, code: unit.code, kind: unit.kind }, after });
    return { unitId: unit.id };
  },
});

export const moveUnit = defineCommand({
  name: "unit.move",
  permission: "manage:organisation",
  schema: moveUnitSchema,
  revalidate: REVALIDATE,
  successMessage: (m) => m.org.done.moved,
  async run({ viewer, input, tx, audit }) {
    await lockTree(tx, viewer.agencyId);
    const unit = await findUnit(tx, viewer, input.unitId);
    const parent = input.parentId ? await findUnit(tx, viewer, input.parentId) : null;
    const problem = checkMove(unit, parent);
    if (problem) throw new AppError("VALIDATION", "common.invalid", { parentId: [`org.move.${problem}`] });
    const plan = planMove(unit, parent);
    // The whole subtree in one statement: every path that starts with the old one gets the new prefix, every
    // depth the same shift, and the moved unit its new parent. Ids and slashes only: no LIKE wildcard to escape.
    const moved = await tx.$executeRaw`
      UPDATE "OrgUnit"
      SET path = ${plan.newPath} || substr(path, ${plan.oldPath.length + 1}),
          depth = depth + ${plan.depthDelta}::int,
          "parentId" = CASE WHEN id = ${unit.id}::uuid THEN ${plan.parentId}::uuid ELSE "parentId" END
      WHERE "agencyId" = ${viewer.agencyId}::uuid AND path LIKE ${`${plan.oldPath}%`}`;
    await audit({
      action: "unit.move", entity: "OrgUnit", entityId: unit.id,
      before: { parentId: unit.parentId, path: unit.path, depth: unit.depth },
      after: { parentId: plan.parentId, path: plan.newPath, depth: unit.depth + plan.depthDelta, unitsMoved: moved },
    });
    return { unitsMoved: moved };
  },
});

export const closeUnit = defineCommand({
  name: "unit.close",
  permission: "manage:organisation",
  schema: closeUnitSchema,
  revalidate: REVALIDATE,
  successMessage: (m) => m.org.done.closed,
  async run({ viewer, input, tx, audit }) {
    await lockTree(tx, viewer.agencyId);
    const unit = await findUnit(tx, viewer, input.unitId);
    const today = calendarToday();
    const [inServiceStaff, openSubUnits] = await Promise.all([
      tx.employee.count({ where: { agencyId: viewer.agencyId, unitId: unit.id, OR: [{ serviceEndDate: null }, { serviceEndDate: { gte: today } }] } }),
      tx.orgUnit.count({ where: { agencyId: viewer.agencyId, parentId: unit.id, closedOn: null } }),
    ]);
    const problem = checkClose(unit, { inServiceStaff, openSubUnits }, input.closedOn, today);
    if (problem) {
      // The date is the field at fault only when it is in the future; otherwise the unit itself is not ready.
      const fields = problem === "future" ? { closedOn: [`org.close.${problem}`] } : undefined;
      throw new AppError("VALIDATION", `org.close.${problem}`, fields, { staff: inServiceStaff, units: openSubUnits });
    }
    await tx.orgUnit.update({ where: { id: unit.id }, data: { closedOn: input.closedOn } });
    await audit({ action: "unit.close", entity: "OrgUnit", entityId: unit.id, before: { closedOn: null }, after: { closedOn: day(input.closedOn) } });
    return { unitId: unit.id };
  },
});

export const reopenUnit = defineCommand({
  name: "unit.reopen",
  permission: "manage:organisation",
  schema: reopenUnitSchema,
  revalidate: REVALIDATE,
  successMessage: (m) => m.org.done.reopened,
  async run({ viewer, input, tx, audit }) {
    await lockTree(tx, viewer.agencyId);
    const unit = await findUnit(tx, viewer, input.unitId);
    const parent = unit.parentId ? await findUnit(tx, viewer, unit.parentId) : null;
    const problem = checkReopen(unit, parent);
    if (problem) throw new AppError("VALIDATION", `org.reopen.${problem}`);
    await tx.orgUnit.update({ where: { id: unit.id }, data: { closedOn: null } });
    await audit({ action: "unit.reopen", entity: "OrgUnit", entityId: unit.id, before: { closedOn: day(unit.closedOn) }, after: { closedOn: null } });
    return { unitId: unit.id };
  },
});

export const setUnitHead = defineCommand({
  name: "unit.setHead",
  permission: "manage:organisation",
  schema: setUnitHeadSchema,
  revalidate: REVALIDATE,
  successMessage: (m) => m.org.done.headSet,
  async run({ viewer, input, tx, audit }) {
    const unit = await findUnit(tx, viewer, input.unitId);
    const position = input.positionId
      ? await tx.position.findFirst({ where: { agencyId: viewer.agencyId, id: input.positionId }, select: { id: true, unitId: true, name: true } })
      : null;
    if (input.positionId && !position) throw new AppError("NOT_FOUND", "common.notFound");
    if (checkHeadPosition(unit.id, position)) throw new AppError("VALIDATION", "common.invalid", { positionId: ["org.errors.headOtherUnit"] });
    const before = unit.headPositionId
      ? await tx.position.findFirst({ where: { id: unit.headPositionId }, select: { name: true } })
      : null;
    await tx.orgUnit.update({ where: { id: unit.id }, data: { headPositionId: position?.id ?? null } });
    await audit({
      action: "unit.setHead", entity: "OrgUnit", entityId: unit.id,
      before: { headPositionId: unit.headPositionId, headPositionName: before?.name ?? null },
      after: { headPositionId: position?.id ?? null, headPositionName: position?.name ?? null },
    });
    return { unitId: unit.id };
  },
});
