// Issue 10, section 4: a schedule clash is checked again when a seat is given (admission, promotion from the
// waiting list), not only at registration; and an admin who withdraws a participant tells them.
import { beforeEach, describe, expect, it } from "vitest";
import { executeCommand } from "@/lib/action";
import { db } from "@/lib/db";
import { decideAsAgency, enrolDirectly, registerSelf, withdraw } from "@/lib/enrolment/commands";
import { openBatch } from "./training-world";
import { buildWorld, refusal, type World } from "./world";
import { inboxOf } from "../support/inbox";

let w: World;
beforeEach(async () => {
  w = await buildWorld();
});

const statusOf = async (id: string) => (await db.enrolment.findUniqueOrThrow({ where: { id } })).status;

describe("schedule clashes at admission and promotion", () => {
  it("admission refuses a person confirmed meanwhile in an overlapping batch, naming it", async () => {
    const admin = await w.viewer(w.users.admin);
    const other = await w.viewer(w.users.operatorX); // "other": no supervisor, straight to the agency
    const first = await openBatch(admin, { startDate: "2030-05-04", endDate: "2030-05-06" });
    const second = await openBatch(admin, { startDate: "2030-05-06", endDate: "2030-05-07" });
    // Both registered while neither was confirmed: registration saw no clash.
    const a = await executeCommand(registerSelf, other, first);
    const b = await executeCommand(registerSelf, other, second);
    expect(await executeCommand(decideAsAgency, admin, { enrolmentId: a.enrolmentId, approve: true, note: "" })).toEqual({ status: "CONFIRMED" });
    const error = await refusal(executeCommand(decideAsAgency, admin, { enrolmentId: b.enrolmentId, approve: true, note: "" }));
    expect(error.message).toBe("enrolment.problem.clash");
    expect(error.values?.title).toContain("angkatan 1");
    expect(await statusOf(b.enrolmentId)).toBe("PENDING_AGENCY");
    expect((await db.batch.findUniqueOrThrow({ where: { id: second.batchId } })).confirmedCount).toBe(0);
  });

  it("promotion skips a waiting person confirmed meanwhile in an overlapping batch; the next in line gets the seat", async () => {
    const admin = await w.viewer(w.users.admin);
    const full = await openBatch(admin, { startDate: "2030-07-01", endDate: "2030-07-03", capacity: 1 });
    const seated = await executeCommand(enrolDirectly, admin, { batchId: full.batchId, employeeId: w.people.staff1.id });
    expect(seated.status).toBe("CONFIRMED");
    const firstInLine = await executeCommand(registerSelf, await w.viewer(w.users.operatorX), full);
    const secondInLine = await executeCommand(registerSelf, await w.viewer(w.users.head), full);
    for (const e of [firstInLine, secondInLine]) {
      expect(await executeCommand(decideAsAgency, admin, { enrolmentId: e.enrolmentId, approve: true, note: "" })).toEqual({ status: "WAITLISTED" });
    }
    // The first in line takes a seat in an overlapping batch while waiting.
    const elsewhere = await openBatch(admin, { startDate: "2030-07-03", endDate: "2030-07-04" });
    const taken = await executeCommand(registerSelf, await w.viewer(w.users.operatorX), elsewhere);
    expect(await executeCommand(decideAsAgency, admin, { enrolmentId: taken.enrolmentId, approve: true, note: "" })).toEqual({ status: "CONFIRMED" });

    const result = await executeCommand(withdraw, admin, { enrolmentId: seated.enrolmentId, reason: "Dipindah ke angkatan lain" });
    expect(result.promoted).toEqual([secondInLine.enrolmentId]);
    expect(await statusOf(firstInLine.enrolmentId)).toBe("WAITLISTED");
    expect(await statusOf(secondInLine.enrolmentId)).toBe("CONFIRMED");
    expect((await db.batch.findUniqueOrThrow({ where: { id: full.batchId } })).confirmedCount).toBe(1);
  });
});

describe("withdrawal by an admin", () => {
  it("tells the participant which training and why; withdrawing oneself sends no such notice", async () => {
    const admin = await w.viewer(w.users.admin);
    const { batchId } = await openBatch(admin);
    const { enrolmentId } = await executeCommand(enrolDirectly, admin, { batchId, employeeId: w.people.staff1.id });
    const before = await db.notification.count({ where: { userId: w.users.staff1.id } });
    await executeCommand(withdraw, admin, { enrolmentId, reason: "Kuota unit dialihkan" });
    const inbox = await inboxOf(w.users.staff1.id);
    expect(inbox).toHaveLength(before + 1);
    const notice = inbox.at(-1)!;
    expect(notice.title).toBe("Pendaftaran Anda dibatalkan admin");
    expect(notice.body).toMatch(/angkatan 1\. Alasan: Kuota unit dialihkan$/);
    expect(notice.link).toBe(`/pelatihan/saya?angkatan=${batchId}`);

    const own = await executeCommand(registerSelf, await w.viewer(w.users.operatorX), { batchId });
    const count = await db.notification.count({ where: { userId: w.users.operatorX.id } });
    await executeCommand(withdraw, await w.viewer(w.users.operatorX), { enrolmentId: own.enrolmentId, reason: "Berhalangan hadir" });
    expect(await db.notification.count({ where: { userId: w.users.operatorX.id } })).toBe(count);
  });
});
