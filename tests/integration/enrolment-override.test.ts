// The admin's direct enrolment: refusals name the participant; an override with a reason sets aside the
// position-type, unit and unit-quota rules (never capacity) and is kept in the audit log.
import { beforeEach, describe, expect, it } from "vitest";
import { executeCommand } from "@/lib/action";
import { db } from "@/lib/db";
import { enrolByNip, enrolWithOverride } from "@/lib/enrolment/admin-commands";
import { withdraw } from "@/lib/enrolment/commands";
import { openBatch } from "./training-world";
import { buildWorld, refusal, type World } from "./world";

let w: World;
beforeEach(async () => {
  w = await buildWorld();
});

const REASON = "Surat tugas Kepala BKPP nomor 800/1234";
const written = async (batchId: string) => ({
  enrolments: await db.enrolment.count({ where: { batchId } }),
  audits: await db.auditLog.count({ where: { entity: "Enrolment", after: { path: ["batchId"], equals: batchId } } }),
  seats: (await db.batch.findUniqueOrThrow({ where: { id: batchId } })).confirmedCount,
});

describe("direct enrolment refused", () => {
  it("names the participant, not the admin", async () => {
    const admin = await w.viewer(w.users.admin);
    const forLeaders = await openBatch(admin, { eligibleTypes: ["ADMINISTRATOR"] });
    const error = await refusal(executeCommand(enrolByNip, admin, { batchId: forLeaders.batchId, nip: w.people.staff1.nip }));
    expect(error.message).toBe("eligibility.problemFor.positionType");
    expect(error.values).toEqual({ name: "Staf Satu" });
    const quota = await openBatch(admin, { quotas: [{ unitId: w.units.dinasY.id, seats: 2 }], startDate: "2030-04-01" });
    const noQuota = await refusal(executeCommand(enrolByNip, admin, { batchId: quota.batchId, nip: w.people.staff1.nip }));
    expect(noQuota.message).toBe("eligibility.problemFor.quota");
    expect(noQuota.values).toEqual({ name: "Staf Satu" });
  });
});

describe("enrolWithOverride", () => {
  it("refuses without a reason (or a short one) and writes nothing", async () => {
    const admin = await w.viewer(w.users.admin);
    const { batchId } = await openBatch(admin, { eligibleTypes: ["ADMINISTRATOR"] });
    const before = await written(batchId);
    for (const reason of [undefined, "", "   singkat  "]) {
      const error = await refusal(executeCommand(enrolWithOverride, admin, { batchId, nip: w.people.staff1.nip, ...(reason === undefined ? {} : { reason }) }));
      expect(error.code).toBe("VALIDATION");
      expect(error.fieldErrors?.reason).toEqual(["eligibility.override.reasonRequired"]);
    }
    expect(await written(batchId)).toEqual(before);
    expect(before).toEqual({ enrolments: 0, audits: 0, seats: 0 });
  });

  it("enrols an ineligible ASN with a reason, and the audit log keeps the reason and the rules set aside", async () => {
    const admin = await w.viewer(w.users.admin);
    const { batchId } = await openBatch(admin, { eligibleTypes: ["ADMINISTRATOR"], eligibleUnitIds: [w.units.dinasY.id] });
    const result = await executeCommand(enrolWithOverride, admin, { batchId, nip: w.people.staff1.nip, reason: REASON });
    expect(result).toMatchObject({ status: "CONFIRMED", overridden: ["positionType", "unit"], participant: "Staf Satu" });
    const enrolment = await db.enrolment.findUniqueOrThrow({ where: { id: result.enrolmentId } });
    expect(enrolment).toMatchObject({ status: "CONFIRMED", origin: "ADMIN", employeeId: w.people.staff1.id, quotaUnitId: null });
    const audit = await db.auditLog.findFirstOrThrow({ where: { entity: "Enrolment", entityId: result.enrolmentId } });
    expect(audit.action).toBe("enrolment.override");
    expect(audit.actorUserId).toBe(w.users.admin.id);
    expect(audit.after).toMatchObject({ status: "CONFIRMED", reason: REASON, overridden: ["positionType", "unit"], employeeId: w.people.staff1.id });
    expect((await db.batch.findUniqueOrThrow({ where: { id: batchId } })).confirmedCount).toBe(1);
  });

  it("sets aside a unit without a quota, or a full one: the seat counts against capacity only", async () => {
    const admin = await w.viewer(w.users.admin);
    const { batchId } = await openBatch(admin, { capacity: 5, quotas: [{ unitId: w.units.dinasY.id, seats: 1 }, { unitId: w.units.bidangX1.id, seats: 1 }] });
    // staff1's unit has a quota of one: the first takes it as usual, with no override recorded.
    const first = await executeCommand(enrolWithOverride, admin, { batchId, nip: w.people.staff1.nip, reason: REASON });
    expect(first).toMatchObject({ status: "CONFIRMED", overridden: [] });
    expect((await db.auditLog.findFirstOrThrow({ where: { entityId: first.enrolmentId } })).action).toBe("enrol-directly");
    // staff2's (same unit) quota is now full: the override seats them outside it.
    const second = await executeCommand(enrolWithOverride, admin, { batchId, nip: w.people.staff2.nip, reason: REASON });
    expect(second).toMatchObject({ status: "CONFIRMED", overridden: ["quota"] });
    expect((await db.enrolment.findUniqueOrThrow({ where: { id: second.enrolmentId } })).quotaUnitId).toBeNull();
    const quotas = await db.batchQuota.findMany({ where: { batchId }, orderBy: { seats: "asc" } });
    expect(quotas.map((q) => [q.unitId, q.confirmedCount]).sort()).toEqual([[w.units.bidangX1.id, 1], [w.units.dinasY.id, 0]].sort());
    // Dinas X's head has no quota at all: refused without, enrolled with the override.
    expect((await refusal(executeCommand(enrolByNip, admin, { batchId, nip: w.people.head.nip }))).message).toBe("eligibility.problemFor.quota");
    const third = await executeCommand(enrolWithOverride, admin, { batchId, nip: w.people.head.nip, reason: REASON });
    expect(third).toMatchObject({ status: "CONFIRMED", overridden: ["quota"] });
    expect((await db.batch.findUniqueOrThrow({ where: { id: batchId } })).confirmedCount).toBe(3);
    // Withdrawing a seat outside the quotas frees the batch's seat and leaves the quotas as they are.
    await executeCommand(withdraw, admin, { enrolmentId: second.enrolmentId, reason: "Batal karena tugas" });
    expect((await db.batchQuota.findUniqueOrThrow({ where: { batchId_unitId: { batchId, unitId: w.units.bidangX1.id } } })).confirmedCount).toBe(1);
    expect((await db.batch.findUniqueOrThrow({ where: { id: batchId } })).confirmedCount).toBe(2);
  });

  it("never overrides capacity: a full batch puts the overridden one on the waiting list", async () => {
    const admin = await w.viewer(w.users.admin);
    const { batchId } = await openBatch(admin, { capacity: 1, eligibleTypes: ["ADMINISTRATOR"] });
    expect((await executeCommand(enrolWithOverride, admin, { batchId, nip: w.people.kabid.nip, reason: REASON })).status).toBe("CONFIRMED");
    const beyond = await executeCommand(enrolWithOverride, admin, { batchId, nip: w.people.staff1.nip, reason: REASON });
    expect(beyond).toMatchObject({ status: "WAITLISTED", overridden: ["positionType"] });
    expect((await db.batch.findUniqueOrThrow({ where: { id: batchId } })).confirmedCount).toBe(1);
  });

  it("still refuses what no reason sets aside: a duplicate, and names the participant", async () => {
    const admin = await w.viewer(w.users.admin);
    const { batchId } = await openBatch(admin);
    await executeCommand(enrolWithOverride, admin, { batchId, nip: w.people.staff1.nip, reason: REASON });
    const again = await refusal(executeCommand(enrolWithOverride, admin, { batchId, nip: w.people.staff1.nip, reason: REASON }));
    expect(again.message).toBe("eligibility.problemFor.duplicate");
    expect(again.values).toEqual({ name: "Staf Satu" });
  });

  it("is the admin's only: an ASN is refused and nothing is written", async () => {
    const admin = await w.viewer(w.users.admin);
    const { batchId } = await openBatch(admin, { eligibleTypes: ["ADMINISTRATOR"] });
    const error = await refusal(executeCommand(enrolWithOverride, await w.viewer(w.users.staff1), { batchId, nip: w.people.staff1.nip, reason: REASON }));
    expect(error.code).toBe("FORBIDDEN");
    expect(await written(batchId)).toEqual({ enrolments: 0, audits: 0, seats: 0 });
  });
});
