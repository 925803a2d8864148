// Issue 10, section 4: attendance only for a session that has started, completion only after the last session
// has ended, both on the agency's wall clock (WIB).
import { beforeEach, describe, expect, it } from "vitest";
import { executeCommand } from "@/lib/action";
import { recordAttendance } from "@/lib/attendance/commands";
import { getAttendanceGrid } from "@/lib/attendance/queries";
import { setBatchStatus } from "@/lib/batch/lifecycle";
import { db } from "@/lib/db";
import { enrolDirectly } from "@/lib/enrolment/commands";
import { completeBatch } from "@/lib/batch/completion";
import { openBatch } from "./training-world";
import { atWallClock } from "./wall-clock";
import { buildWorld, refusal, type World } from "./world";

let w: World;
beforeEach(async () => {
  w = await buildWorld();
});

/** 3 June 2030 08:00–10:00 and 4 June 2030 13:00–15:00 WIB, both learning. */
const twoDayBatch = (admin: Awaited<ReturnType<World["viewer"]>>) => {
  const d1 = "2030-06-03", d2 = "2030-06-04";
  return openBatch(admin, {
    startDate: d1,
    endDate: d2,
    sessions: [
      { date: d1, startMinute: 480, endMinute: 600, title: "Materi 1", kind: "LEARNING" },
      { date: d2, startMinute: 780, endMinute: 900, title: "Materi 2", kind: "LEARNING" },
    ],
  });
};

describe("timing of attendance and completion", () => {
  it("refuses marks for a session not started yet and completion before the last session ends", async () => {
    const admin = await w.viewer(w.users.admin);
    const { batchId } = await twoDayBatch(admin);
    const { enrolmentId } = await executeCommand(enrolDirectly, admin, { batchId, employeeId: w.people.staff1.id });
    await executeCommand(setBatchStatus, admin, { batchId, status: "CLOSED" });
    await executeCommand(setBatchStatus, admin, { batchId, status: "RUNNING" });
    const [first, second] = await db.rundownSession.findMany({ where: { batchId }, orderBy: [{ date: "asc" }, { startMinute: "asc" }] });
    const mark = (sessionId: string) => ({ sessionId, enrolmentId, status: "PRESENT" as const });

    // 07:59 WIB on the first day: nothing has started. 08:00: the first session has.
    const early = await atWallClock("2030-06-03T07:59:00+07:00", () => refusal(executeCommand(recordAttendance, admin, { batchId, marks: [mark(first!.id)] })));
    expect(early.message).toBe("catalog.sessionNotStarted");
    await atWallClock("2030-06-03T08:00:00+07:00", () => executeCommand(recordAttendance, admin, { batchId, marks: [mark(first!.id)] }));
    // The same day, the second session (tomorrow 13:00) is refused, also together with a started one.
    const both = await atWallClock("2030-06-03T23:00:00+07:00", () => refusal(executeCommand(recordAttendance, admin, { batchId, marks: [mark(first!.id), mark(second!.id)] })));
    expect(both.message).toBe("catalog.sessionNotStarted");
    const grid = await atWallClock("2030-06-03T23:00:00+07:00", () => getAttendanceGrid(admin, batchId));
    expect(grid!.sessions.map((s) => [s.title, s.upcoming])).toEqual([["Materi 1", false], ["Materi 2", true]]);

    // The last session ends at 15:00 WIB on the second day: not completable at 14:59, at 15:00 it is.
    await atWallClock("2030-06-04T13:30:00+07:00", () => executeCommand(recordAttendance, admin, { batchId, marks: [mark(second!.id)] }));
    const tooEarly = await atWallClock("2030-06-04T14:59:00+07:00", () => refusal(executeCommand(completeBatch, admin, { batchId, reason: "" })));
    expect(tooEarly.message).toBe("catalog.batchNotEnded");
    expect((await db.batch.findUniqueOrThrow({ where: { id: batchId } })).status).toBe("RUNNING");
    expect(await db.ledgerEntry.count({ where: { batchId } })).toBe(0);
    const done = await atWallClock("2030-06-04T15:00:00+07:00", () => executeCommand(completeBatch, admin, { batchId, reason: "" }));
    expect(done).toEqual({ heldMinutes: 240, credited: 1 });
  });

  it("a cancelled last session does not hold the batch open", async () => {
    const admin = await w.viewer(w.users.admin);
    const { batchId } = await twoDayBatch(admin);
    await executeCommand(setBatchStatus, admin, { batchId, status: "CLOSED" });
    await executeCommand(setBatchStatus, admin, { batchId, status: "RUNNING" });
    await db.rundownSession.updateMany({ where: { batchId, title: "Materi 2" }, data: { cancelled: true } });
    const done = await atWallClock("2030-06-03T10:00:00+07:00", () => executeCommand(completeBatch, admin, { batchId, reason: "" }));
    expect(done.heldMinutes).toBe(120);
  });
});
