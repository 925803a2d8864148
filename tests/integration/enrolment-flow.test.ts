import { beforeEach, describe, expect, it } from "vitest";
import { executeCommand } from "@/lib/action";
import { db } from "@/lib/db";
import { decideAsAgency, decideAsSupervisor, nominate, registerSelf, withdraw } from "@/lib/enrolment/commands";
import { createEmployee, createUser } from "../factories/db";
import { openBatch } from "./training-world";
import { buildWorld, refusal, type World } from "./world";
import { inboxOf } from "../support/inbox";

let w: World;
beforeEach(async () => {
  w = await buildWorld();
});


describe("the approval chain", () => {
  it("goes ASN → supervisor → agency → CONFIRMED, and notifies the ASN at each decision", async () => {
    const admin = await w.viewer(w.users.admin);
    const { batchId } = await openBatch(admin);
    const { enrolmentId, status } = await executeCommand(registerSelf, await w.viewer(w.users.staff1), { batchId });
    expect(status).toBe("PENDING_SUPERVISOR");

    await executeCommand(decideAsSupervisor, await w.viewer(w.users.kabid), { enrolmentId, approve: true, note: "" });
    expect((await db.enrolment.findUniqueOrThrow({ where: { id: enrolmentId } })).status).toBe("PENDING_AGENCY");

    const decided = await executeCommand(decideAsAgency, admin, { enrolmentId, approve: true, note: "" });
    expect(decided.status).toBe("CONFIRMED");
    expect((await db.batch.findUniqueOrThrow({ where: { id: batchId } })).confirmedCount).toBe(1);
    const inbox = await inboxOf(w.users.staff1.id);
    expect(inbox.map((n) => n.title)).toEqual(["Atasan menyetujui pendaftaran Anda", "Pendaftaran Anda dikonfirmasi"]);
    // Each names its training, in the reader's language.
    const batch = await db.batch.findUniqueOrThrow({ where: { id: batchId }, select: { number: true, program: { select: { title: true } } } });
    expect(inbox[1]!.body).toBe(`${batch.program.title} angkatan ${batch.number}: kursi Anda sudah pasti.`);
    expect((await inboxOf(w.users.staff1.id, "en"))[1]!.body).toBe(`${batch.program.title}, batch ${batch.number}: your seat is certain.`);
  });

  it("puts the one beyond capacity on the waiting list, and promotes them when a confirmed participant withdraws", async () => {
    const admin = await w.viewer(w.users.admin);
    const { batchId } = await openBatch(admin, { capacity: 1 });
    const first = await executeCommand(registerSelf, await w.viewer(w.users.staff1), { batchId });
    const second = await executeCommand(registerSelf, await w.viewer(w.users.operatorX), { batchId }); // "other" has no supervisor
    expect(second.status).toBe("PENDING_AGENCY");
    await executeCommand(decideAsSupervisor, await w.viewer(w.users.kabid), { enrolmentId: first.enrolmentId, approve: true, note: "" });
    expect((await executeCommand(decideAsAgency, admin, { enrolmentId: first.enrolmentId, approve: true, note: "" })).status).toBe("CONFIRMED");
    expect((await executeCommand(decideAsAgency, admin, { enrolmentId: second.enrolmentId, approve: true, note: "" })).status).toBe("WAITLISTED");

    const result = await executeCommand(withdraw, await w.viewer(w.users.staff1), { enrolmentId: first.enrolmentId, reason: "Tugas dinas luar kota" });
    expect(result.promoted).toEqual([second.enrolmentId]);
    expect((await db.enrolment.findUniqueOrThrow({ where: { id: second.enrolmentId } })).status).toBe("CONFIRMED");
    expect((await db.batch.findUniqueOrThrow({ where: { id: batchId } })).confirmedCount).toBe(1);
  });

  it("lets a supervisor reject with a reason, and the ASN register again afterwards", async () => {
    const admin = await w.viewer(w.users.admin);
    const { batchId } = await openBatch(admin);
    const { enrolmentId } = await executeCommand(registerSelf, await w.viewer(w.users.staff1), { batchId });
    const noReason = await refusal(executeCommand(decideAsSupervisor, await w.viewer(w.users.kabid), { enrolmentId, approve: false, note: "" }));
    expect(noReason.fieldErrors?.note).toEqual(["enrolment.reasonRequired"]);
    await executeCommand(decideAsSupervisor, await w.viewer(w.users.kabid), { enrolmentId, approve: false, note: "Beban kerja akhir tahun" });
    expect((await db.enrolment.findUniqueOrThrow({ where: { id: enrolmentId } })).status).toBe("REJECTED");
    const again = await executeCommand(registerSelf, await w.viewer(w.users.staff1), { batchId });
    expect(again.enrolmentId).toBe(enrolmentId);
    expect(again.status).toBe("PENDING_SUPERVISOR");
  });
});

describe("registration checks, each with its reason", () => {
  it("refuses a batch that is not open, or outside its window", async () => {
    const admin = await w.viewer(w.users.admin);
    const early = await openBatch(admin, { opensAt: new Date(Date.now() + 86_400_000), closesAt: new Date(Date.now() + 2 * 86_400_000) });
    expect((await refusal(executeCommand(registerSelf, await w.viewer(w.users.staff1), early))).message).toBe("enrolment.problem.windowNotStarted");
    const late = await openBatch(admin, { opensAt: new Date(Date.now() - 2 * 86_400_000), closesAt: new Date(Date.now() - 86_400_000) });
    expect((await refusal(executeCommand(registerSelf, await w.viewer(w.users.staff1), late))).message).toBe("enrolment.problem.windowClosed");
    await db.batch.update({ where: { id: late.batchId }, data: { status: "CLOSED" } });
    expect((await refusal(executeCommand(registerSelf, await w.viewer(w.users.staff1), late))).message).toBe("enrolment.problem.notOpen");
  });

  it("refuses an ineligible position type or unit", async () => {
    const admin = await w.viewer(w.users.admin);
    const forLeaders = await openBatch(admin, { eligibleTypes: ["ADMINISTRATOR"] });
    expect((await refusal(executeCommand(registerSelf, await w.viewer(w.users.staff1), forLeaders))).message).toBe("enrolment.problem.positionType");
    const forDinasY = await openBatch(admin, { eligibleUnitIds: [w.units.dinasY.id] });
    expect((await refusal(executeCommand(registerSelf, await w.viewer(w.users.staff1), forDinasY))).message).toBe("enrolment.problem.unit");
    const forDinasX = await openBatch(admin, { eligibleUnitIds: [w.units.dinasX.id] });
    expect((await executeCommand(registerSelf, await w.viewer(w.users.staff1), forDinasX)).status).toBe("PENDING_SUPERVISOR");
  });

  it("refuses a second registration for the same batch", async () => {
    const admin = await w.viewer(w.users.admin);
    const { batchId } = await openBatch(admin);
    await executeCommand(registerSelf, await w.viewer(w.users.staff1), { batchId });
    expect((await refusal(executeCommand(registerSelf, await w.viewer(w.users.staff1), { batchId }))).message).toBe("enrolment.problem.duplicate");
  });

  it("refuses a clash with another confirmed batch, naming it", async () => {
    const admin = await w.viewer(w.users.admin);
    const first = await openBatch(admin, { startDate: "2030-05-04", endDate: "2030-05-06" });
    const reg = await executeCommand(registerSelf, await w.viewer(w.users.operatorX), first);
    await executeCommand(decideAsAgency, admin, { enrolmentId: reg.enrolmentId, approve: true, note: "" });
    const second = await openBatch(admin, { startDate: "2030-05-06", endDate: "2030-05-07" });
    const error = await refusal(executeCommand(registerSelf, await w.viewer(w.users.operatorX), second));
    expect(error.message).toBe("enrolment.problem.clash");
    expect(error.values?.title).toContain("Bimbingan Teknis Tata Kelola Data angkatan 1");
  });

  it("refuses a unit without a quota when the batch has per-unit quotas", async () => {
    const admin = await w.viewer(w.users.admin);
    const { batchId } = await openBatch(admin, { quotas: [{ unitId: w.units.dinasY.id, seats: 5 }] });
    expect((await refusal(executeCommand(registerSelf, await w.viewer(w.users.staff1), { batchId }))).message).toBe("enrolment.problem.quota");
    const ok = await executeCommand(registerSelf, await w.viewer(w.users.operatorX), { batchId });
    expect((await db.enrolment.findUniqueOrThrow({ where: { id: ok.enrolmentId } })).quotaUnitId).toBe(w.units.dinasY.id);
  });
});

describe("who may act on a registration", () => {
  it("a supervisor cannot decide for someone outside their staff", async () => {
    const admin = await w.viewer(w.users.admin);
    const { batchId } = await openBatch(admin);
    const { enrolmentId } = await executeCommand(registerSelf, await w.viewer(w.users.staff1), { batchId });
    const outsider = await createEmployee(db, { agencyId: w.agencyA.id, unitId: w.units.dinasY.id, name: "Kabid Lain", positionType: "ADMINISTRATOR" });
    await createEmployee(db, { agencyId: w.agencyA.id, unitId: w.units.dinasY.id, supervisorId: outsider.id });
    const outsiderUser = await createUser(db, { agencyId: w.agencyA.id, employeeId: outsider.id, roles: [{ role: "ASN" }, { role: "SUPERVISOR" }] });
    const error = await refusal(executeCommand(decideAsSupervisor, await w.viewer(outsiderUser), { enrolmentId, approve: true, note: "" }));
    expect(error.code).toBe("NOT_FOUND");
    expect((await db.enrolment.findUniqueOrThrow({ where: { id: enrolmentId } })).status).toBe("PENDING_SUPERVISOR");
  });

  it("an ASN cannot withdraw or approve another ASN's registration", async () => {
    const admin = await w.viewer(w.users.admin);
    const { batchId } = await openBatch(admin);
    const { enrolmentId } = await executeCommand(registerSelf, await w.viewer(w.users.staff1), { batchId });
    const other = await w.viewer(w.users.operatorX);
    expect((await refusal(executeCommand(withdraw, other, { enrolmentId, reason: "Bukan milik saya" }))).code).toBe("NOT_FOUND");
    expect((await refusal(executeCommand(decideAsSupervisor, other, { enrolmentId, approve: true, note: "" }))).code).toBe("FORBIDDEN");
    expect((await refusal(executeCommand(decideAsAgency, other, { enrolmentId, approve: true, note: "" }))).code).toBe("FORBIDDEN");
  });

  it("an operator nominates staff of their own unit only", async () => {
    const admin = await w.viewer(w.users.admin);
    const { batchId } = await openBatch(admin);
    const operatorY = await w.viewer(w.users.operatorY);
    expect((await refusal(executeCommand(nominate, operatorY, { batchId, employeeId: w.people.staff1.id }))).code).toBe("NOT_FOUND");
    const operatorX = await w.viewer(w.users.operatorX);
    const nominated = await executeCommand(nominate, operatorX, { batchId, employeeId: w.people.staff1.id });
    expect(nominated.status).toBe("PENDING_SUPERVISOR");
    expect((await db.enrolment.findUniqueOrThrow({ where: { id: nominated.enrolmentId } })).origin).toBe("NOMINATION");
  });
});

describe("cancelling a batch", () => {
  it("ends every active registration, frees the seats and tells the people", async () => {
    const admin = await w.viewer(w.users.admin);
    const { batchId } = await openBatch(admin, { quotas: [{ unitId: w.units.dinasY.id, seats: 2 }] });
    const reg = await executeCommand(registerSelf, await w.viewer(w.users.operatorX), { batchId });
    await executeCommand(decideAsAgency, admin, { enrolmentId: reg.enrolmentId, approve: true, note: "" });
    const { setBatchStatus } = await import("@/lib/batch/lifecycle");
    await executeCommand(setBatchStatus, admin, { batchId, status: "CANCELLED" });

    expect(await db.enrolment.findUniqueOrThrow({ where: { id: reg.enrolmentId } })).toMatchObject({ status: "WITHDRAWN", withdrawnReason: "Angkatan dibatalkan oleh penyelenggara" });
    expect((await db.batch.findUniqueOrThrow({ where: { id: batchId } })).confirmedCount).toBe(0);
    expect((await db.batchQuota.findFirstOrThrow({ where: { batchId } })).confirmedCount).toBe(0);
    expect((await inboxOf(w.users.operatorX.id)).filter((n) => n.title === "Angkatan pelatihan dibatalkan")).toHaveLength(1);
  });
});

describe("the message after registering", () => {
  it("names the agency, not the supervisor, when there is no supervisor step", async () => {
    const { id } = await import("@/lib/i18n/messages/id");
    expect(registerSelf.successMessage!(id, { enrolmentId: "x", status: "PENDING_AGENCY" })).toBe("Pendaftaran terkirim. Menunggu persetujuan BKPP.");
    expect(registerSelf.successMessage!(id, { enrolmentId: "x", status: "PENDING_SUPERVISOR" })).toBe("Pendaftaran terkirim. Menunggu persetujuan atasan.");
    expect(nominate.successMessage!(id, { enrolmentId: "x", status: "PENDING_AGENCY" })).toBe("Usulan peserta terkirim. Menunggu persetujuan BKPP.");
  });
});
