// Level 4 (results): unit indicators per batch, measured before and after, only for programs that track
// results; audited; refused across agencies and to ASN and supervisors; the database CHECKs back the rules.
import { beforeEach, describe, expect, it } from "vitest";
import { executeCommand } from "@/lib/action";
import type { Viewer } from "@/lib/auth/load-viewer";
import { updateProgramEvaluation } from "@/lib/catalog/commands";
import { setBatchStatus } from "@/lib/batch/lifecycle";
import { db } from "@/lib/db";
import { addIndicator, deleteIndicator, editIndicator, recordResult } from "@/lib/results/commands";
import { batchIndicators } from "@/lib/results/queries";
import { calendarToday } from "@/lib/time";
import { openBatch } from "./training-world";
import { buildWorld, refusal, type World } from "./world";

const DAY = 86_400_000;
const iso = (d: Date) => d.toISOString().slice(0, 10);
const today = calendarToday();
const daysAgo = (n: number) => iso(new Date(today.getTime() - n * DAY));

let w: World;
let admin: Viewer;
let batchId: string;
let programId: string;

/** A batch that ended ten days ago, of a program that tracks results. */
beforeEach(async () => {
  w = await buildWorld();
  admin = await w.viewer(w.users.admin);
  ({ batchId, programId } = await openBatch(admin, { startDate: daysAgo(11), endDate: daysAgo(10), opensAt: new Date(Date.now() - 30 * DAY), closesAt: new Date(Date.now() - 20 * DAY) }));
  await executeCommand(updateProgramEvaluation, admin, { programId, feedbackMonths: 3, tracksResults: true });
});

const indicator = (over: Record<string, unknown> = {}) => ({
  batchId, unitId: w.units.dinasX.id, name: "Layanan perizinan selesai tepat waktu", measure: "%",
  higherIsBetter: "true", baselineValue: "87,5", baselineOn: daysAgo(30), ...over,
});
const audits = (entityId: string) => db.auditLog.findMany({ where: { entity: "ResultIndicator", entityId }, orderBy: { createdAt: "asc" }, select: { action: true, before: true, after: true } });

describe("indicators", () => {
  it("are added, measured, adjusted, edited and deleted, each with an audit row; the change follows the rules", async () => {
    const { indicatorId } = await executeCommand(addIndicator, admin, indicator());
    const stored = await db.resultIndicator.findUniqueOrThrow({ where: { id: indicatorId } });
    expect(stored.baselineValue.toString()).toBe("87.5");
    expect(stored).toMatchObject({ agencyId: w.agencyA.id, unitId: w.units.dinasX.id, higherIsBetter: true, resultValue: null, updatedById: w.users.admin.id });

    let rows = (await batchIndicators(admin, batchId))!.rows;
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ unitName: "Dinas X", baselineValue: 87.5, resultValue: null, change: null });

    await executeCommand(recordResult, admin, { indicatorId, resultValue: "92.25", resultOn: daysAgo(2) });
    rows = (await batchIndicators(admin, batchId))!.rows;
    expect(rows[0]).toMatchObject({ resultValue: 92.25, resultOn: new Date(`${daysAgo(2)}T00:00:00Z`), change: { delta: 4.75, direction: "IMPROVED" } });

    await executeCommand(recordResult, admin, { indicatorId, resultValue: "80", resultOn: daysAgo(1) });
    await executeCommand(editIndicator, admin, { ...indicator(), batchId: undefined, indicatorId, higherIsBetter: "false", measure: "hari", name: "Waktu proses izin", baselineValue: "1.234,5" });
    const results = (await batchIndicators(admin, batchId))!;
    expect(results.rows[0]).toMatchObject({ name: "Waktu proses izin", measure: "hari", baselineValue: 1234.5, resultValue: 80, change: { delta: -1154.5, direction: "IMPROVED" } });
    expect(results.summary).toEqual({ indicators: 1, measured: 1, improved: 1, unchanged: 0, worsened: 0 });

    await executeCommand(deleteIndicator, admin, { indicatorId });
    expect(await db.resultIndicator.count({ where: { id: indicatorId } })).toBe(0);
    expect((await audits(indicatorId)).map((a) => a.action)).toEqual(["create", "results.record", "results.adjust", "update", "delete"]);
    const [, recorded, adjusted] = await audits(indicatorId);
    expect(recorded!.after).toEqual({ resultValue: 92.25, resultOn: daysAgo(2) });
    expect(adjusted!.before).toEqual({ resultValue: 92.25, resultOn: daysAgo(2) });
  });

  it("refuse bad values and dates, naming the field", async () => {
    const bad = async (over: Record<string, unknown>) => (await refusal(executeCommand(addIndicator, admin, indicator(over)))).fieldErrors;
    expect(await bad({ baselineValue: "87,555" })).toEqual({ baselineValue: ["results.errors.baselineValue"] });
    expect(await bad({ baselineValue: "" })).toEqual({ baselineValue: ["results.errors.baselineValue"] });
    expect(await bad({ name: "  ", measure: "" })).toEqual({ name: ["results.errors.name"], measure: ["results.errors.measure"] });
    expect(await bad({ baselineOn: "2026-02-30" })).toEqual({ baselineOn: ["results.errors.baselineOn"] });
    expect(await bad({ baselineOn: daysAgo(-1) })).toEqual({ baselineOn: ["results.errors.baseline.future"] });
    expect(await bad({ baselineOn: daysAgo(5) })).toEqual({ baselineOn: ["results.errors.baseline.afterBatch"] });
    expect(await bad({ unitId: w.units.unitB.id })).toEqual({ unitId: ["results.errors.unitId"] });

    const { indicatorId } = await executeCommand(addIndicator, admin, indicator());
    const badResult = async (over: Record<string, unknown>) =>
      (await refusal(executeCommand(recordResult, admin, { indicatorId, resultValue: "90", resultOn: daysAgo(1), ...over }))).fieldErrors;
    expect(await badResult({ resultValue: "9o" })).toEqual({ resultValue: ["results.errors.resultValue"] });
    expect(await badResult({ resultOn: daysAgo(10) })).toEqual({ resultOn: ["results.errors.result.notAfterBatch"] });
    expect(await badResult({ resultOn: daysAgo(-1) })).toEqual({ resultOn: ["results.errors.result.future"] });

    // An edit keeps the baseline before the batch's end too (and so before any result).
    await executeCommand(recordResult, admin, { indicatorId, resultValue: "90", resultOn: daysAgo(9) });
    const move = await refusal(executeCommand(editIndicator, admin, { ...indicator(), indicatorId, baselineOn: daysAgo(8) }));
    expect(move.fieldErrors).toEqual({ baselineOn: ["results.errors.baseline.afterBatch"] });
    expect(await db.resultIndicator.count({ where: { batchId } })).toBe(1);
  });

  it("take no result before the batch has ended", async () => {
    const future = await openBatch(admin, { startDate: iso(new Date(today.getTime() + 10 * DAY)) });
    await executeCommand(updateProgramEvaluation, admin, { programId: future.programId, feedbackMonths: 3, tracksResults: true });
    const { indicatorId } = await executeCommand(addIndicator, admin, indicator({ batchId: future.batchId, baselineOn: iso(today) }));
    expect((await batchIndicators(admin, future.batchId))!.resultsOpen).toBe(false);
    const error = await refusal(executeCommand(recordResult, admin, { indicatorId, resultValue: "90", resultOn: iso(today) }));
    expect(error.fieldErrors).toEqual({ resultOn: ["results.errors.result.notAfterBatch"] });
  });

  it("are refused for programs that do not track results and for cancelled batches", async () => {
    const { indicatorId } = await executeCommand(addIndicator, admin, indicator());
    await executeCommand(updateProgramEvaluation, admin, { programId, feedbackMonths: 3, tracksResults: false });
    expect((await refusal(executeCommand(addIndicator, admin, indicator()))).message).toBe("results.errors.notTracked");
    expect((await refusal(executeCommand(recordResult, admin, { indicatorId, resultValue: "90", resultOn: daysAgo(1) }))).message).toBe("results.errors.notTracked");
    expect(await batchIndicators(admin, batchId)).toMatchObject({ tracksResults: false, rows: [] });

    const other = await openBatch(admin);
    await executeCommand(updateProgramEvaluation, admin, { programId: other.programId, feedbackMonths: 3, tracksResults: true });
    await executeCommand(setBatchStatus, admin, { batchId: other.batchId, status: "CANCELLED" });
    expect((await refusal(executeCommand(addIndicator, admin, indicator({ batchId: other.batchId, baselineOn: iso(today) })))).message).toBe("results.errors.cancelled");
    expect(await db.resultIndicator.count({ where: { batchId: other.batchId } })).toBe(0);
  });

  it("are not found from another agency, and forbidden to ASN and supervisors", async () => {
    const { indicatorId } = await executeCommand(addIndicator, admin, indicator());
    const adminB = await w.viewer(w.users.adminB);
    expect((await refusal(executeCommand(addIndicator, adminB, indicator({ unitId: w.units.unitB.id })))).code).toBe("NOT_FOUND");
    expect((await refusal(executeCommand(recordResult, adminB, { indicatorId, resultValue: "1", resultOn: daysAgo(1) }))).code).toBe("NOT_FOUND");
    expect((await refusal(executeCommand(deleteIndicator, adminB, { indicatorId }))).code).toBe("NOT_FOUND");
    expect(await batchIndicators(adminB, batchId)).toBeNull();

    for (const user of [w.users.staff1, w.users.kabid, w.users.operatorX]) {
      const viewer = await w.viewer(user);
      expect((await refusal(executeCommand(deleteIndicator, viewer, { indicatorId }))).code).toBe("FORBIDDEN");
      await expect(batchIndicators(viewer, batchId)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await db.resultIndicator.count({ where: { id: indicatorId } })).toBe(1);
    expect((await audits(indicatorId)).map((a) => a.action)).toEqual(["create"]);
  });
});

describe("the database", () => {
  it("refuses a result without its date, a result before the baseline, and a blank name", async () => {
    const { indicatorId } = await executeCommand(addIndicator, admin, indicator());
    await expect(db.resultIndicator.update({ where: { id: indicatorId }, data: { resultValue: 90 } })).rejects.toThrow(/ResultIndicator_result_pair/);
    await expect(db.resultIndicator.update({ where: { id: indicatorId }, data: { resultValue: 90, resultOn: new Date(`${daysAgo(31)}T00:00:00Z`) } })).rejects.toThrow(/ResultIndicator_result_after_baseline/);
    await expect(db.resultIndicator.update({ where: { id: indicatorId }, data: { name: "   " } })).rejects.toThrow(/ResultIndicator_name_present/);
  });
});
