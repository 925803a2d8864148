// A past batch entered after the fact (issue 13: an agency that starts mid-year brings its earlier training in):
// created with past dates and no registration window of its own, moved straight to RUNNING, participants enrolled
// and judged on the batch's dates (who was in service, in which unit, then; clashes on its days), attendance
// filled in one pass, and JP credited through the normal completion.
import { beforeEach, describe, expect, it } from "vitest";
import { executeCommand } from "@/lib/action";
import { recordAttendance } from "@/lib/attendance/commands";
import type { Viewer } from "@/lib/auth/load-viewer";
import { completeBatch } from "@/lib/batch/completion";
import { createBatch, setBatchStatus } from "@/lib/batch/lifecycle";
import { createProgram } from "@/lib/catalog/commands";
import { pastBatchWindow, wallClockToIso } from "@/lib/catalog/wall-clock";
import { db } from "@/lib/db";
import { enrolDirectly } from "@/lib/enrolment/commands";
import { ledgerOfYear } from "@/lib/enrolment/queries";
import { calendarToday } from "@/lib/time";
import { createEmployee } from "../factories/db";
import { buildWorld, refusal, type World } from "./world";

let w: World;
let admin: Viewer;
beforeEach(async () => {
  w = await buildWorld();
  admin = await w.viewer(w.users.admin);
});

const iso = (d: Date) => d.toISOString().slice(0, 10);
const daysAgo = (n: number) => new Date(calendarToday().getTime() - n * 86_400_000);
// The batch ran well before today (a year is enough to make it history whatever day the test runs).
const START = daysAgo(300);
const END = daysAgo(299);

async function pastBatch(opts: { eligibleUnitIds?: string[]; start?: Date; end?: Date; number?: number } = {}) {
  const { programId } = await executeCommand(createProgram, admin, {
    title: `Bimtek Arsip Digital ${opts.number ?? 1}`, routeCode: "KL10", organiser: "BKPP Kota Uji", eligibleUnitIds: opts.eligibleUnitIds ?? [],
  });
  const start = iso(opts.start ?? START);
  const end = iso(opts.end ?? END);
  // What the form's action does when the admin leaves the registration window empty.
  const window = pastBatchWindow(start, end, iso(calendarToday()))!;
  expect(window).not.toBeNull();
  const { batchId } = await executeCommand(createBatch, admin, {
    programId, number: 1, startDate: start, endDate: end, capacity: 20,
    registrationOpensAt: wallClockToIso(window.opensAt), registrationClosesAt: wallClockToIso(window.closesAt),
    sessions: [
      { date: start, startMinute: 480, endMinute: 600, title: "Materi 1", kind: "LEARNING" },
      { date: start, startMinute: 720, endMinute: 780, title: "ISHOMA", kind: "MEAL" },
      { date: end, startMinute: 480, endMinute: 600, title: "Materi 2", kind: "LEARNING" },
    ],
  });
  return batchId;
}

describe("a past batch", () => {
  it("goes straight to RUNNING (a batch still to come does not), enrols on its dates, takes attendance in one pass and credits JP", async () => {
    const batchId = await pastBatch();
    await executeCommand(setBatchStatus, admin, { batchId, status: "RUNNING" });
    expect((await db.batch.findUniqueOrThrow({ where: { id: batchId } })).status).toBe("RUNNING");

    // staff2 retired after the batch: in service on its first day, so enrolled (today they would be refused).
    await db.employee.update({ where: { id: w.people.staff2.id }, data: { serviceEndDate: daysAgo(30) } });
    const retired = await executeCommand(enrolDirectly, admin, { batchId, employeeId: w.people.staff2.id });
    expect(retired.status).toBe("CONFIRMED");
    const current = await executeCommand(enrolDirectly, admin, { batchId, employeeId: w.people.staff1.id });
    expect(current.status).toBe("CONFIRMED");

    // Someone who had already left by the batch's first day was not in service then.
    const left = await createEmployee(db, { agencyId: w.agencyA.id, unitId: w.units.bidangX1.id, name: "Pegawai Pindah", serviceEndDate: daysAgo(301) });
    const late = await refusal(executeCommand(enrolDirectly, admin, { batchId, employeeId: left.id }));
    expect(late.message).toBe("eligibility.problemFor.inactive");

    // Everyone present in every learning session, in one save; then the normal completion credits 240 minutes.
    const enrolments = await db.enrolment.findMany({ where: { batchId, status: "CONFIRMED" }, select: { id: true } });
    const sessions = await db.rundownSession.findMany({ where: { batchId, kind: "LEARNING" }, select: { id: true } });
    const marks = enrolments.flatMap((e) => sessions.map((s) => ({ sessionId: s.id, enrolmentId: e.id, status: "PRESENT" })));
    expect(await executeCommand(recordAttendance, admin, { batchId, marks })).toEqual({ saved: 4 });
    expect(await executeCommand(completeBatch, admin, { batchId, reason: "" })).toEqual({ heldMinutes: 240, credited: 2 });
    const year = END.getUTCFullYear();
    for (const id of [w.people.staff1.id, w.people.staff2.id]) {
      const ledger = await ledgerOfYear(db, { agencyId: w.agencyA.id, employeeId: id }, year);
      expect(ledger.entries.map((e) => [e.source, e.minutes, iso(e.date)])).toContainEqual(["BATCH", 240, iso(END)]);
    }

    // A batch still to come keeps the usual path: no shortcut to RUNNING.
    const { programId } = await executeCommand(createProgram, admin, { title: "Bimtek Mendatang", routeCode: "KL10", organiser: "BKPP" });
    const { batchId: future } = await executeCommand(createBatch, admin, {
      programId, number: 1, startDate: iso(daysAgo(-59)), endDate: iso(daysAgo(-60)), capacity: 5,
      registrationOpensAt: new Date().toISOString(), registrationClosesAt: new Date(Date.now() + 86_400_000).toISOString(), sessions: [],
    });
    expect((await refusal(executeCommand(setBatchStatus, admin, { batchId: future, status: "RUNNING" }))).message).toBe("catalog.statusInvalid");
  });

  it("judges the unit rule on the unit the person held on the batch's first day", async () => {
    // staff1 worked in Dinas Y until 100 days ago, then moved to Bidang X1 (the history a move records).
    const staff1 = await db.employee.findUniqueOrThrow({ where: { id: w.people.staff1.id }, select: { positionId: true } });
    const positionY = await db.position.create({ data: { agencyId: w.agencyA.id, unitId: w.units.dinasY.id, name: "Pengelola Arsip", type: "PELAKSANA" } });
    await db.employeeAssignment.updateMany({ where: { employeeId: w.people.staff1.id, endDate: null }, data: { startDate: daysAgo(99) } });
    await db.employeeAssignment.create({
      data: { agencyId: w.agencyA.id, employeeId: w.people.staff1.id, unitId: w.units.dinasY.id, positionId: positionY.id, startDate: daysAgo(2000), endDate: daysAgo(100), source: "MANUAL" },
    });
    expect(staff1.positionId).not.toBe(positionY.id);

    const forDinasY = await pastBatch({ eligibleUnitIds: [w.units.dinasY.id] });
    expect((await executeCommand(enrolDirectly, admin, { batchId: forDinasY, employeeId: w.people.staff1.id })).status).toBe("CONFIRMED");
    const forBidangX1 = await pastBatch({ eligibleUnitIds: [w.units.bidangX1.id], number: 2 });
    expect((await refusal(executeCommand(enrolDirectly, admin, { batchId: forBidangX1, employeeId: w.people.staff1.id }))).message).toBe("eligibility.problemFor.unit");
  });

  it("refuses a clash with another batch on the same days, however long ago", async () => {
    const first = await pastBatch();
    const second = await pastBatch({ number: 2, start: END, end: END });
    await executeCommand(enrolDirectly, admin, { batchId: first, employeeId: w.people.kabid.id });
    const clash = await refusal(executeCommand(enrolDirectly, admin, { batchId: second, employeeId: w.people.kabid.id }));
    expect(clash.message).toBe("enrolment.problem.clash");
  });
});
