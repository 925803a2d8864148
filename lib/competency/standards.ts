import "server-only";
import { defineCommand } from "@/lib/action";
import { cacheTags, invalidate } from "@/lib/cache";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { calendarToday } from "@/lib/time";
import {
  createVersionSchema, removeLineSchema, removeRequirementSchema, saveLineSchema, saveRequirementSchema,
} from "./standards-schemas";
import { isoDay, pickVersionInForce, startingLines } from "./standards-rules";

// Versioned position standards (manage:competency): a new version (legal basis, effective date) starts as a copy
// of the version in force or as the position type's default; its lines (competency, level, importance) and its
// requirements (education, training, experience) are then edited one by one. Every change is audited and
// invalidates the agency's competency cache (lib/competency/queries.ts positionStandard reads through it).

const REVALIDATE = ["/admin/jabatan", "/beranda"];
const E = "compStandards.errors";

const lineSelect = { id: true, versionId: true, positionId: true, competencyId: true, requiredLevel: true, importance: true } as const;
const requirementSelect = { id: true, versionId: true, kind: true, description: true, importance: true, programId: true } as const;

async function findVersion(tx: Tx, agencyId: string, versionId: string) {
  const version = await tx.positionStandardVersion.findFirst({ where: { agencyId, id: versionId }, select: { id: true, positionId: true } });
  if (!version) throw new AppError("NOT_FOUND", "common.notFound");
  return version;
}

export const createStandardVersion = defineCommand({
  name: "standard.version.create",
  permission: "manage:competency",
  schema: createVersionSchema,
  revalidate: REVALIDATE,
  uniqueViolation: { field: "effectiveFrom", message: `${E}.dateTaken` },
  successMessage: (m) => m.compStandards.standards.versionCreated,
  async run({ viewer, input, tx, audit }) {
    const agencyId = viewer.agencyId;
    const position = await tx.position.findFirst({ where: { agencyId, id: input.positionId }, select: { id: true, type: true } });
    if (!position) throw new AppError("NOT_FOUND", "common.notFound");
    // Versions of one position are created one at a time, so the date check below holds until commit.
    await tx.$queryRaw`SELECT id FROM "Position" WHERE id = ${position.id}::uuid FOR UPDATE`;
    const versions = await tx.positionStandardVersion.findMany({
      where: { agencyId, positionId: position.id },
      select: {
        id: true, effectiveFrom: true,
        lines: { select: { requiredLevel: true, importance: true, competency: { select: { code: true, kind: true } } } },
        requirements: { select: { kind: true, description: true, importance: true, programId: true } },
      },
    });
    const date = isoDay(input.effectiveFrom);
    if (versions.some((v) => isoDay(v.effectiveFrom) === date)) {
      throw new AppError("CONFLICT", `${E}.dateTaken`, { effectiveFrom: [`${E}.dateTaken`] }, { date });
    }
    const base = pickVersionInForce(versions, calendarToday());
    if (input.from === "COPY" && !base) throw new AppError("VALIDATION", "common.invalid", { from: [`${E}.nothingToCopy`] });
    const baseLines = (base?.lines ?? []).map((l) => ({ code: l.competency.code, kind: l.competency.kind, requiredLevel: l.requiredLevel, importance: l.importance }));
    const lines = startingLines(input.from, position.type, baseLines, input.keepTechnical);
    const competencies = await tx.competency.findMany({ where: { agencyId, code: { in: lines.map((l) => l.code) } }, select: { id: true, code: true } });
    const idOf = new Map(competencies.map((c) => [c.code, c.id]));

    const version = await tx.positionStandardVersion.create({
      data: { agencyId, positionId: position.id, legalBasis: input.legalBasis, effectiveFrom: input.effectiveFrom, createdById: viewer.userId },
      select: { id: true, positionId: true, legalBasis: true, effectiveFrom: true },
    });
    const known = lines.filter((l) => idOf.has(l.code));
    await tx.positionCompetency.createMany({
      data: known.map((l) => ({ agencyId, positionId: position.id, versionId: version.id, competencyId: idOf.get(l.code)!, requiredLevel: l.requiredLevel, importance: l.importance })),
    });
    const requirements = input.from === "COPY" ? base!.requirements : [];
    await tx.positionRequirement.createMany({ data: requirements.map((r) => ({ agencyId, versionId: version.id, ...r })) });
    await invalidate(tx, cacheTags.competency(agencyId));
    await audit({
      action: "standard.version.create", entity: "PositionStandardVersion", entityId: version.id, before: null,
      after: { ...version, effectiveFrom: date, from: input.from, copiedFrom: input.from === "COPY" ? base!.id : null, lines: known, requirements },
    });
    return { versionId: version.id, positionId: position.id };
  },
});

export const saveStandardLine = defineCommand({
  name: "standard.line.save",
  permission: "manage:competency",
  schema: saveLineSchema,
  revalidate: REVALIDATE,
  successMessage: (m) => m.compStandards.standards.lineSaved,
  uniqueViolation: { field: "competencyId", message: `${E}.lineTaken` },
  async run({ viewer, input, tx, audit }) {
    const agencyId = viewer.agencyId;
    const version = await findVersion(tx, agencyId, input.versionId);
    const competency = await tx.competency.findFirst({ where: { agencyId, id: input.competencyId }, select: { id: true } });
    if (!competency) throw new AppError("VALIDATION", "common.invalid", { competencyId: [`${E}.competencyRequired`] });
    if (input.lineId) {
      const before = await tx.positionCompetency.findFirst({ where: { agencyId, id: input.lineId, versionId: version.id }, select: lineSelect });
      if (!before) throw new AppError("NOT_FOUND", "common.notFound");
      const after = await tx.positionCompetency.update({
        where: { id: before.id, agencyId }, data: { requiredLevel: input.requiredLevel, importance: input.importance }, select: lineSelect,
      });
      await invalidate(tx, cacheTags.competency(agencyId));
      await audit({ action: "standard.line.update", entity: "PositionCompetency", entityId: before.id, before, after });
      return { lineId: before.id };
    }
    const taken = await tx.positionCompetency.findFirst({ where: { agencyId, versionId: version.id, competencyId: competency.id }, select: { id: true } });
    if (taken) throw new AppError("CONFLICT", `${E}.lineTaken`, { competencyId: [`${E}.lineTaken`] });
    const after = await tx.positionCompetency.create({
      data: { agencyId, positionId: version.positionId, versionId: version.id, competencyId: competency.id, requiredLevel: input.requiredLevel, importance: input.importance },
      select: lineSelect,
    });
    await invalidate(tx, cacheTags.competency(agencyId));
    await audit({ action: "standard.line.create", entity: "PositionCompetency", entityId: after.id, before: null, after });
    return { lineId: after.id };
  },
});

export const removeStandardLine = defineCommand({
  name: "standard.line.remove",
  permission: "manage:competency",
  schema: removeLineSchema,
  revalidate: REVALIDATE,
  successMessage: (m) => m.compStandards.standards.lineRemoved,
  async run({ viewer, input, tx, audit }) {
    const before = await tx.positionCompetency.findFirst({ where: { agencyId: viewer.agencyId, id: input.lineId }, select: lineSelect });
    if (!before) throw new AppError("NOT_FOUND", "common.notFound");
    await tx.positionCompetency.delete({ where: { id: before.id, agencyId: viewer.agencyId } });
    await invalidate(tx, cacheTags.competency(viewer.agencyId));
    await audit({ action: "standard.line.remove", entity: "PositionCompetency", entityId: before.id, before, after: null });
    return { lineId: before.id };
  },
});

export const saveRequirement = defineCommand({
  name: "standard.requirement.save",
  permission: "manage:competency",
  schema: saveRequirementSchema,
  revalidate: REVALIDATE,
  successMessage: (m) => m.compStandards.standards.requirementSaved,
  async run({ viewer, input, tx, audit }) {
    const agencyId = viewer.agencyId;
    const version = await findVersion(tx, agencyId, input.versionId);
    if (input.programId) {
      const program = await tx.program.findFirst({ where: { agencyId, id: input.programId }, select: { id: true } });
      if (!program) throw new AppError("VALIDATION", "common.invalid", { programId: [`${E}.programUnknown`] });
    }
    const data = { kind: input.kind, description: input.description, importance: input.importance, programId: input.programId ?? null };
    if (input.requirementId) {
      const before = await tx.positionRequirement.findFirst({ where: { agencyId, id: input.requirementId, versionId: version.id }, select: requirementSelect });
      if (!before) throw new AppError("NOT_FOUND", "common.notFound");
      const after = await tx.positionRequirement.update({ where: { id: before.id, agencyId }, data, select: requirementSelect });
      await invalidate(tx, cacheTags.competency(agencyId));
      await audit({ action: "standard.requirement.update", entity: "PositionRequirement", entityId: before.id, before, after });
      return { requirementId: before.id };
    }
    const after = await tx.positionRequirement.create({ data: { agencyId, versionId: version.id, ...data }, select: requirementSelect });
    await invalidate(tx, cacheTags.competency(agencyId));
    await audit({ action: "standard.requirement.create", entity: "PositionRequirement", entityId: after.id, before: null, after });
    return { requirementId: after.id };
  },
});

export const removeRequirement = defineCommand({
  name: "standard.requirement.remove",
  permission: "manage:competency",
  schema: removeRequirementSchema,
  revalidate: REVALIDATE,
  successMessage: (m) => m.compStandards.standards.requirementRemoved,
  async run({ viewer, input, tx, audit }) {
    const before = await tx.positionRequirement.findFirst({ where: { agencyId: viewer.agencyId, id: input.requirementId }, select: requirementSelect });
    if (!before) throw new AppError("NOT_FOUND", "common.notFound");
    await tx.positionRequirement.delete({ where: { id: before.id, agencyId: viewer.agencyId } });
    await invalidate(tx, cacheTags.competency(viewer.agencyId));
    await audit({ action: "standard.requirement.remove", entity: "PositionRequirement", entityId: before.id, before, after: null });
    return { requirementId: before.id };
  },
});
