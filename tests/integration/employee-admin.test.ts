// An admin's and an operator's changes to employees (issue 13), against real PostgreSQL: create, edit, dated
// moves kept in EmployeeAssignment, end of service and its undoing, and inactivity periods whose effect on the
// JP target is visible at once. Operators act only inside their unit subtree; supervisors and ASN not at all.
import { beforeEach, describe, expect, it } from "vitest";
import { executeCommand } from "@/lib/action";
import { complianceOf } from "@/lib/compliance/queries";
import { db } from "@/lib/db";
import { createEmployee, endService, moveEmployee, reinstateEmployee, updateEmployee } from "@/lib/people/admin-commands";
import { createInactivity, deleteInactivity, updateInactivity } from "@/lib/people/inactivity-commands";
import { composeNip } from "@/lib/people/nip";
import { jpFigures } from "@/lib/people/profile-queries";
import { getEmployee, managedEmployee } from "@/lib/people/queries";
import { mayManageEmployee } from "@/lib/people/reach";
import { calendarToday } from "@/lib/time";
import { buildWorld, refusal, type World } from "./world";

let w: World;
beforeEach(async () => {
  w = await buildWorld();
});

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const iso = (date: Date | null) => date && date.toISOString().slice(0, 10);
const year = calendarToday().getUTCFullYear();
const position = (unitId: string, agencyId: string, name = "Analis SDM Aparatur") => db.position.create({ data: { agencyId, unitId, name, type: "FUNGSIONAL_AHLI_PERTAMA" } });
const assignments = (employeeId: string) => db.employeeAssignment.findMany({ where: { employeeId }, orderBy: { startDate: "asc" } });
const audits = (entityId: string) => db.auditLog.findMany({ where: { entityId }, orderBy: { createdAt: "asc" } });

// The database lives as long as this file: every new person gets a NIP of their own.
let sequence = 40;
function newPerson(unitId: string, positionId: string, over: Record<string, unknown> = {}) {
  const nip = composeNip({ birthDate: "1992-08-17", tmtYear: 2018, tmtMonth: 3, gender: "M", sequence: (sequence += 1) });
  return {
    nip, name: "Muhammad Rizky Pratama Wicaksono Adiputra", frontTitle: "", backTitle: "S.Kom., M.T.", kind: "PNS", gender: "M",
    birthDate: "1992-08-17", rank: "Penata Muda Tk. I (III/b)", serviceStartDate: "2018-03-01", unitId, positionId, supervisorNip: "", ...over,
  };
}

describe("creating an employee", () => {
  it("lets an admin create one: the first assignment is on record as theirs, and the audit row has the new person", async () => {
    const admin = await w.viewer(w.users.admin);
    const p = await position(w.units.dinasY.id, w.agencyA.id);
    const { id } = await executeCommand(createEmployee, admin, newPerson(w.units.dinasY.id, p.id, { supervisorNip: w.people.other.nip }));

    const created = await db.employee.findUniqueOrThrow({ where: { id } });
    expect(created).toMatchObject({ agencyId: w.agencyA.id, unitId: w.units.dinasY.id, positionId: p.id, supervisorId: w.people.other.id, backTitle: "S.Kom., M.T.", frontTitle: null });
    const [first, ...more] = await assignments(id);
    expect(more).toHaveLength(0);
    expect(first).toMatchObject({ source: "INITIAL", endDate: null, unitId: w.units.dinasY.id, createdById: w.users.admin.id });
    expect(iso(first!.startDate)).toBe("2018-03-01");
    const [audit] = await audits(id);
    expect(audit).toMatchObject({ action: "create", entity: "Employee", actorUserId: w.users.admin.id });
    expect(audit!.after).toMatchObject({ nip: created.nip, unit: "Dinas Y", position: "Analis SDM Aparatur", supervisorId: w.people.other.id });
  });

  it("names the field for a NIP already held, a position of another unit, and a closed unit", async () => {
    const admin = await w.viewer(w.users.admin);
    const p = await position(w.units.dinasY.id, w.agencyA.id);
    const taken = await refusal(executeCommand(createEmployee, admin, newPerson(w.units.dinasY.id, p.id, {
      nip: w.people.outsider.nip, birthDate: iso(w.people.outsider.birthDate), gender: w.people.outsider.gender, kind: w.people.outsider.kind,
    })));
    expect(taken.fieldErrors).toEqual({ nip: ["people.form.nipTaken"] });

    const elsewhere = await refusal(executeCommand(createEmployee, admin, newPerson(w.units.dinasX.id, p.id)));
    expect(elsewhere.fieldErrors).toEqual({ positionId: ["people.form.positionNotInUnit"] });

    await db.orgUnit.update({ where: { id: w.units.dinasY.id }, data: { closedOn: d("2017-12-31") } });
    const closed = await refusal(executeCommand(createEmployee, admin, newPerson(w.units.dinasY.id, p.id)));
    expect(closed.fieldErrors).toEqual({ unitId: ["people.form.unitClosed"] });
    expect(await db.employee.count({ where: { agencyId: w.agencyA.id, name: { startsWith: "Muhammad Rizky" } } })).toBe(0);
  });

  it("lets an operator create only inside their subtree; supervisors and ASN not at all", async () => {
    const operatorX = await w.viewer(w.users.operatorX);
    const inside = await position(w.units.bidangX1.id, w.agencyA.id);
    const outside = await position(w.units.dinasY.id, w.agencyA.id);
    expect((await refusal(executeCommand(createEmployee, operatorX, newPerson(w.units.dinasY.id, outside.id)))).code).toBe("NOT_FOUND");
    await executeCommand(createEmployee, operatorX, newPerson(w.units.bidangX1.id, inside.id));
    expect(await db.employee.count({ where: { unitId: w.units.bidangX1.id, name: { startsWith: "Muhammad Rizky" } } })).toBe(1);

    const other = newPerson(w.units.bidangX1.id, inside.id);
    expect((await refusal(executeCommand(createEmployee, await w.viewer(w.users.kabid), other))).code).toBe("FORBIDDEN");
    expect((await refusal(executeCommand(createEmployee, await w.viewer(w.users.staff1), other))).code).toBe("FORBIDDEN");
    expect((await refusal(executeCommand(createEmployee, await w.viewer(w.users.adminB), other))).code).toBe("NOT_FOUND");
  });
});

describe("moving an employee", () => {
  it("closes the open assignment the day before, opens a MANUAL one and keeps the employee's unit and position in step", async () => {
    const admin = await w.viewer(w.users.admin);
    const p = await position(w.units.dinasY.id, w.agencyA.id);
    const before = (await assignments(w.people.staff1.id))[0]!;
    await executeCommand(moveEmployee, admin, { employeeId: w.people.staff1.id, unitId: w.units.dinasY.id, positionId: p.id, startDate: `${year}-03-01` });

    const [old, now, ...more] = await assignments(w.people.staff1.id);
    expect(more).toHaveLength(0);
    expect(old).toMatchObject({ id: before.id, unitId: w.units.bidangX1.id, source: "INITIAL" });
    expect(iso(old!.endDate)).toBe(`${year}-02-28`);
    expect(now).toMatchObject({ unitId: w.units.dinasY.id, positionId: p.id, source: "MANUAL", endDate: null, createdById: w.users.admin.id });
    expect(await db.employee.findUniqueOrThrow({ where: { id: w.people.staff1.id } })).toMatchObject({ unitId: w.units.dinasY.id, positionId: p.id });
    const [audit] = await audits(w.people.staff1.id);
    expect(audit).toMatchObject({ action: "move", entity: "Employee" });
    expect(audit!.before).toMatchObject({ unit: "Bidang X1", since: iso(before.startDate) });
    expect(audit!.after).toMatchObject({ unit: "Dinas Y", position: "Analis SDM Aparatur", since: `${year}-03-01` });
  });

  it("refuses a date on or before the open assignment's start, a closed unit, the same place and a date to come", async () => {
    const admin = await w.viewer(w.users.admin);
    const p = await position(w.units.dinasY.id, w.agencyA.id);
    const move = (over: Record<string, string>) => executeCommand(moveEmployee, admin, { employeeId: w.people.staff1.id, unitId: w.units.dinasY.id, positionId: p.id, startDate: `${year}-03-01`, ...over });
    await move({});
    expect((await refusal(move({ startDate: `${year}-03-01`, positionId: (await position(w.units.dinasY.id, w.agencyA.id, "Lain")).id }))).fieldErrors).toEqual({ startDate: ["people.move.beforeCurrentStart"] });
    expect((await refusal(move({ startDate: `${year}-04-01` }))).fieldErrors).toEqual({ positionId: ["people.move.unchanged"] });
    const future = new Date(calendarToday().getTime() + 86_400_000).toISOString().slice(0, 10);
    const back = (await db.employee.findUniqueOrThrow({ where: { id: w.people.staff2.id } })).positionId;
    expect((await refusal(executeCommand(moveEmployee, admin, { employeeId: w.people.staff1.id, unitId: w.units.bidangX1.id, positionId: back, startDate: future }))).fieldErrors).toEqual({ startDate: ["people.move.inFuture"] });

    await db.orgUnit.update({ where: { id: w.units.bidangX1.id }, data: { closedOn: d(`${year}-03-15`) } });
    expect((await refusal(executeCommand(moveEmployee, admin, { employeeId: w.people.staff1.id, unitId: w.units.bidangX1.id, positionId: back, startDate: `${year}-04-01` }))).fieldErrors).toEqual({ unitId: ["people.move.unitClosed"] });
    expect(await assignments(w.people.staff1.id)).toHaveLength(2);
  });

  it("lets an operator move people only inside their subtree, to units inside it", async () => {
    const operatorX = await w.viewer(w.users.operatorX);
    const operatorY = await w.viewer(w.users.operatorY);
    const inX = await position(w.units.dinasX.id, w.agencyA.id);
    const inY = await position(w.units.dinasY.id, w.agencyA.id);
    const move = (viewer: typeof operatorX, employeeId: string, to: { unitId: string; id: string }) =>
      executeCommand(moveEmployee, viewer, { employeeId, unitId: to.unitId, positionId: to.id, startDate: `${year}-02-01` });

    expect((await refusal(move(operatorX, w.people.staff1.id, inY))).code).toBe("NOT_FOUND"); // out of the subtree
    expect((await refusal(move(operatorY, w.people.staff1.id, inY))).code).toBe("NOT_FOUND"); // not their person
    expect((await refusal(move(operatorX, w.people.other.id, inX))).code).toBe("NOT_FOUND"); // their own record as an ASN
    expect((await refusal(move(await w.viewer(w.users.kabid), w.people.staff1.id, inX))).code).toBe("FORBIDDEN");
    await move(operatorX, w.people.staff1.id, inX);
    expect((await db.employee.findUniqueOrThrow({ where: { id: w.people.staff1.id } })).unitId).toBe(w.units.dinasX.id);
  });
});

describe("editing, ending service and undoing it", () => {
  it("edits who the person is; the first assignment follows a new service start; the audit keeps only what changed", async () => {
    const admin = await w.viewer(w.users.admin);
    const s = w.people.staff1;
    await executeCommand(updateEmployee, admin, {
      employeeId: s.id, nip: s.nip, name: "Staf Satu Berganti Nama", frontTitle: "Dr.", backTitle: "", kind: s.kind, gender: s.gender,
      birthDate: iso(s.birthDate), rank: s.rank, serviceStartDate: iso(new Date(s.serviceStartDate.getTime() - 86_400_000 * 31)),
    });
    const [first] = await assignments(s.id);
    const after = await db.employee.findUniqueOrThrow({ where: { id: s.id } });
    expect(first!.startDate).toEqual(after.serviceStartDate);
    const [audit] = await audits(s.id);
    expect(audit).toMatchObject({ action: "update", entity: "Employee" });
    expect(Object.keys(audit!.after as object).sort()).toEqual(["frontTitle", "name", "serviceStartDate"]);
    expect(audit!.before).toMatchObject({ name: "Staf Satu", frontTitle: null });
  });

  it("ends service with a date and reason; only an admin undoes it", async () => {
    const operatorX = await w.viewer(w.users.operatorX);
    await executeCommand(endService, operatorX, { employeeId: w.people.staff2.id, endDate: `${year}-06-30`, reason: "Pindah ke Pemprov Jawa Tengah" });
    expect(await db.employee.findUniqueOrThrow({ where: { id: w.people.staff2.id } })).toMatchObject({ serviceEndDate: d(`${year}-06-30`), serviceEndReason: "Pindah ke Pemprov Jawa Tengah" });
    expect((await refusal(executeCommand(endService, operatorX, { employeeId: w.people.staff2.id, endDate: `${year}-07-31`, reason: "Lagi" }))).code).toBe("CONFLICT");
    expect((await refusal(executeCommand(reinstateEmployee, operatorX, { employeeId: w.people.staff2.id }))).code).toBe("FORBIDDEN");

    await executeCommand(reinstateEmployee, await w.viewer(w.users.admin), { employeeId: w.people.staff2.id });
    expect(await db.employee.findUniqueOrThrow({ where: { id: w.people.staff2.id } })).toMatchObject({ serviceEndDate: null, serviceEndReason: null });
    expect((await audits(w.people.staff2.id)).map((a) => [a.action, a.before, a.after])).toEqual([
      ["endService", { serviceEndDate: null, serviceEndReason: null }, { serviceEndDate: `${year}-06-30`, serviceEndReason: "Pindah ke Pemprov Jawa Tengah" }],
      ["reinstate", { serviceEndDate: `${year}-06-30`, serviceEndReason: "Pindah ke Pemprov Jawa Tengah" }, { serviceEndDate: null, serviceEndReason: null }],
    ]);
  });
});

describe("inactivity periods", () => {
  it("change the person's JP target at once, as the compliance list and the employee page compute it", async () => {
    const admin = await w.viewer(w.users.admin);
    const s = w.people.staff1;
    expect((await complianceOf(admin, s.id, year))!.targetMinutes).toBe(20 * 45);

    const { id } = await executeCommand(createInactivity, admin, { employeeId: s.id, kind: "STUDY_ASSIGNMENT", startDate: `${year}-02-01`, endDate: `${year}-04-30`, note: "Tugas belajar S2" });
    // Three months' 15ths (February to April) are inactive: 9 of 12 months, (900 × 9 + 11) / 12 = 675 minutes.
    expect((await complianceOf(admin, s.id, year))!).toMatchObject({ activeMonths: 9, targetMinutes: 675 });
    expect(await jpFigures(s, year)).toMatchObject({ activeMonths: 9, targetMinutes: 675 });

    await executeCommand(updateInactivity, admin, { periodId: id, kind: "STUDY_ASSIGNMENT", startDate: `${year}-02-01`, endDate: `${year}-12-31`, note: "" });
    expect((await complianceOf(admin, s.id, year))!).toMatchObject({ activeMonths: 1, targetMinutes: 75 });

    await executeCommand(deleteInactivity, admin, { periodId: id });
    expect((await complianceOf(admin, s.id, year))!.targetMinutes).toBe(900);
    expect((await audits(id)).map((a) => a.action)).toEqual(["create", "update", "delete"]);
    const [created] = await audits(id);
    expect(created!.after).toEqual({ employeeId: s.id, kind: "STUDY_ASSIGNMENT", startDate: `${year}-02-01`, endDate: `${year}-04-30`, note: "Tugas belajar S2" });
  });

  it("refuses an overlapping period of any kind, naming the one it overlaps; editing a period next to itself is fine", async () => {
    const admin = await w.viewer(w.users.admin);
    const add = (startDate: string, endDate: string, kind = "LONG_LEAVE") => executeCommand(createInactivity, admin, { employeeId: w.people.staff1.id, kind, startDate, endDate, note: "" });
    const first = await add("2025-01-01", "2025-03-31");
    await add("2025-04-01", "2025-04-30");
    const clash = await refusal(add("2025-03-31", "2025-05-31", "OTHER"));
    expect(clash.fieldErrors).toEqual({ startDate: ["people.inactivity.overlap"] });
    expect(clash.values).toMatchObject({ start: "1 Januari 2025", end: "31 Maret 2025" });
    await executeCommand(updateInactivity, admin, { periodId: first.id, kind: "LONG_LEAVE", startDate: "2024-12-01", endDate: "2025-03-31", note: "" });
    expect((await refusal(executeCommand(updateInactivity, admin, { periodId: first.id, kind: "LONG_LEAVE", startDate: "2024-12-01", endDate: "2025-04-01", note: "" }))).fieldErrors)
      .toEqual({ startDate: ["people.inactivity.overlap"] });
    expect(await db.inactivityPeriod.count({ where: { employeeId: w.people.staff1.id } })).toBe(2);
  });

  it("are out of reach for an operator of another unit, a supervisor and another agency", async () => {
    const admin = await w.viewer(w.users.admin);
    const { id } = await executeCommand(createInactivity, admin, { employeeId: w.people.staff1.id, kind: "OTHER", startDate: "2025-01-01", endDate: "2025-01-31", note: "" });
    for (const user of [w.users.operatorY, w.users.adminB]) {
      const viewer = await w.viewer(user);
      expect((await refusal(executeCommand(deleteInactivity, viewer, { periodId: id }))).code).toBe("NOT_FOUND");
      expect((await refusal(executeCommand(createInactivity, viewer, { employeeId: w.people.staff1.id, kind: "OTHER", startDate: "2025-03-01", endDate: "2025-03-31", note: "" }))).code).toBe("NOT_FOUND");
    }
    expect((await refusal(executeCommand(deleteInactivity, await w.viewer(w.users.kabid), { periodId: id }))).code).toBe("FORBIDDEN");
    await executeCommand(deleteInactivity, await w.viewer(w.users.operatorX), { periodId: id });
    expect(await db.inactivityPeriod.count({ where: { id } })).toBe(0);
  });
});

describe("the employee pages' reads", () => {
  it("show another unit's employee to nobody but the admin, and offer the forms only within reach", async () => {
    const [admin, operatorX, operatorY] = await Promise.all([w.viewer(w.users.admin), w.viewer(w.users.operatorX), w.viewer(w.users.operatorY)]);
    const staff1 = w.people.staff1.id;
    expect(await getEmployee(operatorY, staff1)).toBeNull();
    expect(await managedEmployee(operatorY, staff1)).toBeNull();
    expect(await mayManageEmployee(operatorY, staff1)).toBe(false);
    expect(await getEmployee(operatorX, staff1)).not.toBeNull();
    expect(await mayManageEmployee(operatorX, staff1)).toBe(true);
    expect(await mayManageEmployee(admin, staff1)).toBe(true);
    // The operator reads their own record (as an ASN) but may not manage it: it lies outside their unit.
    expect(await getEmployee(operatorX, w.people.other.id)).not.toBeNull();
    expect(await mayManageEmployee(operatorX, w.people.other.id)).toBe(false);
    expect(await mayManageEmployee(await w.viewer(w.users.adminB), staff1)).toBe(false);
  });
});
