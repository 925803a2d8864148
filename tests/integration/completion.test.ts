// Issue 3's worked example: held minutes, the 80% threshold, one credit per participant, reversal on reopen.
import { beforeEach, describe, expect, it } from "vitest";
import { executeCommand } from "@/lib/action";
import { recordAttendance } from "@/lib/attendance/commands";
import { changeSession } from "@/lib/catalog/commands";
import { setBatchStatus } from "@/lib/batch/lifecycle";
import { db } from "@/lib/db";
import { decideAsAgency, registerSelf } from "@/lib/enrolment/commands";
import { completeBatch, reopenBatch } from "@/lib/batch/completion";
import { formatMinutesJp } from "@/lib/ledger/rules";
import { openBatch } from "./training-world";
import { buildWorld, type World } from "./world";

let w: World;
beforeEach(async () => {
  w = await buildWorld();
});

const at = (h: number, m = 0) => h * 60 + m;

describe("closing a batch credits JP from what was held and attended", () => {
  it("credits A 510 minutes (11,33 JP) and B nothing, once, and reverses with corrections on reopen", async () => {
    const admin = await w.viewer(w.users.admin);
    const d1 = "2030-06-03", d2 = "2030-06-04";
    const { batchId } = await openBatch(admin, {
      startDate: d1,
      endDate: d2,
      sessions: [
        { date: d1, startMinute: at(8), endMinute: at(10), title: "Materi 1", kind: "LEARNING" },        // 120
        { date: d1, startMinute: at(10), endMinute: at(11, 30), title: "Materi 2", kind: "LEARNING" },   // 90
        { date: d1, startMinute: at(12), endMinute: at(13), title: "Makan siang", kind: "MEAL" },        // 60, not JP
        { date: d1, startMinute: at(13), endMinute: at(14, 30), title: "Materi 3", kind: "LEARNING" },   // 90
        { date: d2, startMinute: at(8), endMinute: at(11), title: "Materi 4", kind: "LEARNING" },         // 180 → 120
        { date: d2, startMinute: at(13), endMinute: at(14, 30), title: "Materi 5", kind: "LEARNING" },   // 90
      ],
    });
    // A = "other" (no supervisor: straight to the agency), B = staff2 via admin after supervisor approval
    const a = await executeCommand(registerSelf, await w.viewer(w.users.operatorX), { batchId });
    await executeCommand(decideAsAgency, admin, { enrolmentId: a.enrolmentId, approve: true, note: "" });
    const bEmployee = w.people.head; // head has no supervisor either
    const b = await executeCommand(registerSelf, await w.viewer(w.users.head), { batchId });
    await executeCommand(decideAsAgency, admin, { enrolmentId: b.enrolmentId, approve: true, note: "" });

    const sessions = await db.rundownSession.findMany({ where: { batchId }, orderBy: [{ date: "asc" }, { startMinute: "asc" }] });
    const shortened = sessions.find((s) => s.title === "Materi 4")!;
    await executeCommand(changeSession, admin, { sessionId: shortened.id, endMinute: at(10), reason: "Dipotong untuk agenda pimpinan" });
    const changeAudit = await db.auditLog.findFirstOrThrow({ where: { entityId: shortened.id, entity: "RundownSession" } });
    expect(changeAudit.after).toMatchObject({ endMinute: at(10), reason: "Dipotong untuk agenda pimpinan" });

    await executeCommand(setBatchStatus, admin, { batchId, status: "CLOSED" });
    await executeCommand(setBatchStatus, admin, { batchId, status: "RUNNING" });
    const learning = sessions.filter((s) => s.kind === "LEARNING");
    await executeCommand(recordAttendance, admin, {
      batchId,
      marks: [
        ...sessions.map((s) => ({ sessionId: s.id, enrolmentId: a.enrolmentId, status: "PRESENT" as const })),
        ...learning.map((s) => ({ sessionId: s.id, enrolmentId: b.enrolmentId, status: s.id === shortened.id ? ("ABSENT" as const) : ("PRESENT" as const) })),
      ],
    });

    const result = await executeCommand(completeBatch, admin, { batchId, reason: "" });
    expect(result).toEqual({ heldMinutes: 510, credited: 1 });
    expect(formatMinutesJp(result.heldMinutes)).toBe("510 menit (11,33 JP)");

    const ledger = await db.ledgerEntry.findMany({ where: { batchId } });
    expect(ledger).toHaveLength(1);
    expect(ledger[0]).toMatchObject({ employeeId: w.people.other.id, minutes: 510, year: 2030, source: "BATCH", routeCode: "KL10" });
    expect(ledger[0]!.date.toISOString().slice(0, 10)).toBe(d2);
    const enrolments = await db.enrolment.findMany({ where: { batchId }, select: { employeeId: true, completed: true } });
    expect(enrolments.find((e) => e.employeeId === bEmployee.id)?.completed).toBe(false); // 390 of 510 = 76%

    // closing again credits no one twice
    expect(await executeCommand(completeBatch, admin, { batchId, reason: "" })).toEqual({ heldMinutes: 510, credited: 0 });
    expect(await db.ledgerEntry.count({ where: { batchId } })).toBe(1);

    // reopening reverses with a correction entry; closing again credits once more
    expect(await executeCommand(reopenBatch, admin, { batchId, reason: "Absensi sesi 4 salah input" })).toEqual({ reversed: 1 });
    const afterReopen = await db.ledgerEntry.findMany({ where: { batchId }, orderBy: { createdAt: "asc" } });
    expect(afterReopen.map((e) => [e.source, e.minutes])).toEqual([["BATCH", 510], ["CORRECTION", -510]]);
    expect(afterReopen[1]!.correctsId).toBe(afterReopen[0]!.id);
    expect(await executeCommand(completeBatch, admin, { batchId, reason: "" })).toEqual({ heldMinutes: 510, credited: 1 });
    const net = await db.ledgerEntry.aggregate({ where: { batchId, employeeId: w.people.other.id }, _sum: { minutes: true } });
    expect(net._sum.minutes).toBe(510);
  });
});

describe("the ledger is immutable in the database", () => {
  it("rejects UPDATE and DELETE of an entry, and a correction without a reason", async () => {
    const entry = await db.ledgerEntry.create({
      data: { agencyId: w.agencyA.id, employeeId: w.people.staff1.id, minutes: 360, date: new Date("2025-03-01"), year: 2025, source: "BATCH", routeCode: "KL08", title: "Kursus" },
    });
    await expect(db.$executeRaw`UPDATE "LedgerEntry" SET minutes = 999 WHERE id = ${entry.id}::uuid`).rejects.toThrow(/append-only/);
    await expect(db.$executeRaw`DELETE FROM "LedgerEntry" WHERE id = ${entry.id}::uuid`).rejects.toThrow(/append-only/);
    await expect(
      db.ledgerEntry.create({
        data: { agencyId: w.agencyA.id, employeeId: w.people.staff1.id, minutes: -360, date: new Date("2025-03-01"), year: 2025, source: "CORRECTION", routeCode: "KL08", title: "Koreksi", correctsId: entry.id },
      }),
    ).rejects.toThrow(/LedgerEntry_correction_explained/);
    await expect(
      db.ledgerEntry.create({
        data: { agencyId: w.agencyA.id, employeeId: w.people.staff1.id, minutes: 60, date: new Date("2025-12-31"), year: 2026, source: "BATCH", routeCode: "KL08", title: "Tahun salah" },
      }),
    ).rejects.toThrow(/LedgerEntry_year_of_date/);
    // External training reaches the ledger only through its verified submission.
    await expect(
      db.ledgerEntry.create({
        data: { agencyId: w.agencyA.id, employeeId: w.people.staff1.id, minutes: 60, date: new Date("2025-05-05"), year: 2025, source: "EXTERNAL", routeCode: "KL08", title: "Tanpa pengajuan" },
      }),
    ).rejects.toThrow(/LedgerEntry_external_named/);
    expect((await db.ledgerEntry.findUniqueOrThrow({ where: { id: entry.id } })).minutes).toBe(360);
  });
});
