// Plan against actual (issue 15 part 4, decision 0037) against real PostgreSQL: a line with two linked batches shows
// the participants, JP and Rupiah those batches credited in the ledger and realised; an unlinked batch of the year
// is listed as unplanned; the XLSX export reads back with the same figures; the commands are checked and audited.
import ExcelJS from "exceljs";
import { beforeEach, describe, expect, it } from "vitest";
import { executeCommand } from "@/lib/action";
import type { Viewer } from "@/lib/auth/load-viewer";
import { db } from "@/lib/db";
import { respondWorkbook } from "@/lib/export/http";
import { planActualReport } from "@/lib/plan/actual";
import { linkBatchToPlan, recordBatchSpending, unlinkBatchFromPlan } from "@/lib/plan/actual-commands";
import { planActualExport } from "@/lib/plan/actual-export";
import { insertLine, planOfYear } from "@/lib/plan/store";
import { openBatch } from "./training-world";
import { buildWorld, refusal, type World } from "./world";

const YEAR = 2030;
let w: World;
let admin: Viewer;
let itemId: string;
let batch1: string, batch2: string, batch3: string;

/** The plan of 2030 with one approved line for Dinas X: 5 people × 4 JP, Rp1.430.000 APBD + Rp500.000 PAD. */
async function approvedPlan(world: World, userId: string) {
  return db.$transaction(async (tx) => {
    const agencyId = world.agencyA.id;
    const { plan } = await planOfYear(tx, agencyId, YEAR, userId);
    const version = await tx.planVersion.findFirstOrThrow({ where: { planId: plan.id } });
    const line = await insertLine(tx, { agencyId, planId: plan.id, versionId: version.id, position: 1 }, {
      title: "Bimtek tata kelola data untuk Dinas X", competencyId: null, targetLevel: null, unitId: world.units.dinasX.id,
      targetPositionTypes: [], targetUnitIds: [], targetPositionIds: [], targetPeople: 5, routeCode: "KL10", provider: "INTERNAL",
      providerName: "", plannedMonth: 3, jpPerParticipant: 4, curriculumFit: "", needCompetencyId: null, needTargetLevel: null,
      budget: [
        { item: "Konsumsi peserta", volume: 10, unit: "OH", unitPrice: 143_000, fundSource: "APBD", accountCode: "5.1.02" },
        { item: "Honorarium narasumber", volume: 1, unit: "OJ", unitPrice: 500_000, fundSource: "PAD", accountCode: "5.1.02" },
      ],
    });
    const now = new Date();
    await tx.planVersion.update({ where: { id: version.id }, data: { status: "SUBMITTED", submittedAt: now, submittedById: userId } });
    await tx.planVersion.update({ where: { id: version.id }, data: { status: "APPROVED", approvedAt: now, approvedById: userId } });
    return line.itemId;
  });
}

/** A ledger entry as batch completion writes it (BATCH) or as an admin correction does (CORRECTION, no batchId). */
async function credit(batchId: string | null, employeeId: string, minutes: number, correctsId?: string) {
  return db.ledgerEntry.create({
    data: {
      agencyId: w.agencyA.id, employeeId, minutes, date: new Date(`${YEAR}-03-02T00:00:00Z`), year: YEAR,
      source: correctsId ? "CORRECTION" : "BATCH", routeCode: "KL10", title: "Bimtek", batchId, correctsId: correctsId ?? null,
      reason: correctsId ? "Tidak hadir, salah catat" : null,
    },
  });
}

beforeEach(async () => {
  w = await buildWorld();
  admin = await w.viewer(w.users.admin);
  itemId = await approvedPlan(w, w.users.admin.id);
  batch1 = (await openBatch(admin, { startDate: `${YEAR}-03-02` })).batchId;
  batch2 = (await openBatch(admin, { startDate: `${YEAR}-04-06` })).batchId;
  batch3 = (await openBatch(admin, { startDate: `${YEAR}-05-04` })).batchId;
});

describe("plan against actual", () => {
  it("a line with two linked batches shows exactly what they credited and realised; an unlinked batch is unplanned", async () => {
    await executeCommand(linkBatchToPlan, admin, { batchId: batch1, itemId });
    await executeCommand(linkBatchToPlan, admin, { batchId: batch2, itemId });

    const { staff1, staff2, other, head } = w.people;
    await credit(batch1, staff1.id, 120);
    const wrong = await credit(batch1, staff2.id, 120);
    await credit(null, staff2.id, -120, wrong.id); // taken back: staff2 is no participant
    await credit(batch2, staff1.id, 90); // staff1 in both batches: one participant of the line
    await credit(batch2, other.id, 90);
    await credit(batch3, head.id, 180); // the unlinked batch: not the line's

    await executeCommand(recordBatchSpending, admin, { batchId: batch1, fundSource: "APBD", amount: "Rp1.000.000", description: "Konsumsi", spentOn: "2026-11-02" });
    await executeCommand(recordBatchSpending, admin, { batchId: batch2, fundSource: "PAD", amount: "400.000", description: "Honorarium", spentOn: "2026-11-03" });
    await executeCommand(recordBatchSpending, admin, { batchId: batch2, fundSource: "PAD", amount: "-100.000", description: "Koreksi: honor dibayar sebagian", spentOn: "2026-11-04" });
    await executeCommand(recordBatchSpending, admin, { batchId: batch3, fundSource: "APBD", amount: 250_000, description: "Konsumsi", spentOn: "2026-11-04" });

    // What the ledger holds for the two batches, independently of the report's SQL: the entries of the batches and
    // the corrections naming one of them; participants are the people whose net is above zero.
    const entries = await db.ledgerEntry.findMany({ where: { OR: [{ batchId: { in: [batch1, batch2] } }, { corrects: { batchId: { in: [batch1, batch2] } } }] } });
    const net = new Map<string, number>();
    for (const e of entries) net.set(e.employeeId, (net.get(e.employeeId) ?? 0) + e.minutes);
    const ledgerMinutes = entries.reduce((s, e) => s + e.minutes, 0);
    const ledgerPeople = [...net.values()].filter((m) => m > 0).length;
    const realised = await db.batchSpending.aggregate({ where: { batchId: { in: [batch1, batch2] } }, _sum: { amount: true } });
    expect([ledgerPeople, ledgerMinutes, realised._sum.amount]).toEqual([2, 300, 1_300_000]);

    const report = (await planActualReport(admin, YEAR))!;
    expect(report.version).toMatchObject({ number: 0, status: "APPROVED" });
    const line = report.lines[0]!;
    expect(line.batches).toBe(2);
    expect(line.actual).toEqual({ participants: ledgerPeople, jpMinutes: ledgerMinutes, rupiah: realised._sum.amount });
    // Planned: 5 people, 5 × 4 JP = 900 minutes, 10 × 143.000 + 500.000 = Rp1.930.000.
    expect(line.planned).toEqual({ participants: 5, jpMinutes: 900, rupiah: 1_930_000 });
    expect(line.variance).toEqual({ participants: -3, jpMinutes: -600, rupiah: -630_000 });
    expect(line.costPerJp).toBe(195_000); // 1.300.000 ÷ (300 ÷ 45) = 195.000
    expect(report.total.actual).toEqual(line.actual);
    expect(report.byOpd).toEqual([expect.objectContaining({ key: w.units.dinasX.id, name: "Dinas X", actual: line.actual })]);
    expect(report.byRouteCode.map((r) => [r.key, r.actual.rupiah])).toEqual([["KL10", 1_300_000]]);
    expect(report.byFundSource).toEqual([
      { fundSource: "APBD", planned: 1_430_000, actual: 1_000_000, variance: -430_000 },
      { fundSource: "PAD", planned: 500_000, actual: 300_000, variance: -200_000 },
    ]);

    expect(report.unplanned.map((b) => b.id)).toEqual([batch3]);
    expect(report.unplanned[0]!.actual).toEqual({ participants: 1, jpMinutes: 180, rupiah: 250_000 });

    // Dinas X's ASN with an obligation (head, kabid, staff1, staff2): projected with the line's 3 remaining seats.
    const dinasX = report.reach.find((r) => r.opdId === w.units.dinasX.id)!;
    expect(dinasX.people).toBeGreaterThan(0);
    expect(dinasX.reachPlanned).toBeGreaterThanOrEqual(dinasX.reachToday);

    // The export holds the same figures.
    const response = await respondWorkbook(admin, planActualExport, String(YEAR));
    expect(response.status).toBe(200);
    const workbook = await new ExcelJS.Workbook().xlsx.load((await response.arrayBuffer()) as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet("Per baris")!;
    const rowOf = (label: string) => {
      for (let i = 1; i <= sheet.rowCount; i += 1) if (String(sheet.getRow(i).getCell(1).value).startsWith(label)) return sheet.getRow(i);
      throw new Error(`no row ${label}`);
    };
    const header = rowOf("Baris").values as unknown[];
    const col = (name: string) => header.indexOf(name);
    const row = rowOf("1. Bimtek tata kelola data");
    expect(col("Peserta Realisasi")).toBeGreaterThan(0);
    expect(row.getCell(col("Peserta Realisasi")).value).toBe(2);
    expect(row.getCell(col("JP Realisasi")).value).toBe(6.67);
    expect(row.getCell(col("Rupiah Realisasi")).value).toBe(1_300_000);
    expect(row.getCell(col("Rupiah Rencana")).value).toBe(1_930_000);
    const unplanned = workbook.getWorksheet("Di luar rencana")!;
    expect(unplanned.getRow(unplanned.rowCount).getCell(7).value).toBe(250_000);
  });

  it("links, unlinks and records through audited commands; refuses what they must", async () => {
    await executeCommand(linkBatchToPlan, admin, { batchId: batch1, itemId });
    expect((await db.batch.findUniqueOrThrow({ where: { id: batch1 } })).planItemId).toBe(itemId);
    const linkAudit = await db.auditLog.findFirstOrThrow({ where: { entityId: batch1, action: "plan.batch.link" } });
    expect(linkAudit.after).toMatchObject({ planItemId: itemId, planYear: YEAR });

    await executeCommand(unlinkBatchFromPlan, admin, { batchId: batch1 });
    expect((await planActualReport(admin, YEAR))!.unplanned.map((b) => b.id)).toContain(batch1);
    expect(await db.auditLog.count({ where: { entityId: batch1, action: "plan.batch.unlink" } })).toBe(1);

    // A batch of another year cannot link to the 2030 line.
    const other = (await openBatch(admin, { startDate: "2031-02-03" })).batchId;
    expect((await refusal(executeCommand(linkBatchToPlan, admin, { batchId: other, itemId }))).fieldErrors).toEqual({ itemId: ["planActual.errors.lineNotInPlan"] });
    // Operators may not; another agency does not see the batch.
    expect((await refusal(executeCommand(linkBatchToPlan, await w.viewer(w.users.operatorX), { batchId: batch1, itemId }))).code).toBe("FORBIDDEN");
    expect((await refusal(executeCommand(linkBatchToPlan, await w.viewer(w.users.adminB), { batchId: batch1, itemId }))).code).toBe("NOT_FOUND");

    // Realised rows: a correction never takes a source below zero, zero and decimals are refused, the row is audited.
    await executeCommand(recordBatchSpending, admin, { batchId: batch1, fundSource: "APBD", amount: "500000", description: "Konsumsi", spentOn: "2026-11-02" });
    const below = await refusal(executeCommand(recordBatchSpending, admin, { batchId: batch1, fundSource: "APBD", amount: "-500001", description: "Koreksi", spentOn: "2026-11-02" }));
    expect(below.fieldErrors).toEqual({ amount: ["planActual.errors.belowZero"] });
    expect((await refusal(executeCommand(recordBatchSpending, admin, { batchId: batch1, fundSource: "PAD", amount: "-1", description: "Koreksi", spentOn: "2026-11-02" }))).fieldErrors)
      .toEqual({ amount: ["planActual.errors.belowZero"] });
    expect((await refusal(executeCommand(recordBatchSpending, admin, { batchId: batch1, fundSource: "APBD", amount: "0", description: "x", spentOn: "2026-11-02" }))).fieldErrors?.amount)
      .toEqual(["planActual.errors.amountZero"]);
    expect((await refusal(executeCommand(recordBatchSpending, admin, { batchId: batch1, fundSource: "APBD", amount: "1500,50", description: "x", spentOn: "2026-11-02" }))).fieldErrors?.amount)
      .toEqual(["planActual.errors.amount"]);
    await executeCommand(recordBatchSpending, admin, { batchId: batch1, fundSource: "APBD", amount: "-200.000", description: "Kelebihan bayar konsumsi", spentOn: "2026-11-05" });
    const rows = await db.batchSpending.findMany({ where: { batchId: batch1 }, orderBy: { recordedAt: "asc" } });
    expect(rows.map((r) => r.amount)).toEqual([500_000, -200_000]);
    const correction = await db.auditLog.findFirstOrThrow({ where: { entityId: rows[1]!.id } });
    expect(correction).toMatchObject({ action: "plan.spending.correct", entity: "BatchSpending" });
    expect(correction.after).toMatchObject({ amount: -200_000, description: "Kelebihan bayar konsumsi", fundSourceTotal: 300_000 });
    // Append-only in the database too.
    await expect(db.batchSpending.update({ where: { id: rows[0]!.id }, data: { amount: 1 } })).rejects.toThrow();
  });

  it("reads the open version, labelled, when none is approved; no plan is null", async () => {
    expect(await planActualReport(admin, 2031)).toBeNull();
    await db.$transaction((tx) => planOfYear(tx, w.agencyA.id, 2031, w.users.admin.id));
    expect((await planActualReport(admin, 2031))!.version).toMatchObject({ number: 0, status: "DRAFT" });
    expect((await refusal(planActualReport(await w.viewer(w.users.operatorX), YEAR))).code).toBe("FORBIDDEN");
  });
});
