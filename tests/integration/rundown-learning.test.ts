// Issue 12: ISHOMA, the opening and the closing are schedule only. Planned and held JP, the attendance grid,
// the completion threshold and the JP credited all come from the learning sessions alone, even when a saved
// policy lists a schedule-only kind among the kinds it counts.
import { beforeEach, describe, expect, it } from "vitest";
import { executeCommand } from "@/lib/action";
import { recordAttendance } from "@/lib/attendance/commands";
import { getAttendanceGrid } from "@/lib/attendance/queries";
import type { Viewer } from "@/lib/auth/load-viewer";
import { completeBatch } from "@/lib/batch/completion";
import { setBatchStatus } from "@/lib/batch/lifecycle";
import { getBatch } from "@/lib/catalog/admin-queries";
import { changeSessionKind } from "@/lib/catalog/session-kind-commands";
import { AppError } from "@/lib/errors";
import { db } from "@/lib/db";
import { decideAsAgency, registerSelf } from "@/lib/enrolment/commands";
import { openBatch } from "./training-world";
import { buildWorld, type World } from "./world";

let w: World;
let admin: Viewer;
beforeEach(async () => {
  w = await buildWorld();
  admin = await w.viewer(w.users.admin);
});

const d = "2030-06-03";
const RUNDOWN = [
  { date: d, startMinute: 480, endMinute: 510, title: "Pembukaan", kind: "OPENING_CLOSING" }, // 30, schedule only
  { date: d, startMinute: 510, endMinute: 630, title: "Materi 1", kind: "LEARNING" }, //         120
  { date: d, startMinute: 720, endMinute: 780, title: "ISHOMA", kind: "MEAL" }, //               60, schedule only
  { date: d, startMinute: 780, endMinute: 840, title: "Materi 2", kind: "LEARNING" }, //          60
  { date: d, startMinute: 840, endMinute: 870, title: "Penutupan", kind: "OPENING_CLOSING" }, //  30, schedule only
];

async function confirmedSeat(batchId: string, user: { id: string }) {
  const { enrolmentId } = await executeCommand(registerSelf, await w.viewer(user), { batchId });
  await executeCommand(decideAsAgency, admin, { enrolmentId, approve: true, note: "" });
  return enrolmentId;
}

describe("a batch with ISHOMA, opening and closing", () => {
  it("plans, grids, completes and credits JP from its learning sessions only", async () => {
    // A saved policy that (wrongly) lists meals and ceremonies among the counted kinds changes nothing.
    await db.agencyPolicy.create({ data: { agencyId: w.agencyA.id, year: 2030, countedRouteCodes: [], jpSessionKinds: ["LEARNING", "MEAL", "OPENING_CLOSING"] } });
    const { batchId } = await openBatch(admin, { startDate: d, sessions: RUNDOWN });
    const full = await confirmedSeat(batchId, w.users.operatorX);
    const partial = await confirmedSeat(batchId, w.users.head);

    const detail = (await getBatch(admin, batchId))!;
    expect(detail.plannedMinutes).toBe(180);
    expect(detail.heldMinutes).toBe(180);
    expect(detail.countedKinds).toEqual(["LEARNING"]);

    await executeCommand(setBatchStatus, admin, { batchId, status: "CLOSED" });
    await executeCommand(setBatchStatus, admin, { batchId, status: "RUNNING" });
    const sessions = await db.rundownSession.findMany({ where: { batchId }, orderBy: { startMinute: "asc" } });
    const id = (title: string) => sessions.find((s) => s.title === title)!.id;

    // The grid has a column per learning session only.
    const grid = (await getAttendanceGrid(admin, batchId))!;
    expect(grid.sessions.map((s) => s.title)).toEqual(["Materi 1", "Materi 2"]);
    expect(grid.heldMinutes).toBe(180);
    expect(grid.scheduleOnlyCount).toBe(3);

    // "partial" attended Materi 1 and every schedule-only session: 120 of 180 learning minutes (67 %). Were the
    // opening, ISHOMA and closing counted, it would be 240 of 300 (80 %) and pass the threshold.
    const saved = await executeCommand(recordAttendance, admin, {
      batchId,
      marks: [
        ...sessions.map((s) => ({ sessionId: s.id, enrolmentId: full, status: "PRESENT" as const })),
        ...sessions.map((s) => ({ sessionId: s.id, enrolmentId: partial, status: s.title === "Materi 2" ? ("ABSENT" as const) : ("PRESENT" as const) })),
      ],
    });
    expect(saved).toEqual({ saved: 4 });
    expect(await db.attendance.count({ where: { sessionId: { in: [id("Pembukaan"), id("ISHOMA"), id("Penutupan")] } } })).toBe(0);

    expect(await executeCommand(completeBatch, admin, { batchId, reason: "" })).toEqual({ heldMinutes: 180, credited: 1 });
    const enrolments = await db.enrolment.findMany({ where: { batchId }, select: { id: true, completed: true } });
    expect(Object.fromEntries(enrolments.map((e) => [e.id, e.completed]))).toEqual({ [full]: true, [partial]: false });
    const ledger = await db.ledgerEntry.findMany({ where: { batchId }, select: { employeeId: true, minutes: true } });
    expect(ledger).toEqual([{ employeeId: w.people.other.id, minutes: 180 }]);
  });
});

describe("changing a saved session's kind", () => {
  it("turns a mistyped ISHOMA into schedule only, with an audit row, until attendance exists", async () => {
    const { batchId } = await openBatch(admin, {
      startDate: d,
      sessions: [
        { date: d, startMinute: 510, endMinute: 630, title: "Materi 1", kind: "LEARNING" },
        { date: d, startMinute: 720, endMinute: 780, title: "ISHOMA", kind: "LEARNING" }, // typed wrongly
      ],
    });
    const [materi, ishoma] = await db.rundownSession.findMany({ where: { batchId }, orderBy: { startMinute: "asc" } });
    expect((await getBatch(admin, batchId))!.plannedMinutes).toBe(180);

    expect(await executeCommand(changeSessionKind, admin, { sessionId: ishoma!.id, kind: "MEAL" })).toEqual({ batchId, changed: true });
    expect((await getBatch(admin, batchId))!.plannedMinutes).toBe(120);
    expect((await getAttendanceGrid(admin, batchId))!.sessions.map((s) => s.title)).toEqual(["Materi 1"]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entity: "RundownSession", entityId: ishoma!.id, action: "change" } });
    expect(audit).toMatchObject({ before: { kind: "LEARNING" }, after: { kind: "MEAL" } });

    // Once a session has attendance its kind stays, so no recorded minutes silently disappear.
    const enrolment = await confirmedSeat(batchId, w.users.operatorX);
    await executeCommand(setBatchStatus, admin, { batchId, status: "CLOSED" });
    await executeCommand(setBatchStatus, admin, { batchId, status: "RUNNING" });
    await executeCommand(recordAttendance, admin, { batchId, marks: [{ sessionId: materi!.id, enrolmentId: enrolment, status: "PRESENT" }] });
    const refused = await executeCommand(changeSessionKind, admin, { sessionId: materi!.id, kind: "OTHER" }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({ code: "CONFLICT", message: "rundown.kindChange.hasAttendance" });
    expect((await db.rundownSession.findUniqueOrThrow({ where: { id: materi!.id } })).kind).toBe("LEARNING");

    // A finished batch's rundown is closed.
    await executeCommand(completeBatch, admin, { batchId, reason: "" });
    const finished = await executeCommand(changeSessionKind, admin, { sessionId: ishoma!.id, kind: "LEARNING" }).catch((e: unknown) => e);
    expect(finished).toMatchObject({ code: "CONFLICT", message: "catalog.batchFinished" });
  });
});
