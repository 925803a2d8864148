import "server-only";
import { z } from "zod";
import { defineCommand } from "@/lib/action";
import { employeeScope } from "@/lib/auth/scope";
import type { Viewer } from "@/lib/auth/load-viewer";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

// The career plan of one ASN (PP 11/2017 art. 206): the target position they choose to measure themselves against.
// Only their own (choose:career-target own); any position of their agency; an empty choice clears it. Audited.

export const careerTargetSchema = z.object({
  positionId: z.union([z.literal(""), z.uuid("compProfile.target.positionInvalid")]),
});

export const chooseCareerTarget = defineCommand({
  name: "careerTarget.choose",
  permission: "choose:career-target",
  schema: careerTargetSchema,
  revalidate: ["/kompetensi-saya"],
  async run({ viewer, input, tx, audit }) {
    const scope = await employeeScope(viewer, "choose:career-target", tx);
    if (!scope || !viewer.employeeId) throw new AppError("FORBIDDEN", "common.forbidden");
    const self = await tx.employee.findFirst({ where: { AND: [scope, { id: viewer.employeeId }] }, select: { id: true, agencyId: true } });
    if (!self) throw new AppError("NOT_FOUND", "common.notFound");
    const before = await tx.careerTarget.findUnique({ where: { employeeId: self.id }, select: { positionId: true, position: { select: { name: true } } } });
    const snapshot = (t: { positionId: string; position: { name: string } } | null) => (t ? { positionId: t.positionId, position: t.position.name } : null);
    if (!input.positionId) {
      if (before) await tx.careerTarget.delete({ where: { employeeId: self.id } });
      await audit({ action: "delete", entity: "CareerTarget", entityId: self.id, before: snapshot(before), after: null });
      return { positionId: null };
    }
    const position = await tx.position.findFirst({ where: { id: input.positionId, agencyId: self.agencyId }, select: { id: true, name: true } });
    if (!position) throw new AppError("NOT_FOUND", "compProfile.target.positionNotFound", { positionId: ["compProfile.target.positionNotFound"] });
    await tx.careerTarget.upsert({
      where: { employeeId: self.id },
      create: { agencyId: self.agencyId, employeeId: self.id, positionId: position.id },
      update: { positionId: position.id, chosenAt: new Date() },
    });
    await audit({ action: before ? "update" : "create", entity: "CareerTarget", entityId: self.id, before: snapshot(before), after: { positionId: position.id, position: position.name } });
    return { positionId: position.id };
  },
});

/** Positions of the viewer's agency whose name or unit matches, for choosing a target (at most `limit`). */
export async function searchTargetPositions(viewer: Viewer, query: string, limit = 20) {
  const q = query.trim().slice(0, 100);
  if (!q) return [];
  return db.position.findMany({
    where: { agencyId: viewer.agencyId, OR: [{ name: { contains: q, mode: "insensitive" } }, { unit: { name: { contains: q, mode: "insensitive" } } }] },
    select: { id: true, name: true, type: true, unit: { select: { name: true } } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: limit,
  });
}
