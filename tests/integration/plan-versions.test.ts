// The plan of a year and its versions (lib/plan/versions-commands.ts, lines-commands.ts, lines-from-needs.ts):
// status moves with stamps, the database lock on an approved version by raw SQL, a revision's copy, approval only
// with approve:plan, refusals with their Indonesian messages, the audit rows, and a line made from a training need.
import { beforeAll, describe, expect, it } from "vitest";
import { executeCommand } from "@/lib/action";
import type { Viewer } from "@/lib/auth/load-viewer";
import { allTrainingNeeds } from "@/lib/competency/needs";
import { db } from "@/lib/db";
import { id as messages } from "@/lib/i18n/messages/id";
import { addNeedsToPlan } from "@/lib/plan/lines-from-needs";
import { addPlanLine, deletePlanLine, updatePlanLine } from "@/lib/plan/lines-commands";
import { planVersionDiff } from "@/lib/plan/versions-diff";
import { approvePlanVersion, createPlan, deletePlanRevision, returnPlanVersion, startPlanRevision, submitPlanVersion } from "@/lib/plan/versions-commands";
import { createUser } from "../factories/db";
import { buildCompetencyWorld } from "./competency-world";
import { refusal } from "./world";

type W = Awaited<ReturnType<typeof buildCompetencyWorld>>;
let w: W;
let admin: Viewer;
let approver: Viewer;
// One world for the file (its fixed ids are unique); each test works on a year of its own.
beforeAll(async () => {
  w = await buildCompetencyWorld();
  admin = await w.viewer(w.users.admin);
  const user = await createUser(db, { agencyId: w.agencyA.id, email: `kepala-${w.agencyA.code.toLowerCase()}@uji.go.id`, name: "Kepala BKPP Uji", roles: [{ role: "PLAN_APPROVER" }] });
  approver = await w.viewer(user);
});

const say = (key: string) => key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages) as string;
const budget = (rows: object[]) => JSON.stringify(rows);
const LINE = (unitId: string) => ({
  title: "Pelatihan Perencanaan Transportasi Kota", unitId, targetPeople: "30", routeCode: "KL03", provider: "VENDOR", providerName: "Universitas Diponegoro",
  plannedMonth: "5", jpPerParticipant: "24", curriculumFit: "Sesuai kurikulum teknis perhubungan", targetPositionTypes: ["PELAKSANA", "PENGAWAS"], targetUnitIds: [unitId],
  budget: budget([
    { item: "Konsumsi peserta", volume: 90, unit: "OH", unitPrice: 143000, fundSource: "APBD", accountCode: "5.1.02.01.01.0052" },
    { item: "Honorarium narasumber", volume: 24, unit: "OJ", unitPrice: 900000, fundSource: "APBD", accountCode: "5.1.02.02.01.0003" },
    { item: "Penginapan", volume: 60, unit: "OK", unitPrice: 450000, fundSource: "PAD", accountCode: "" },
  ]),
});

async function approvedPlanWithOneLine(planYear: number) {
  const { year } = await executeCommand(createPlan, admin, { year: String(planYear) });
  const plan = await db.developmentPlan.findFirstOrThrow({ where: { agencyId: w.agencyA.id, year }, include: { versions: true } });
  const original = plan.versions[0]!;
  const { lineId } = await executeCommand(addPlanLine, admin, { versionId: original.id, ...LINE(w.units.dinasX.id) });
  await executeCommand(submitPlanVersion, admin, { versionId: original.id });
  await executeCommand(approvePlanVersion, approver, { versionId: original.id });
  return { plan, original, lineId };
}

describe("plan versions", () => {
  it("move DRAFT → SUBMITTED → DRAFT → SUBMITTED → APPROVED with who and when, each audited before/after", async () => {
    const { year } = await executeCommand(createPlan, admin, { year: "2027" });
    expect(year).toBe(2027);
    expect((await refusal(executeCommand(createPlan, admin, { year: "2027" }))).fieldErrors?.year).toEqual(["planCore.errors.planExists"]);
    const version = await db.planVersion.findFirstOrThrow({ where: { agencyId: w.agencyA.id, plan: { year: 2027 } } });
    expect(version).toMatchObject({ number: 0, status: "DRAFT" });
    // An empty version cannot be submitted.
    expect((await refusal(executeCommand(submitPlanVersion, admin, { versionId: version.id }))).message).toBe("planCore.errors.emptyVersion");
    await executeCommand(addPlanLine, admin, { versionId: version.id, ...LINE(w.units.dinasX.id) });

    await executeCommand(submitPlanVersion, admin, { versionId: version.id });
    expect(await db.planVersion.findUniqueOrThrow({ where: { id: version.id } })).toMatchObject({ status: "SUBMITTED", submittedById: w.users.admin.id });
    // While submitted, lines cannot change.
    const line = await db.planLine.findFirstOrThrow({ where: { versionId: version.id } });
    const submitted = await refusal(executeCommand(updatePlanLine, admin, { lineId: line.id, ...LINE(w.units.dinasX.id), title: "Judul lain" }));
    expect(say(submitted.message)).toBe("Versi ini sedang diajukan. Kembalikan ke draf dulu untuk mengubahnya.");

    await executeCommand(returnPlanVersion, admin, { versionId: version.id });
    expect(await db.planVersion.findUniqueOrThrow({ where: { id: version.id } })).toMatchObject({ status: "DRAFT", submittedById: null, submittedAt: null });
    await executeCommand(submitPlanVersion, admin, { versionId: version.id });

    // Approval needs approve:plan: the admin alone (manage:plan) is refused; the plan approver stamps it.
    expect((await refusal(executeCommand(approvePlanVersion, admin, { versionId: version.id }))).code).toBe("FORBIDDEN");
    const before = Date.now();
    await executeCommand(approvePlanVersion, approver, { versionId: version.id });
    const approved = await db.planVersion.findUniqueOrThrow({ where: { id: version.id } });
    expect(approved).toMatchObject({ status: "APPROVED", approvedById: approver.userId });
    expect(approved.approvedAt!.getTime()).toBeGreaterThanOrEqual(before - 1000);
    // Approved cannot move again.
    expect(say((await refusal(executeCommand(returnPlanVersion, admin, { versionId: version.id }))).message)).toBe(say("planCore.errors.approvedLocked"));

    const audit = await db.auditLog.findMany({ where: { entity: "PlanVersion", entityId: version.id }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["plan.version.submit", "plan.version.return", "plan.version.submit", "plan.version.approve"]);
    expect(audit.at(-1)).toMatchObject({ actorUserId: approver.userId, before: expect.objectContaining({ status: "SUBMITTED" }), after: expect.objectContaining({ status: "APPROVED", approvedById: approver.userId }) });
    expect(await db.auditLog.count({ where: { entity: "DevelopmentPlan", entityId: version.planId, action: "create" } })).toBe(1);
    expect(await db.auditLog.count({ where: { entity: "PlanLine", entityId: line.id, action: "create" } })).toBe(1);
  });

  it("an approved version's line, budget item and target are refused by the database itself (raw SQL)", async () => {
    const { lineId } = await approvedPlanWithOneLine(2031);
    const item = await db.planBudgetItem.findFirstOrThrow({ where: { lineId } });
    const target = await db.planLineTarget.findFirstOrThrow({ where: { lineId } });
    const refused = async (sql: Promise<unknown>) => expect(await sql.then(() => "written", () => "refused")).toBe("refused");
    await refused(db.$executeRawUnsafe(`UPDATE "PlanLine" SET title = 'Diubah diam-diam' WHERE id = $1::uuid`, lineId));
    await refused(db.$executeRawUnsafe(`DELETE FROM "PlanLine" WHERE id = $1::uuid`, lineId));
    await refused(db.$executeRawUnsafe(`UPDATE "PlanBudgetItem" SET "unitPrice" = 1 WHERE id = $1::uuid`, item.id));
    await refused(db.$executeRawUnsafe(`DELETE FROM "PlanBudgetItem" WHERE id = $1::uuid`, item.id));
    await refused(db.$executeRawUnsafe(`INSERT INTO "PlanBudgetItem" ("id","agencyId","lineId","item","volume","unit","unitPrice","fundSource","position") VALUES (gen_random_uuid(), $1::uuid, $2::uuid, 'Tambahan', 1, 'paket', 5, 'APBD', 9)`, w.agencyA.id, lineId));
    await refused(db.$executeRawUnsafe(`UPDATE "PlanLineTarget" SET "unitId" = $2::uuid WHERE id = $1::uuid`, target.id, w.units.dinasY.id));
    await refused(db.$executeRawUnsafe(`DELETE FROM "PlanLineTarget" WHERE id = $1::uuid`, target.id));
    await refused(db.$executeRawUnsafe(`UPDATE "PlanVersion" SET status = 'DRAFT' WHERE id = (SELECT "versionId" FROM "PlanLine" WHERE id = $1::uuid)`, lineId));
    expect((await db.planLine.findUniqueOrThrow({ where: { id: lineId } })).title).toBe("Pelatihan Perencanaan Transportasi Kota");
    expect((await db.planBudgetItem.findUniqueOrThrow({ where: { id: item.id } })).unitPrice).toBe(item.unitPrice);

    // And the commands refuse first, with the message that says what to do.
    const error = await refusal(executeCommand(updatePlanLine, admin, { lineId, ...LINE(w.units.dinasX.id) }));
    expect(say(error.message)).toBe("Versi ini sudah disetujui dan terkunci. Buat perubahan (revisi) untuk mengubahnya.");
    expect(say((await refusal(executeCommand(deletePlanLine, admin, { lineId }))).message)).toBe(say("planCore.errors.approvedLocked"));
  });

  it("a revision copies every line with its item, targets and budget items; changing one item diffs as exactly that change", async () => {
    const { plan, original, lineId } = await approvedPlanWithOneLine(2032);
    expect((await refusal(executeCommand(startPlanRevision, admin, { planId: plan.id, reason: "" }))).code).toBe("VALIDATION");
    const { number } = await executeCommand(startPlanRevision, admin, { planId: plan.id, reason: "Penyesuaian APBD Perubahan" });
    expect(number).toBe(1);
    // Only one open version at a time.
    expect(say((await refusal(executeCommand(startPlanRevision, admin, { planId: plan.id, reason: "Kedua kalinya" }))).message)).toBe(say("planCore.errors.revisionOpen"));

    const lines = async (versionId: string) => db.planLine.findMany({ where: { versionId }, include: { budget: { orderBy: { position: "asc" } }, targets: true } });
    const revision = await db.planVersion.findFirstOrThrow({ where: { planId: plan.id, number: 1 } });
    const [old] = await lines(original.id);
    const [copy] = await lines(revision.id);
    expect(copy!.id).not.toBe(lineId);
    expect(copy!.itemId).toBe(old!.itemId);
    const strip = (b: { item: string; volume: number; unit: string; unitPrice: number; fundSource: string; accountCode: string; position: number }) => [b.position, b.item, b.volume, b.unit, b.unitPrice, b.fundSource, b.accountCode];
    expect(copy!.budget.map(strip)).toEqual(old!.budget.map(strip));
    expect(copy!.targets.map((t) => t.unitId)).toEqual(old!.targets.map((t) => t.unitId));
    expect(copy!.targetPositionTypes).toEqual(["PELAKSANA", "PENGAWAS"]);

    // Change the lodging's unit price only (the editor sends each kept row with its position).
    const rows = copy!.budget.map((b) => ({ position: b.position, item: b.item, volume: b.volume, unit: b.unit, unitPrice: b.position === 3 ? 425000 : b.unitPrice, fundSource: b.fundSource, accountCode: b.accountCode }));
    await executeCommand(updatePlanLine, admin, { lineId: copy!.id, ...LINE(w.units.dinasX.id), budget: JSON.stringify(rows) });
    const result = await planVersionDiff(w.agencyA.id, 2032, 0, 1);
    expect(result!.diff).toHaveLength(1);
    expect(result!.diff![0]!.changes).toEqual([]);
    expect(result!.diff![0]!.budget).toEqual([
      {
        position: 3, kind: "CHANGED", item: "Penginapan",
        changes: [{ field: "unitPrice", before: 450000, after: 425000 }, { field: "total", before: 27000000, after: 25500000 }],
        totalBefore: 27000000, totalAfter: 25500000,
      },
    ]);
    // 90 × 143.000 + 24 × 900.000 + 60 × 450.000 = 12.870.000 + 21.600.000 + 27.000.000 = 61.470.000; after: 59.970.000.
    expect([result!.totalBefore, result!.totalAfter]).toEqual([61_470_000, 59_970_000]);

    // A new budget row takes the next position; the old ones are not renumbered.
    await executeCommand(updatePlanLine, admin, { lineId: copy!.id, ...LINE(w.units.dinasX.id), budget: JSON.stringify([rows[0], rows[2], { item: "ATK", volume: 30, unit: "paket", unitPrice: 50000, fundSource: "APBD", accountCode: "" }]) });
    expect((await lines(revision.id))[0]!.budget.map((b) => [b.position, b.item])).toEqual([[1, "Konsumsi peserta"], [3, "Penginapan"], [4, "ATK"]]);

    expect(await db.auditLog.findFirst({ where: { entity: "PlanVersion", entityId: revision.id, action: "create" } })).toMatchObject({ after: expect.objectContaining({ reason: "Penyesuaian APBD Perubahan", copiedFrom: 0, lines: 1 }) });
    const update = await db.auditLog.findFirstOrThrow({ where: { entity: "PlanLine", entityId: copy!.id, action: "update" }, orderBy: { id: "asc" } });
    expect(String((update.before as Record<string, unknown>).budget)).toContain("Penginapan: 60 OK × 450000");
    expect(String((update.after as Record<string, unknown>).budget)).toContain("Penginapan: 60 OK × 425000");

    // A draft revision can be deleted (the original stays and stays approved).
    await executeCommand(deletePlanRevision, admin, { versionId: revision.id });
    expect(await db.planVersion.count({ where: { planId: plan.id } })).toBe(1);
    expect(say((await refusal(executeCommand(deletePlanRevision, admin, { versionId: original.id }))).message)).toBe(say("planCore.errors.approvedLocked"));
  });

  it("another agency's admin cannot touch the plan; an operator cannot manage it", async () => {
    const { original, lineId } = await approvedPlanWithOneLine(2033);
    const adminB = await w.viewer(w.users.adminB);
    expect((await refusal(executeCommand(deletePlanLine, adminB, { lineId }))).code).toBe("NOT_FOUND");
    expect((await refusal(executeCommand(submitPlanVersion, adminB, { versionId: original.id }))).code).toBe("NOT_FOUND");
    const operator = await w.viewer(w.users.operatorY);
    expect((await refusal(executeCommand(createPlan, operator, { year: "2030" }))).code).toBe("FORBIDDEN");
  });

  it("a line names only the agency's own units and competencies, and each budget row's error names the row's field", async () => {
    await executeCommand(createPlan, admin, { year: "2034" });
    const version = await db.planVersion.findFirstOrThrow({ where: { agencyId: w.agencyA.id, plan: { year: 2034 } } });
    const foreign = await refusal(executeCommand(addPlanLine, admin, { versionId: version.id, ...LINE(w.units.unitB.id) }));
    expect(foreign.fieldErrors?.unitId).toEqual(["planCore.errors.unit"]);
    const bad = await refusal(executeCommand(addPlanLine, admin, { versionId: version.id, ...LINE(w.units.dinasX.id), budget: budget([{ item: "Konsumsi", volume: 0, unit: "OH", unitPrice: 1.5, fundSource: "APBD" }]) }));
    expect(bad.fieldErrors).toMatchObject({ "budget.0.volume": ["planCore.errors.budgetVolume"], "budget.0.unitPrice": ["planCore.errors.budgetPrice"] });
  });

  it("adds training needs to the plan's draft (creating the plan), keeping the need; an approved plan asks for a revision", async () => {
    const { needs } = await allTrainingNeeds(admin, {});
    expect(needs.length).toBeGreaterThan(1);
    const [first, second] = needs;
    const key = (n: typeof first) => `${n!.competencyId}:${n!.targetLevel}`;
    const result = await executeCommand(addNeedsToPlan, admin, { year: "2028", need: [key(first), key(second)] });
    expect(result).toEqual({ added: 2, year: 2028 });
    const lines = await db.planLine.findMany({ where: { agencyId: w.agencyA.id, version: { plan: { year: 2028 } } }, include: { targets: true, budget: true }, orderBy: { position: "asc" } });
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({
      competencyId: first!.competencyId, targetLevel: first!.targetLevel, needCompetencyId: first!.competencyId, needTargetLevel: first!.targetLevel,
      targetPeople: first!.people, unitId: first!.unitIds.length === 1 ? first!.unitIds[0] : null, provider: "INTERNAL", plannedMonth: 3, jpPerParticipant: 20, position: 1,
    });
    expect(lines[0]!.targets.map((t) => t.unitId).sort()).toEqual([...first!.unitIds].sort());
    expect(lines[0]!.budget).toEqual([]);
    expect(lines[1]!.position).toBe(2);

    const version = await db.planVersion.findFirstOrThrow({ where: { agencyId: w.agencyA.id, plan: { year: 2028 } } });
    await executeCommand(submitPlanVersion, admin, { versionId: version.id });
    expect(say((await refusal(executeCommand(addNeedsToPlan, admin, { year: "2028", one: key(first) }))).message)).toBe(say("planCore.errors.submittedLocked"));
    await executeCommand(approvePlanVersion, approver, { versionId: version.id });
    const approved = await refusal(executeCommand(addNeedsToPlan, admin, { year: "2028", one: key(first) }));
    expect(approved.message).toBe("planCore.errors.needsApproved");
    expect(approved.values).toEqual({ year: 2028 });
  });
});
