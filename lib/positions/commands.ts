import "server-only";
import { defineCommand } from "@/lib/action";
import { AppError } from "@/lib/errors";
import { findUnit } from "@/lib/org/commands";
import { acceptsNewMembers } from "@/lib/org/rules";
import { calendarToday } from "@/lib/time";
import { createPositionSchema, updatePositionSchema } from "./schemas";

// Positions (jabatan) of the agency's units, each change audited with before and after. Admins only
// (manage:organisation). A closed unit takes no new positions; a position keeps its unit while it heads that unit
// or anyone in service holds it (their own unit would otherwise disagree with their position's).

const REVALIDATE = ["/admin/jabatan", "/admin/organisasi"];

export const createPosition = defineCommand({
  name: "position.create",
  permission: "manage:organisation",
  schema: createPositionSchema,
  revalidate: REVALIDATE,
  successMessage: (m) => m.org.positions.done.created,
  async run({ viewer, input, tx, audit }) {
    const unit = await findUnit(tx, viewer, input.unitId);
    if (!acceptsNewMembers(unit)) throw new AppError("VALIDATION", "common.invalid", { unitId: ["org.positions.errors.unitClosed"] });
    const position = await tx.position.create({
      data: { agencyId: viewer.agencyId, unitId: unit.id, name: input.name, type: input.type },
      select: { id: true, unitId: true, name: true, type: true },
    });
    await audit({ action: "position.create", entity: "Position", entityId: position.id, before: null, after: position });
    return { positionId: position.id };
  },
});

export const updatePosition = defineCommand({
  name: "position.update",
  permission: "manage:organisation",
  schema: updatePositionSchema,
  revalidate: REVALIDATE,
  async run({ viewer, input, tx, audit }) {
    const before = await tx.position.findFirst({
      where: { agencyId: viewer.agencyId, id: input.positionId },
      select: { id: true, unitId: true, name: true, type: true },
    });
    if (!before) throw new AppError("NOT_FOUND", "common.notFound");
    if (input.unitId !== before.unitId) {
      const unit = await findUnit(tx, viewer, input.unitId);
      if (!acceptsNewMembers(unit)) throw new AppError("VALIDATION", "common.invalid", { unitId: ["org.positions.errors.unitClosed"] });
      const heads = await tx.orgUnit.findFirst({ where: { agencyId: viewer.agencyId, headPositionId: before.id }, select: { name: true } });
      if (heads) throw new AppError("VALIDATION", "common.invalid", { unitId: ["org.positions.errors.headsUnit"] }, { unit: heads.name });
      const today = calendarToday();
      const holders = await tx.employee.count({
        where: { agencyId: viewer.agencyId, positionId: before.id, OR: [{ serviceEndDate: null }, { serviceEndDate: { gte: today } }] },
      });
      if (holders) throw new AppError("VALIDATION", "common.invalid", { unitId: ["org.positions.errors.hasHolders"] }, { count: holders });
    }
    const after = await tx.position.update({
      where: { id: before.id },
      data: { name: input.name, type: input.type, unitId: input.unitId },
      select: { id: true, unitId: true, name: true, type: true },
    });
    await audit({ action: "position.update", entity: "Position", entityId: before.id, before, after });
    return { positionId: before.id };
  },
});
