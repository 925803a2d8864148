import "server-only";
// Adding, changing and deleting a line of a plan's draft version (decision 0035). Each command locks the version
// and refuses unless it is a draft, checks that what the line names belongs to the agency, and audits before/after.
import { z } from "zod";
import { defineCommand } from "@/lib/action";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { insertLine, nextLinePosition } from "./store";
import { lineFieldsSchema, type LineFields } from "./lines-schema";
import { asLineInput, lineAudit, rewriteLine } from "./lines-write";
import { lockDraft, lockDraftLine } from "./versions-guard";

const PLAN_PATHS = ["/admin/rencana", "/admin/rencana/[year]"];
const id = z.uuid("common.notFound");

/** The competency, units and positions a line names must be the agency's; else a field error naming them. */
export async function checkLineReferences(tx: Tx, agencyId: string, fields: Pick<LineFields, "competencyId" | "unitId" | "targetUnitIds" | "targetPositionIds">) {
  const unitIds = [...new Set([...(fields.unitId ? [fields.unitId] : []), ...fields.targetUnitIds])];
  const [competencies, units, positions] = await Promise.all([
    fields.competencyId ? tx.competency.count({ where: { agencyId, id: fields.competencyId } }) : 0,
    unitIds.length ? tx.orgUnit.count({ where: { agencyId, id: { in: unitIds } } }) : 0,
    fields.targetPositionIds.length ? tx.position.count({ where: { agencyId, id: { in: [...new Set(fields.targetPositionIds)] } } }) : 0,
  ]);
  const errors: Record<string, string[]> = {};
  if (fields.competencyId && competencies !== 1) errors.competencyId = ["planCore.errors.competency"];
  if (units !== unitIds.length) errors.unitId = ["planCore.errors.unit"];
  if (positions !== new Set(fields.targetPositionIds).size) errors.targetPositionIds = ["planCore.errors.position"];
  if (Object.keys(errors).length) throw new AppError("VALIDATION", "common.invalid", errors);
}

export const addPlanLine = defineCommand({
  name: "plan.line.add",
  permission: "manage:plan",
  schema: z.object({ versionId: id }).and(lineFieldsSchema),
  revalidate: PLAN_PATHS,
  successMessage: (m) => m.planCore.line.added,
  async run({ viewer, input, tx, audit }) {
    const { versionId, ...fields } = input;
    const version = await lockDraft(tx, viewer.agencyId, versionId);
    await checkLineReferences(tx, viewer.agencyId, fields);
    const position = await nextLinePosition(tx, version.id);
    const line = await insertLine(tx, { agencyId: viewer.agencyId, planId: version.planId, versionId, position }, asLineInput(fields, { needCompetencyId: null, needTargetLevel: null }));
    await audit({ action: "create", entity: "PlanLine", entityId: line.id, after: { year: version.plan.year, version: version.number, ...lineAudit({ ...line, budget: fields.budget }) } });
    return { lineId: line.id, year: version.plan.year };
  },
});

export const updatePlanLine = defineCommand({
  name: "plan.line.update",
  permission: "manage:plan",
  schema: z.object({ lineId: id }).and(lineFieldsSchema),
  revalidate: PLAN_PATHS,
  successMessage: (m) => m.planCore.line.saved,
  async run({ viewer, input, tx, audit }) {
    const { lineId, ...fields } = input;
    const { line, version } = await lockDraftLine(tx, viewer.agencyId, lineId);
    await checkLineReferences(tx, viewer.agencyId, fields);
    await rewriteLine(tx, viewer.agencyId, line, fields);
    const after = await tx.planLine.findUniqueOrThrow({ where: { id: lineId }, include: { budget: { orderBy: { position: "asc" } } } });
    await audit({ action: "update", entity: "PlanLine", entityId: lineId, before: { version: version.number, ...lineAudit(line) }, after: { version: version.number, ...lineAudit(after) } });
    return { lineId, year: version.plan.year };
  },
});

export const deletePlanLine = defineCommand({
  name: "plan.line.delete",
  permission: "manage:plan",
  schema: z.object({ lineId: id }),
  revalidate: PLAN_PATHS,
  successMessage: (m) => m.planCore.line.deleted,
  async run({ viewer, input, tx, audit }) {
    const { line, version } = await lockDraftLine(tx, viewer.agencyId, input.lineId);
    await tx.planLine.delete({ where: { id: line.id } });
    // An item no version keeps any more (a line added and removed in the same draft) goes too, unless a batch or proposal names it.
    const [kept, batches, proposals] = await Promise.all([
      tx.planLine.count({ where: { itemId: line.itemId } }),
      tx.batch.count({ where: { planItemId: line.itemId } }),
      tx.planProposal.count({ where: { itemId: line.itemId } }),
    ]);
    if (!kept && !batches && !proposals) await tx.planItem.delete({ where: { id: line.itemId } });
    await audit({ action: "delete", entity: "PlanLine", entityId: line.id, before: { version: version.number, ...lineAudit(line) } });
    return { year: version.plan.year };
  },
});
