import "server-only";
import { defineCommand } from "@/lib/action";
import { cacheTags, invalidate } from "@/lib/cache";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createCompetencySchema, removeCompetencySchema, updateCompetencySchema, type CompetencyInput } from "./dictionary-schemas";
import { EDITABLE_KINDS, isInUse, type CompetencyUse } from "./standards-rules";

// The competency dictionary's commands (manage:competency): an agency adds, edits and removes technical and
// government competencies of its own. The locked PermenPANRB 38/2017 competencies (M.01–M.08, SK.01) are never
// changed or removed, and a competency a standard, a program, a result or a rating uses is never removed.

const REVALIDATE = ["/admin/kamus-kompetensi"];
const E = "compStandards.errors";

/** A competency of the viewer's agency with its levels, as the audit rows record it; NOT_FOUND otherwise. */
async function snapshot(tx: Tx, agencyId: string, competencyId: string) {
  const found = await tx.competency.findFirst({
    where: { agencyId, id: competencyId },
    select: { id: true, kind: true, code: true, name: true, description: true, locked: true, levels: { select: { level: true, descriptor: true, indicators: true }, orderBy: { level: "asc" } } },
  });
  if (!found) throw new AppError("NOT_FOUND", "common.notFound");
  return found;
}

async function refuseTakenCode(tx: Tx, agencyId: string, code: string, exceptId?: string) {
  const taken = await tx.competency.findFirst({ where: { agencyId, code, ...(exceptId ? { id: { not: exceptId } } : {}) }, select: { id: true } });
  if (taken) throw new AppError("CONFLICT", `${E}.codeTaken`, { code: [`${E}.codeTaken`] });
}

/** Only the agency's own technical and government competencies change; the national ones never do. */
const isAgencyOwn = (c: { locked: boolean; kind: string }) => !c.locked && (EDITABLE_KINDS as readonly string[]).includes(c.kind);

const levelRows = (agencyId: string, competencyId: string, input: CompetencyInput) =>
  input.levels.map((l) => ({ agencyId, competencyId, level: l.level, descriptor: l.descriptor, indicators: l.indicators }));

export const createCompetency = defineCommand({
  name: "competency.create",
  permission: "manage:competency",
  schema: createCompetencySchema,
  revalidate: REVALIDATE,
  uniqueViolation: { field: "code", message: `${E}.codeTaken` },
  successMessage: (m) => m.compStandards.form.created,
  async run({ viewer, input, tx, audit }) {
    await refuseTakenCode(tx, viewer.agencyId, input.code);
    const created = await tx.competency.create({
      data: { agencyId: viewer.agencyId, kind: input.kind, code: input.code, name: input.name, description: input.description, locked: false },
      select: { id: true },
    });
    await tx.competencyLevel.createMany({ data: levelRows(viewer.agencyId, created.id, input) });
    await invalidate(tx, cacheTags.competency(viewer.agencyId));
    await audit({ action: "competency.create", entity: "Competency", entityId: created.id, before: null, after: await snapshot(tx, viewer.agencyId, created.id) });
    return { competencyId: created.id };
  },
});

export const updateCompetency = defineCommand({
  name: "competency.update",
  permission: "manage:competency",
  schema: updateCompetencySchema,
  revalidate: REVALIDATE,
  uniqueViolation: { field: "code", message: `${E}.codeTaken` },
  successMessage: (m) => m.compStandards.form.saved,
  async run({ viewer, input, tx, audit }) {
    const before = await snapshot(tx, viewer.agencyId, input.competencyId);
    if (!isAgencyOwn(before)) throw new AppError("CONFLICT", `${E}.locked`);
    await refuseTakenCode(tx, viewer.agencyId, input.code, before.id);
    await tx.competency.update({
      where: { id: before.id, agencyId: viewer.agencyId },
      data: { kind: input.kind, code: input.code, name: input.name, description: input.description },
    });
    await tx.competencyLevel.deleteMany({ where: { agencyId: viewer.agencyId, competencyId: before.id } });
    await tx.competencyLevel.createMany({ data: levelRows(viewer.agencyId, before.id, input) });
    await invalidate(tx, cacheTags.competency(viewer.agencyId));
    await audit({ action: "competency.update", entity: "Competency", entityId: before.id, before, after: await snapshot(tx, viewer.agencyId, before.id) });
    return { competencyId: before.id };
  },
});

/** What still uses a competency: standard lines (any version), program links, results and observer ratings. */
export async function competencyUse(tx: Tx, agencyId: string, competencyId: string): Promise<CompetencyUse> {
  const where = { agencyId, competencyId };
  const [standards, programs, assessments, ratings] = await Promise.all([
    tx.positionCompetency.count({ where }),
    tx.programCompetency.count({ where }),
    tx.competencyAssessment.count({ where }),
    tx.observerRating.count({ where }),
  ]);
  return { standards, programs, results: assessments + ratings };
}

export const removeCompetency = defineCommand({
  name: "competency.remove",
  permission: "manage:competency",
  schema: removeCompetencySchema,
  revalidate: REVALIDATE,
  successMessage: (m) => m.compStandards.form.removed,
  async run({ viewer, input, tx, audit }) {
    const before = await snapshot(tx, viewer.agencyId, input.competencyId);
    if (!isAgencyOwn(before)) throw new AppError("CONFLICT", `${E}.locked`);
    // Lock the row first, so a standard line added meanwhile waits and then fails on the foreign key.
    await tx.$queryRaw`SELECT id FROM "Competency" WHERE id = ${before.id}::uuid FOR UPDATE`;
    const use = await competencyUse(tx, viewer.agencyId, before.id);
    if (isInUse(use)) throw new AppError("CONFLICT", `${E}.inUse`, undefined, { ...use });
    await tx.competency.delete({ where: { id: before.id, agencyId: viewer.agencyId } });
    await invalidate(tx, cacheTags.competency(viewer.agencyId));
    await audit({ action: "competency.remove", entity: "Competency", entityId: before.id, before, after: null });
    return { competencyId: before.id };
  },
});
