import "server-only";
// Linking a batch to a plan line and recording its realised budget (issue 15 part 4, decision 0037). A batch links
// to the line's item (its identity across versions), chosen among the lines of the plan of the batch's start year
// that the report reads (latest approved version, else the open one). Realised rows are append-only (a trigger
// refuses UPDATE and DELETE): a correction is a new negative row whose description says why.
import { defineCommand } from "@/lib/action";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { calendarToday } from "@/lib/time";
import { linkBatchSchema, recordSpendingSchema, unlinkBatchSchema } from "./actual-schemas";
import { reportVersionOf } from "./actual-rules";
import { sumRupiah } from "./rules";

/** The batch, row-locked so links and realised rows of one batch queue; not found outside the viewer's agency. */
async function lockedBatch(tx: Tx, agencyId: string, batchId: string) {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Batch" WHERE id = ${batchId}::uuid AND "agencyId" = ${agencyId}::uuid FOR UPDATE`;
  if (!rows.length) throw new AppError("NOT_FOUND", "common.notFound");
  return tx.batch.findUniqueOrThrow({ where: { id: batchId }, select: { id: true, startDate: true, planItemId: true } });
}

/** The lines a batch may link to: those of the version the report reads, in the plan of its start year. */
export async function linkableLines(tx: Tx | typeof db, agencyId: string, startDate: Date) {
  const plan = await tx.developmentPlan.findUnique({ where: { agencyId_year: { agencyId, year: startDate.getUTCFullYear() } }, include: { versions: true } });
  const version = plan ? reportVersionOf(plan.versions) : null;
  if (!plan || !version) return { plan: null, version: null, lines: [] };
  const lines = await tx.planLine.findMany({ where: { agencyId, versionId: version.id }, select: { id: true, itemId: true, title: true, position: true }, orderBy: { position: "asc" } });
  return { plan, version, lines };
}

export const linkBatchToPlan = defineCommand({
  name: "plan.actual.link",
  permission: "manage:plan",
  schema: linkBatchSchema,
  revalidate: ["/admin/rencana"],
  successMessage: (m) => m.planActual.batch.linked,
  async run({ viewer, input, tx, audit }) {
    const batch = await lockedBatch(tx, viewer.agencyId, input.batchId);
    const { plan, lines } = await linkableLines(tx, viewer.agencyId, batch.startDate);
    const line = lines.find((l) => l.itemId === input.itemId);
    if (!plan || !line) throw new AppError("VALIDATION", "common.invalid", { itemId: ["planActual.errors.lineNotInPlan"] });
    await tx.batch.update({ where: { id: batch.id }, data: { planItemId: line.itemId } });
    await audit({
      action: "plan.batch.link",
      entity: "Batch",
      entityId: batch.id,
      before: { planItemId: batch.planItemId },
      after: { planItemId: line.itemId, planYear: plan.year, lineTitle: line.title },
    });
    return { batchId: batch.id, itemId: line.itemId };
  },
});

export const unlinkBatchFromPlan = defineCommand({
  name: "plan.actual.unlink",
  permission: "manage:plan",
  schema: unlinkBatchSchema,
  revalidate: ["/admin/rencana"],
  successMessage: (m) => m.planActual.batch.unlinked,
  async run({ viewer, input, tx, audit }) {
    const batch = await lockedBatch(tx, viewer.agencyId, input.batchId);
    if (!batch.planItemId) throw new AppError("CONFLICT", "planActual.errors.notLinked");
    await tx.batch.update({ where: { id: batch.id }, data: { planItemId: null } });
    await audit({ action: "plan.batch.unlink", entity: "Batch", entityId: batch.id, before: { planItemId: batch.planItemId }, after: { planItemId: null } });
    return { batchId: batch.id };
  },
});

export const recordBatchSpending = defineCommand({
  name: "plan.actual.spend",
  permission: "manage:plan",
  schema: recordSpendingSchema,
  revalidate: ["/admin/rencana"],
  successMessage: (m) => m.planActual.spending.saved,
  async run({ viewer, input, tx, audit }) {
    const batch = await lockedBatch(tx, viewer.agencyId, input.batchId);
    if (input.spentOn > calendarToday()) throw new AppError("VALIDATION", "common.invalid", { spentOn: ["planActual.errors.spentOnFuture"] });
    const sum = await tx.batchSpending.aggregate({ where: { agencyId: viewer.agencyId, batchId: batch.id, fundSource: input.fundSource }, _sum: { amount: true } });
    const before = sum._sum.amount ?? 0;
    const after = sumRupiah([before, input.amount]);
    // A correction takes back what was recorded, never more: a source of funds never realises below zero.
    if (after < 0) throw new AppError("VALIDATION", "common.invalid", { amount: ["planActual.errors.belowZero"] });
    const row = await tx.batchSpending.create({
      data: { agencyId: viewer.agencyId, batchId: batch.id, fundSource: input.fundSource, amount: input.amount, description: input.description, spentOn: input.spentOn, recordedById: viewer.userId },
    });
    await audit({
      action: input.amount < 0 ? "plan.spending.correct" : "plan.spending.record",
      entity: "BatchSpending",
      entityId: row.id,
      before: { batchId: batch.id, fundSource: input.fundSource, fundSourceTotal: before },
      after: {
        batchId: batch.id, fundSource: input.fundSource, amount: input.amount, description: input.description,
        spentOn: input.spentOn.toISOString().slice(0, 10), fundSourceTotal: after,
      },
    });
    return { batchId: batch.id, spendingId: row.id, fundSourceTotal: after };
  },
});
