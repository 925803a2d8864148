// The supervisor's approvals and team training, the attendance grid and the trainer's schedule: every read is
// scoped to the viewer in the data layer.
import { beforeEach, describe, expect, it } from "vitest";
import { executeCommand } from "@/lib/action";
import { recordAttendance } from "@/lib/attendance/commands";
import { getAttendanceGrid } from "@/lib/attendance/queries";
import type { Viewer } from "@/lib/auth/load-viewer";
import { setBatchStatus } from "@/lib/batch/lifecycle";
import { db } from "@/lib/db";
import { hasCompleted } from "@/lib/enrolment/rules";
import { decideAsAgency, decideAsSupervisor, registerSelf } from "@/lib/enrolment/commands";
import { completeBatch } from "@/lib/batch/completion";
import { listPendingApprovals, listTeamTraining } from "@/lib/enrolment/supervisor-queries";
import { AppError } from "@/lib/errors";
import { listTeachingSessions } from "@/lib/teaching/queries";
import { attendedMinutes } from "@/lib/attendance/rules";
import { createEmployee, createUser } from "../factories/db";
import { openBatch } from "./training-world";
import { buildWorld, type World } from "./world";

let w: World;
let admin: Viewer;
beforeEach(async () => {
  w = await buildWorld();
  admin = await w.viewer(w.users.admin);
});

const names = (rows: { employee: { name: string } }[]) => rows.map((r) => r.employee.name).sort();
const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** A second supervisor, in Dinas Y, with one member of staff of their own. */
async function otherTeam() {
  const supY = await createEmployee(db, { agencyId: w.agencyA.id, unitId: w.units.dinasY.id, name: "Kasi Y", positionType: "PENGAWAS" });
  const staffY = await createEmployee(db, { agencyId: w.agencyA.id, unitId: w.units.dinasY.id, supervisorId: supY.id, name: "Staf Y" });
  const supYUser = await createUser(db, { agencyId: w.agencyA.id, employeeId: supY.id, roles: [{ role: "ASN" }, { role: "SUPERVISOR" }] });
  const staffYUser = await createUser(db, { agencyId: w.agencyA.id, employeeId: staffY.id, roles: [{ role: "ASN" }] });
  return { supY: await w.viewer(supYUser), staffY: await w.viewer(staffYUser) };
}

/** A widyaiswara with a sign-in, teaching the given sessions. */
async function trainerFor(sessionIds: string[], name = "Widyaiswara Uji") {
  const employee = await createEmployee(db, { agencyId: w.agencyA.id, unitId: w.units.dinasX.id, name, positionType: "FUNGSIONAL_AHLI_MADYA" });
  const user = await createUser(db, { agencyId: w.agencyA.id, employeeId: employee.id, roles: [{ role: "TRAINER" }] });
  const trainer = await db.trainer.create({ data: { agencyId: w.agencyA.id, employeeId: employee.id, name, kind: "WIDYAISWARA" } });
  if (sessionIds.length) await db.sessionTrainer.createMany({ data: sessionIds.map((sessionId) => ({ agencyId: w.agencyA.id, sessionId, trainerId: trainer.id })) });
  return w.viewer(user);
}

/** Registers, passes the supervisor (if any) and the agency: a CONFIRMED seat. */
async function confirmed(batchId: string, participant: { id: string }, supervisor?: { id: string }) {
  const { enrolmentId } = await executeCommand(registerSelf, await w.viewer(participant), { batchId });
  if (supervisor) await executeCommand(decideAsSupervisor, await w.viewer(supervisor), { enrolmentId, approve: true, note: "" });
  expect((await executeCommand(decideAsAgency, admin, { enrolmentId, approve: true, note: "" })).status).toBe("CONFIRMED");
  return enrolmentId;
}

const sessionsOf = (batchId: string) => db.rundownSession.findMany({ where: { batchId }, orderBy: [{ date: "asc" }, { startMinute: "asc" }] });

describe("the supervisor's pending approvals", () => {
  it("lists only the viewer's own staff (indirect too), with the batch's planned learning minutes", async () => {
    const { supY, staffY } = await otherTeam();
    const { batchId } = await openBatch(admin);
    await executeCommand(registerSelf, await w.viewer(w.users.staff1), { batchId });
    await executeCommand(registerSelf, staffY, { batchId });

    const kabid = await listPendingApprovals(await w.viewer(w.users.kabid));
    expect(names(kabid.rows)).toEqual(["Staf Satu"]);
    expect(kabid.total).toBe(1);
    expect(kabid.rows[0]).toMatchObject({ origin: "SELF", plannedMinutes: 120, batch: { number: 1, program: { title: "Bimbingan Teknis Tata Kelola Data" } } });
    expect(names((await listPendingApprovals(supY)).rows)).toEqual(["Staf Y"]);
    expect(names((await listPendingApprovals(await w.viewer(w.users.head))).rows)).toEqual(["Staf Satu"]);

    // Neither an ASN nor an admin decides as a supervisor.
    expect(await listPendingApprovals(await w.viewer(w.users.staff1))).toEqual({ rows: [], total: 0 });
    expect(await listPendingApprovals(admin)).toEqual({ rows: [], total: 0 });
  });

  it("drops a registration once decided, and the supervisor cannot decide someone else's", async () => {
    const { supY, staffY } = await otherTeam();
    const { batchId } = await openBatch(admin);
    const mine = await executeCommand(registerSelf, await w.viewer(w.users.staff1), { batchId });
    const theirs = await executeCommand(registerSelf, staffY, { batchId });
    const kabid = await w.viewer(w.users.kabid);

    const error = await executeCommand(decideAsSupervisor, kabid, { enrolmentId: theirs.enrolmentId, approve: true, note: "" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("NOT_FOUND");

    await executeCommand(decideAsSupervisor, kabid, { enrolmentId: mine.enrolmentId, approve: true, note: "" });
    expect((await listPendingApprovals(kabid)).rows).toEqual([]);
    expect(names((await listPendingApprovals(supY)).rows)).toEqual(["Staf Y"]);
  });
});

describe("the team's training", () => {
  it("shows upcoming training of the staff only, searchable by name, then what they completed this year", async () => {
    const { staffY } = await otherTeam();
    const d = "2030-03-02";
    const { batchId } = await openBatch(admin, { startDate: d });
    const kabid = await w.viewer(w.users.kabid);
    await confirmed(batchId, w.users.staff1, w.users.kabid);
    await executeCommand(registerSelf, staffY, { batchId });

    const before = await listTeamTraining(kabid, { tab: "upcoming" }, utc("2030-01-15"));
    expect(before.counts).toEqual({ upcoming: 1, completed: 0 });
    expect(names(before.page.rows)).toEqual(["Staf Satu"]);
    expect(before.page.rows[0]?.status).toBe("CONFIRMED");
    expect((await listTeamTraining(kabid, { tab: "upcoming", q: "dua" }, utc("2030-01-15"))).page.total).toBe(0);
    expect((await listTeamTraining(kabid, { tab: "upcoming", q: "satu" }, utc("2030-01-15"))).page.total).toBe(1);

    await executeCommand(setBatchStatus, admin, { batchId, status: "CLOSED" });
    await executeCommand(setBatchStatus, admin, { batchId, status: "RUNNING" });
    const [session] = await sessionsOf(batchId);
    const enrolment = await db.enrolment.findFirstOrThrow({ where: { batchId, employeeId: w.people.staff1.id } });
    await executeCommand(recordAttendance, admin, { batchId, marks: [{ sessionId: session!.id, enrolmentId: enrolment.id, status: "PRESENT" }] });
    await executeCommand(completeBatch, admin, { batchId, reason: "" });

    const after = await listTeamTraining(kabid, { tab: "completed" }, utc("2030-12-31"));
    expect(after.year).toBe(2030);
    expect(after.counts).toEqual({ upcoming: 0, completed: 1 });
    expect(after.page.rows.map((r) => [r.employee.name, r.creditedMinutes])).toEqual([["Staf Satu", 120]]);
    // Another year's view does not count it.
    expect((await listTeamTraining(kabid, { tab: "completed" }, utc("2031-06-01"))).counts.completed).toBe(0);
    // An ASN without staff sees nothing.
    expect((await listTeamTraining(await w.viewer(w.users.staff1), {}, utc("2030-12-31"))).counts).toEqual({ upcoming: 0, completed: 0 });
  });

  it("orders each list: pending oldest first; upcoming by the batch's start, then by name; a page past the end shows the last", async () => {
    const staff2 = await createUser(db, { agencyId: w.agencyA.id, employeeId: w.people.staff2.id, roles: [{ role: "ASN" }] });
    const march = await openBatch(admin, { startDate: "2030-03-02" });
    const february = await openBatch(admin, { startDate: "2030-02-10" });
    const kabid = await w.viewer(w.users.kabid);

    await executeCommand(registerSelf, await w.viewer(w.users.staff1), { batchId: march.batchId });
    await executeCommand(registerSelf, await w.viewer(staff2), { batchId: march.batchId });
    const pending = await listPendingApprovals(kabid);
    expect(pending.total).toBe(2);
    expect(pending.rows.map((r) => r.employee.name)).toEqual(["Staf Satu", "Staf Dua"]);
    expect(pending.rows[1]).toMatchObject({ employee: { nip: w.people.staff2.nip, position: { name: expect.any(String) }, unit: { name: expect.any(String) } } });
    expect(pending.rows[1]?.batch.startDate).toEqual(utc("2030-03-02"));

    for (const { id: enrolmentId } of pending.rows) {
      await executeCommand(decideAsSupervisor, kabid, { enrolmentId, approve: true, note: "" });
      await executeCommand(decideAsAgency, admin, { enrolmentId, approve: true, note: "" });
    }
    await confirmed(february.batchId, w.users.staff1, w.users.kabid);

    const upcoming = await listTeamTraining(kabid, { tab: "upcoming", page: 9 }, utc("2030-01-15"));
    expect(upcoming.counts).toEqual({ upcoming: 3, completed: 0 });
    expect(upcoming.page).toMatchObject({ page: 1, pages: 1, total: 3, from: 1, to: 3 });
    expect(upcoming.page.rows.map((r) => [r.batch.startDate.toISOString().slice(0, 10), r.employee.name, r.status])).toEqual([
      ["2030-02-10", "Staf Satu", "CONFIRMED"],
      ["2030-03-02", "Staf Dua", "CONFIRMED"],
      ["2030-03-02", "Staf Satu", "CONFIRMED"],
    ]);
    // The February batch has started by 1 March: only March's two remain upcoming. A NIP searches too.
    expect((await listTeamTraining(kabid, { tab: "upcoming" }, utc("2030-03-01"))).counts.upcoming).toBe(2);
    expect((await listTeamTraining(kabid, { tab: "upcoming", q: w.people.staff2.nip }, utc("2030-01-15"))).page.rows.map((r) => r.employee.name))
      .toEqual(["Staf Dua"]);
  });
});

describe("the attendance grid", () => {
  it("opens for an admin and for a trainer of the batch, and for nobody else", async () => {
    const a = await openBatch(admin, { startDate: "2030-04-01" });
    const b = await openBatch(admin, { startDate: "2030-05-01" });
    const [sessionA] = await sessionsOf(a.batchId);
    const trainer = await trainerFor([sessionA!.id]);
    const idle = await trainerFor([], "Narasumber Lain");

    expect((await getAttendanceGrid(trainer, a.batchId))?.batch.id).toBe(a.batchId);
    expect(await getAttendanceGrid(trainer, b.batchId)).toBeNull();
    expect(await getAttendanceGrid(idle, a.batchId)).toBeNull();
    expect((await getAttendanceGrid(admin, b.batchId))?.batch.id).toBe(b.batchId);
    expect(await getAttendanceGrid(await w.viewer(w.users.adminB), a.batchId)).toBeNull();
    expect(await getAttendanceGrid(await w.viewer(w.users.staff1), a.batchId)).toBeNull();
    expect(await getAttendanceGrid(admin, "not-a-uuid")).toBeNull();

    // The command agrees with the query: the trainer cannot record the batch they do not teach in.
    const error = await executeCommand(recordAttendance, trainer, {
      batchId: b.batchId,
      marks: [{ sessionId: sessionA!.id, enrolmentId: sessionA!.id, status: "PRESENT" }],
    }).catch((e: unknown) => e);
    expect((error as AppError).code).toBe("NOT_FOUND");
  });

  it("shows the confirmed participants with their saved marks, and each one's learning minutes against the policy", async () => {
    const d = "2030-06-03";
    const { batchId } = await openBatch(admin, {
      startDate: d,
      sessions: [
        { date: d, startMinute: 480, endMinute: 600, title: "Materi 1", kind: "LEARNING" },
        { date: d, startMinute: 600, endMinute: 660, title: "Makan siang", kind: "MEAL" },
        { date: d, startMinute: 660, endMinute: 750, title: "Materi 2", kind: "LEARNING" },
      ],
    });
    const [m1, meal, m2] = await sessionsOf(batchId);
    const trainer = await trainerFor([m1!.id]);
    const staff1 = await confirmed(batchId, w.users.staff1, w.users.kabid);
    const other = await confirmed(batchId, w.users.operatorX); // "other" has no supervisor
    await executeCommand(registerSelf, await w.viewer(w.users.head), { batchId }); // pending: not a participant
    await executeCommand(setBatchStatus, admin, { batchId, status: "CLOSED" });
    await executeCommand(setBatchStatus, admin, { batchId, status: "RUNNING" });
    await executeCommand(recordAttendance, trainer, {
      batchId,
      marks: [
        { sessionId: m1!.id, enrolmentId: staff1, status: "PRESENT" },
        { sessionId: m2!.id, enrolmentId: staff1, status: "LATE" },
        { sessionId: m1!.id, enrolmentId: other, status: "PRESENT" },
        { sessionId: m2!.id, enrolmentId: other, status: "ABSENT" },
      ],
    });
    // Lunch (ISHOMA) is schedule only: no column in the grid, and a mark sent for it is dropped, not stored.
    const mealMark = await executeCommand(recordAttendance, trainer, {
      batchId,
      marks: [{ sessionId: meal!.id, enrolmentId: other, status: "EXCUSED" }, { sessionId: m1!.id, enrolmentId: other, status: "PRESENT" }],
    });
    expect(mealMark).toEqual({ saved: 1 });
    expect(await db.attendance.count({ where: { sessionId: meal!.id } })).toBe(0);

    const grid = (await getAttendanceGrid(trainer, batchId))!;
    expect(grid.readOnly).toBe(false);
    expect(grid.sessions.map((s) => [s.title, s.countsJp, s.minutes])).toEqual([["Materi 1", true, 120], ["Materi 2", true, 90]]);
    expect(grid.scheduleOnlyCount).toBe(1);
    expect(grid.heldMinutes).toBe(210);
    expect(grid.thresholdPct).toBe(80);
    expect(grid.participants.map((p) => p.name)).toEqual(["Pegawai Dinas Y", "Staf Satu"]);
    const [byOther, byStaff1] = grid.participants;
    expect(byStaff1!.marks).toEqual({ [m1!.id]: "PRESENT", [m2!.id]: "LATE" });
    expect(byOther!.marks).toEqual({ [m1!.id]: "PRESENT", [m2!.id]: "ABSENT" });
    expect(byStaff1!.nip).toMatch(/^\d{8} \d{6} \d \d{3}$/);
    expect(attendedMinutes(byStaff1!.marks, grid.sessions)).toBe(210);
    expect(attendedMinutes(byOther!.marks, grid.sessions)).toBe(120);
    expect(hasCompleted(120, grid.heldMinutes, grid.thresholdPct)).toBe(false);

    // The agency's policy for the batch's year sets the threshold; a closed batch is read-only.
    await db.agencyPolicy.create({ data: { agencyId: w.agencyA.id, year: 2030, completionThresholdPct: 50 } });
    await executeCommand(completeBatch, admin, { batchId, reason: "" });
    const closed = (await getAttendanceGrid(admin, batchId))!;
    expect(closed.thresholdPct).toBe(50);
    expect(closed.readOnly).toBe(true);
    const completed = await db.enrolment.findMany({ where: { batchId, status: "CONFIRMED" }, select: { id: true, completed: true } });
    expect(Object.fromEntries(completed.map((e) => [e.id, e.completed]))).toEqual({ [staff1]: true, [other]: true });
  });
});

describe("the trainer's schedule", () => {
  const at = (iso: string, minute: number) => ({ date: utc(iso), minute });
  const cards = (groups: { batch: { id: string }; sessions: { title: string; phase: string }[] }[]) =>
    groups.map((g) => [g.batch.id, g.sessions.map((s) => `${s.title}:${s.phase}`)]);

  it("lists only the trainer's own sessions, one card per batch, in today, coming up and finished", async () => {
    const a = await openBatch(admin, {
      startDate: "2030-04-01",
      endDate: "2030-04-02",
      sessions: [
        { date: "2030-04-01", startMinute: 480, endMinute: 600, title: "Hari 1", kind: "LEARNING" },
        { date: "2030-04-02", startMinute: 480, endMinute: 600, title: "Hari 2", kind: "LEARNING" },
      ],
    });
    const b = await openBatch(admin, {
      startDate: "2030-05-01",
      sessions: [
        { date: "2030-05-01", startMinute: 480, endMinute: 600, title: "Materi 1", kind: "LEARNING" },
        { date: "2030-05-01", startMinute: 600, endMinute: 660, title: "Materi lain", kind: "LEARNING" },
      ],
    });
    const sessions = [...(await sessionsOf(a.batchId)), ...(await sessionsOf(b.batchId))];
    const trainer = await trainerFor(sessions.filter((s) => s.title !== "Materi lain").map((s) => s.id));
    const idle = await trainerFor([], "Narasumber Lain");

    // A batch running over two days is one card, never split between sections.
    const before = await listTeachingSessions(trainer, at("2030-03-31", 600));
    expect(cards(before.upcoming)).toEqual([[a.batchId, ["Hari 1:later", "Hari 2:later"]], [b.batchId, ["Materi 1:later"]]]);
    expect(before.today).toEqual([]);
    const morning = await listTeachingSessions(trainer, at("2030-04-02", 500));
    expect(cards(morning.today)).toEqual([[a.batchId, ["Hari 1:ended", "Hari 2:now"]]]);
    expect(cards(morning.upcoming)).toEqual([[b.batchId, ["Materi 1:later"]]]);
    expect(morning.past).toEqual([]);
    // Today's session that has ended stays under today (its attendance is still to be filled in), not coming up.
    const evening = await listTeachingSessions(trainer, at("2030-04-02", 1000));
    expect(cards(evening.today)).toEqual([[a.batchId, ["Hari 1:ended", "Hari 2:ended"]]]);
    expect(cards((await listTeachingSessions(trainer, at("2030-04-03", 0))).past)).toEqual([[a.batchId, ["Hari 1:ended", "Hari 2:ended"]]]);

    // A closed batch is finished whatever its dates say.
    await db.batch.update({ where: { id: b.batchId }, data: { status: "CANCELLED" } });
    const closed = await listTeachingSessions(trainer, at("2030-03-31", 600));
    expect(cards(closed.upcoming)).toEqual([[a.batchId, ["Hari 1:later", "Hari 2:later"]]]);
    expect(closed.past.map((g) => g.batch.id)).toEqual([b.batchId]);

    expect(await listTeachingSessions(idle, at("2030-01-01", 0))).toMatchObject({ today: [], upcoming: [], past: [] });
    expect(await listTeachingSessions(admin, at("2030-01-01", 0))).toMatchObject({ today: [], upcoming: [], past: [] });
  });
});
