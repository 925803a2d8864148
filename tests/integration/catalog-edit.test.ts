// Issue 12: programs and batches are changed after saving. A batch's new days or place reach its confirmed
// participants and their supervisors (and nobody else), the calendar sequence goes up, refusals write nothing.
import { beforeEach, describe, expect, it } from "vitest";
import { executeCommand } from "@/lib/action";
import type { Viewer } from "@/lib/auth/load-viewer";
import { changeSession } from "@/lib/catalog/commands";
import { updateBatch, updateProgram } from "@/lib/catalog/edit-commands";
import { setBatchStatus } from "@/lib/batch/lifecycle";
import { db } from "@/lib/db";
import { confirmedBatchCalendar } from "@/lib/enrolment/queries";
import { enrolDirectly, registerSelf } from "@/lib/enrolment/commands";
import { openBatch } from "./training-world";
import { buildWorld, refusal, type World } from "./world";
import { inboxOf } from "../support/inbox";

let w: World;
let admin: Viewer;
let batchId: string;
let programId: string;

const SCHEDULE_KINDS = ["batchScheduleChanged", "staffBatchScheduleChanged", "sessionRescheduled"];
const scheduleNotices = async (userId: string) => (await inboxOf(userId)).filter((n) => SCHEDULE_KINDS.includes(n.kind));
const allScheduleNotices = () => db.notification.count({ where: { agencyId: w.agencyA.id, kind: { in: SCHEDULE_KINDS } } });
const auditRows = (entityId: string, action = "update") => db.auditLog.findMany({ where: { entityId, action } });

/** The batch as the edit form sends it back unchanged; tests override what they change. */
async function unchanged() {
  const b = await db.batch.findUniqueOrThrow({ where: { id: batchId } });
  return {
    batchId, startDate: b.startDate.toISOString().slice(0, 10), endDate: b.endDate.toISOString().slice(0, 10), venue: b.venue ?? "",
    capacity: b.capacity, registrationOpensAt: b.registrationOpensAt.toISOString(), registrationClosesAt: b.registrationClosesAt.toISOString(),
  };
}

beforeEach(async () => {
  w = await buildWorld();
  admin = await w.viewer(w.users.admin);
  ({ batchId, programId } = await openBatch(admin, {
    startDate: "2030-03-04", endDate: "2030-03-06", capacity: 10,
    sessions: [
      { date: "2030-03-04", startMinute: 480, endMinute: 600, title: "Penyampaian materi hari 1", kind: "LEARNING" },
      { date: "2030-03-05", startMinute: 480, endMinute: 600, title: "Penyampaian materi hari 2", kind: "LEARNING" },
    ],
  }));
  await db.batch.update({ where: { id: batchId }, data: { venue: "Aula BKPSDM" } });
  // Confirmed: staff1 and staff2 (supervisor kabid), other (no supervisor). Pending: kabid himself (supervisor head).
  for (const employee of [w.people.staff1, w.people.staff2, w.people.other]) {
    expect((await executeCommand(enrolDirectly, admin, { batchId, employeeId: employee.id })).status).toBe("CONFIRMED");
  }
  await executeCommand(registerSelf, await w.viewer(w.users.kabid), { batchId });
});

describe("changing a confirmed batch's days and place", () => {
  it("moves the rundown, raises the sequence, tells confirmed participants and their supervisors, and audits it", async () => {
    const before = await unchanged();
    const staffIcsBefore = await confirmedBatchCalendar(await w.viewer(w.users.staff1), batchId);
    const result = await executeCommand(updateBatch, admin, { ...before, startDate: "2030-03-11", endDate: "2030-03-13", venue: "Hotel Santika" });
    expect(result.notified).toEqual({ participants: 3, supervisors: 1 });

    const batch = await db.batch.findUniqueOrThrow({ where: { id: batchId }, include: { sessions: { orderBy: { date: "asc" } } } });
    expect(batch.venue).toBe("Hotel Santika");
    expect(batch.sessions.map((s) => s.date.toISOString().slice(0, 10))).toEqual(["2030-03-11", "2030-03-12"]);
    expect(batch.scheduleSequence).toBe(1);
    const ics = await confirmedBatchCalendar(await w.viewer(w.users.staff1), batchId);
    expect(ics!.sequence).toBeGreaterThan(staffIcsBefore!.sequence);

    // A participant: names the training and the batch, and what changed.
    const [participant] = await scheduleNotices(w.users.staff1.id);
    expect(participant!.kind).toBe("batchScheduleChanged");
    expect(participant!.body).toContain("Bimbingan Teknis Tata Kelola Data angkatan 1");
    expect(participant!.body).toContain("tanggal 4–6 Maret 2030 → 11–13 Maret 2030");
    expect(participant!.body).toContain("tempat Aula BKPSDM → Hotel Santika");
    expect(participant!.link).toBe(`/pelatihan/saya?angkatan=${batchId}`);
    expect(await scheduleNotices(w.users.operatorX.id)).toHaveLength(1);
    // Their supervisor, once, naming both staff.
    const supervisor = await scheduleNotices(w.users.kabid.id);
    expect(supervisor.map((n) => n.kind)).toEqual(["staffBatchScheduleChanged"]);
    expect(supervisor[0]!.body).toContain("Staf Dua, Staf Satu");
    // Nobody else: not the pending registrant's supervisor, not the admin.
    expect(await scheduleNotices(w.users.head.id)).toEqual([]);
    expect(await scheduleNotices(w.users.admin.id)).toEqual([]);
    expect(await allScheduleNotices()).toBe(3);

    const [row] = await auditRows(batchId);
    expect(row!.before).toMatchObject({ startDate: "2030-03-04", endDate: "2030-03-06", venue: "Aula BKPSDM", scheduleSequence: 0 });
    expect(row!.after).toMatchObject({ startDate: "2030-03-11", endDate: "2030-03-13", venue: "Hotel Santika", scheduleSequence: 1, sessionsShiftedDays: 7 });
  });

  it("changes capacity and the window without notices or a new sequence", async () => {
    const before = await unchanged();
    await executeCommand(updateBatch, admin, { ...before, capacity: 25 });
    expect((await db.batch.findUniqueOrThrow({ where: { id: batchId } })).scheduleSequence).toBe(0);
    expect(await allScheduleNotices()).toBe(0);
    expect(await auditRows(batchId)).toHaveLength(1);
  });
});

describe("refusals write nothing", () => {
  async function expectNothingWritten(snapshot: unknown) {
    expect(await db.batch.findUniqueOrThrow({ where: { id: batchId }, include: { sessions: { orderBy: { date: "asc" } } } })).toEqual(snapshot);
    expect(await auditRows(batchId)).toEqual([]);
    expect(await allScheduleNotices()).toBe(0);
  }
  const snapshot = () => db.batch.findUniqueOrThrow({ where: { id: batchId }, include: { sessions: { orderBy: { date: "asc" } } } });

  it("refuses a capacity below the confirmed seats, naming their count", async () => {
    const saved = await snapshot();
    const error = await refusal(executeCommand(updateBatch, admin, { ...(await unchanged()), capacity: 2, venue: "Hotel Santika" }));
    expect(error.message).toBe("catalogEdit.capacityBelowConfirmed");
    expect(error.values).toEqual({ confirmed: 3 });
    expect(error.fieldErrors?.capacity).toEqual(["catalogEdit.capacityBelowConfirmed"]);
    await expectNothingWritten(saved);
  });

  it("refuses to move the dates once attendance exists, but still takes a new place", async () => {
    const [session] = await db.rundownSession.findMany({ where: { batchId } });
    const [enrolment] = await db.enrolment.findMany({ where: { batchId, status: "CONFIRMED" } });
    await db.attendance.create({ data: { agencyId: w.agencyA.id, sessionId: session!.id, enrolmentId: enrolment!.id, status: "PRESENT" } });
    const saved = await snapshot();
    const error = await refusal(executeCommand(updateBatch, admin, { ...(await unchanged()), startDate: "2030-03-11", endDate: "2030-03-13" }));
    expect(error.message).toBe("catalogEdit.datesLockedByAttendance");
    await expectNothingWritten(saved);
    await executeCommand(updateBatch, admin, { ...(await unchanged()), venue: "Hotel Santika" });
    expect(await allScheduleNotices()).toBe(3);
  });

  it("refuses any change to a cancelled batch", async () => {
    await executeCommand(setBatchStatus, admin, { batchId, status: "CANCELLED" });
    const saved = await snapshot();
    const error = await refusal(executeCommand(updateBatch, admin, { ...(await unchanged()), venue: "Hotel Santika" }));
    expect(error.message).toBe("catalogEdit.batchLocked");
    await expectNothingWritten(saved);
  });

  it("finds nothing of another agency", async () => {
    const saved = await snapshot();
    const error = await refusal(executeCommand(updateBatch, await w.viewer(w.users.adminB), { ...(await unchanged()), venue: "Hotel Santika" }));
    expect(error.code).toBe("NOT_FOUND");
    await expectNothingWritten(saved);
  });
});

describe("changing a rundown session's time", () => {
  it("raises the sequence and tells participants which session moved", async () => {
    const [session] = await db.rundownSession.findMany({ where: { batchId }, orderBy: { date: "asc" } });
    await executeCommand(changeSession, admin, { sessionId: session!.id, startMinute: 540, endMinute: 660, reason: "Narasumber datang siang" });
    expect((await db.batch.findUniqueOrThrow({ where: { id: batchId } })).scheduleSequence).toBe(1);
    const [notice] = await scheduleNotices(w.users.staff1.id);
    expect(notice!.kind).toBe("sessionRescheduled");
    expect(notice!.body).toContain("\"Penyampaian materi hari 1\": waktu 08:00–10:00 → 09:00–11:00");
    expect((await scheduleNotices(w.users.kabid.id)).map((n) => n.kind)).toEqual(["staffBatchScheduleChanged"]);
  });
});

describe("changing a program", () => {
  it("replaces its fields and lists, audits before and after", async () => {
    const competency = await db.competency.create({ data: { agencyId: w.agencyA.id, code: "MNJ-01", name: "Manajemen Data", kind: "MANAGERIAL", description: "" } });
    const input = {
      programId, title: "Bimtek Tata Kelola Data Terpadu", description: "Deskripsi baru", routeCode: "KL09", organiser: "BKPSDM Kota Uji",
      eligibleTypes: ["PELAKSANA"], eligibleUnitIds: [w.units.dinasX.id],
      competencies: [{ competencyId: competency.id, targetLevel: 2 }],
      budgetLines: [{ item: "Honor narasumber", volume: 6, unit: "JP", unitPrice: 900000, fundSource: "APBD" }],
    };
    await executeCommand(updateProgram, admin, input);
    const program = await db.program.findUniqueOrThrow({ where: { id: programId }, include: { eligibleUnits: true, budgetLines: true, competencies: true } });
    expect(program).toMatchObject({ title: input.title, routeCode: "KL09", organiser: "BKPSDM Kota Uji", eligibleTypes: ["PELAKSANA"] });
    expect(program.eligibleUnits.map((u) => u.unitId)).toEqual([w.units.dinasX.id]);
    expect(program.budgetLines.map((l) => l.item)).toEqual(["Honor narasumber"]);
    expect(program.competencies.map((c) => [c.competencyId, c.targetLevel])).toEqual([[competency.id, 2]]);
    const [row] = await auditRows(programId);
    expect(row!.before).toMatchObject({ title: "Bimbingan Teknis Tata Kelola Data", routeCode: "KL10", eligibleUnits: [], budgetLines: [{ item: "Konsumsi peserta" }] });
    expect(row!.after).toMatchObject({ title: input.title, eligibleUnits: [w.units.dinasX.id], budgetLines: [{ item: "Honor narasumber" }] });
  });

  it("refuses a unit of another agency and writes nothing", async () => {
    const error = await refusal(executeCommand(updateProgram, admin, { programId, title: "X", routeCode: "KL10", organiser: "Y", eligibleUnitIds: [w.units.unitB.id] }));
    expect(error.fieldErrors?.eligibleUnitIds).toEqual(["common.notFound"]);
    expect((await db.program.findUniqueOrThrow({ where: { id: programId } })).title).toBe("Bimbingan Teknis Tata Kelola Data");
    expect(await auditRows(programId)).toEqual([]);
  });
});
