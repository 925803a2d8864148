import "server-only";
import { defineCommand } from "@/lib/action";
import type { Viewer } from "@/lib/auth/load-viewer";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { calendarToday } from "@/lib/time";
import { baselineDateProblem, resultDateProblem } from "./rules";
import { addIndicatorSchema, deleteIndicatorSchema, editIndicatorSchema, recordResultSchema } from "./schemas";

// Level 4 (results) writes: a unit's performance indicator per batch, its baseline (before or during the
// batch) and its result (after the batch's last day). Only for batches of the viewer's agency whose program
// tracks results and that are not cancelled. The date rules are lib/results/rules.ts; the database CHECKs
// (result value and date together, result not before baseline) back them.

const REVALIDATE = ["/admin/angkatan"];
const invalid = (field: string, key: string) => new AppError("VALIDATION", "common.invalid", { [field]: [key] });
const dateOnly = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

/** The batch, if the viewer's agency runs it and its program tracks results; refused otherwise. */
async function resultsBatch(tx: Tx, viewer: Viewer, batchId: string) {
  const batch = await tx.batch.findFirst({
    where: { id: batchId, agencyId: viewer.agencyId },
    select: { id: true, status: true, endDate: true, program: { select: { tracksResults: true } } },
  });
  if (!batch) throw new AppError("NOT_FOUND", "common.notFound");
  if (!batch.program.tracksResults) throw new AppError("CONFLICT", "results.errors.notTracked");
  if (batch.status === "CANCELLED") throw new AppError("CONFLICT", "results.errors.cancelled");
  return batch;
}

async function indicatorOf(tx: Tx, viewer: Viewer, indicatorId: string) {
  const indicator = await tx.resultIndicator.findFirst({ where: { id: indicatorId, agencyId: viewer.agencyId } });
  if (!indicator) throw new AppError("NOT_FOUND", "common.notFound");
  return { indicator, batch: await resultsBatch(tx, viewer, indicator.batchId) };
}

async function checkUnit(tx: Tx, viewer: Viewer, unitId: string) {
  const unit = await tx.orgUnit.count({ where: { id: unitId, agencyId: viewer.agencyId } });
  if (!unit) throw invalid("unitId", "results.errors.unitId");
}

function checkBaseline(baselineOn: Date, batchEnd: Date, resultOn: Date | null) {
  const problem = baselineDateProblem({ baselineOn, batchEnd, resultOn, today: calendarToday() });
  if (problem) throw invalid("baselineOn", `results.errors.baseline.${problem}`);
}

/** What an audit row keeps of an indicator: plain values, decimals as numbers and dates as YYYY-MM-DD. */
function snapshot(i: { unitId: string; name: string; measure: string; higherIsBetter: boolean; baselineValue: unknown; baselineOn: Date; resultValue?: unknown; resultOn?: Date | null; note: string | null }) {
  return {
    unitId: i.unitId, name: i.name, measure: i.measure, higherIsBetter: i.higherIsBetter,
    baselineValue: Number(i.baselineValue), baselineOn: dateOnly(i.baselineOn),
    resultValue: i.resultValue === null || i.resultValue === undefined ? null : Number(i.resultValue), resultOn: dateOnly(i.resultOn ?? null),
    note: i.note,
  };
}

export const addIndicator = defineCommand({
  name: "results.add",
  permission: "record:results",
  schema: addIndicatorSchema,
  revalidate: REVALIDATE,
  successMessage: (m) => m.results.added,
  async run({ viewer, input, tx, audit }) {
    const batch = await resultsBatch(tx, viewer, input.batchId);
    await checkUnit(tx, viewer, input.unitId);
    checkBaseline(input.baselineOn, batch.endDate, null);
    const { batchId, ...fields } = input;
    const indicator = await tx.resultIndicator.create({ data: { ...fields, agencyId: viewer.agencyId, batchId, updatedById: viewer.userId } });
    await audit({ action: "create", entity: "ResultIndicator", entityId: indicator.id, after: { batchId, ...snapshot(indicator) } });
    return { indicatorId: indicator.id };
  },
});

/** Unit, name, measure, direction, baseline and note; the result stays as it is. */
export const editIndicator = defineCommand({
  name: "results.edit",
  permission: "record:results",
  schema: editIndicatorSchema,
  revalidate: REVALIDATE,
  successMessage: (m) => m.results.saved,
  async run({ viewer, input, tx, audit }) {
    const { indicator, batch } = await indicatorOf(tx, viewer, input.indicatorId);
    await checkUnit(tx, viewer, input.unitId);
    checkBaseline(input.baselineOn, batch.endDate, indicator.resultOn);
    const { indicatorId, ...fields } = input;
    const after = await tx.resultIndicator.update({ where: { id: indicatorId }, data: { ...fields, updatedById: viewer.userId } });
    await audit({ action: "update", entity: "ResultIndicator", entityId: indicator.id, before: snapshot(indicator), after: snapshot(after) });
    return { indicatorId };
  },
});

/** The measurement after the batch: recorded once, adjusted later if need be. */
export const recordResult = defineCommand({
  name: "results.record",
  permission: "record:results",
  schema: recordResultSchema,
  revalidate: REVALIDATE,
  successMessage: (m) => m.results.recorded,
  async run({ viewer, input, tx, audit }) {
    const { indicator, batch } = await indicatorOf(tx, viewer, input.indicatorId);
    const problem = resultDateProblem({ resultOn: input.resultOn, batchEnd: batch.endDate, baselineOn: indicator.baselineOn, today: calendarToday() });
    if (problem) throw invalid("resultOn", `results.errors.result.${problem}`);
    await tx.resultIndicator.update({ where: { id: indicator.id }, data: { resultValue: input.resultValue, resultOn: input.resultOn, updatedById: viewer.userId } });
    await audit({
      action: indicator.resultOn ? "results.adjust" : "results.record", entity: "ResultIndicator", entityId: indicator.id,
      before: { resultValue: indicator.resultValue === null ? null : Number(indicator.resultValue), resultOn: dateOnly(indicator.resultOn) },
      after: { resultValue: input.resultValue, resultOn: dateOnly(input.resultOn) },
    });
    return { indicatorId: indicator.id };
  },
});

export const deleteIndicator = defineCommand({
  name: "results.delete",
  permission: "record:results",
  schema: deleteIndicatorSchema,
  revalidate: REVALIDATE,
  successMessage: (m) => m.results.deleted,
  async run({ viewer, input, tx, audit }) {
    const { indicator } = await indicatorOf(tx, viewer, input.indicatorId);
    await tx.resultIndicator.delete({ where: { id: indicator.id } });
    await audit({ action: "delete", entity: "ResultIndicator", entityId: indicator.id, before: { batchId: indicator.batchId, ...snapshot(indicator) } });
    return { indicatorId: indicator.id };
  },
});
