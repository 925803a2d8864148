import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { executeCommand } from "@/lib/action";
import { employeeScope } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import { closeUnit, createUnit, moveUnit, renameUnit, reopenUnit, setUnitHead } from "@/lib/org/commands";
import { unitRows } from "@/lib/org/tree-queries";
import { createPosition, updatePosition } from "@/lib/positions/commands";
import { calendarToday } from "@/lib/time";
import { createEmployee, createUser } from "../factories/db";
import { buildWorld, refusal, type World } from "./world";

let w: World;
beforeEach(async () => {
  w = await buildWorld();
});

const today = () => calendarToday().toISOString().slice(0, 10);
const unit = (id: string) => db.orgUnit.findUniqueOrThrow({ where: { id } });
const audits = (entityId: string, action: string) => db.auditLog.findMany({ where: { entityId, action }, orderBy: { createdAt: "asc" } });

/** Whom the viewer may read, by id, through the one employee scope every page and command uses. */
async function visibleIds(userId: string) {
  const viewer = await w.viewer({ id: userId });
  const scope = await employeeScope(viewer, "read:employee");
  if (!scope) return [];
  return (await db.employee.findMany({ where: scope, select: { id: true } })).map((e) => e.id).sort();
}

describe("creating and moving units", () => {
  it("creates a sub-unit under its parent with the path and depth that follow, audited", async () => {
    const admin = await w.viewer(w.users.admin);
    const { unitId } = await executeCommand(createUnit, admin, { parentId: w.units.bidangX1.id, kind: "BIDANG", code: "x1-data", name: "Seksi Data" });
    const created = await unit(unitId);
    expect(created).toMatchObject({ parentId: w.units.bidangX1.id, path: `${w.units.bidangX1.path}${unitId}/`, depth: 2, code: "X1-DATA" });
    const [row] = await audits(unitId, "unit.create");
    expect(row).toMatchObject({ entity: "OrgUnit", actorUserId: w.users.admin.id, before: null });
    expect(row!.after).toMatchObject({ name: "Seksi Data", parentId: w.units.bidangX1.id });
  });

  it("moves a whole subtree in one go: every path and depth below is recomputed, the audit row says from where to where", async () => {
    const admin = await w.viewer(w.users.admin);
    const { unitId: seksiId } = await executeCommand(createUnit, admin, { parentId: w.units.bidangX1.id, kind: "BIDANG", code: "SEKSI-A", name: "Seksi A" });
    const { unitId: subId } = await executeCommand(createUnit, admin, { parentId: seksiId, kind: "UPTD", code: "UPTD-A", name: "UPTD A" });

    const result = await executeCommand(moveUnit, admin, { unitId: w.units.bidangX1.id, parentId: w.units.dinasY.id });
    expect(result.unitsMoved).toBe(3);
    const x1 = w.units.bidangX1.id;
    const base = `${w.units.dinasY.path}${x1}/`;
    expect(await unit(x1)).toMatchObject({ parentId: w.units.dinasY.id, path: base, depth: 1 });
    expect(await unit(seksiId)).toMatchObject({ parentId: x1, path: `${base}${seksiId}/`, depth: 2 });
    expect(await unit(subId)).toMatchObject({ parentId: seksiId, path: `${base}${seksiId}/${subId}/`, depth: 3 });
    // Nothing else moved.
    expect(await unit(w.units.dinasX.id)).toMatchObject({ path: w.units.dinasX.path, depth: 0 });

    const [row] = await audits(x1, "unit.move");
    expect(row!.before).toEqual({ parentId: w.units.dinasX.id, path: w.units.bidangX1.path, depth: 1 });
    expect(row!.after).toEqual({ parentId: w.units.dinasY.id, path: base, depth: 1, unitsMoved: 3 });

    // And to the top level: depth shifts by -1 for the whole subtree.
    await executeCommand(moveUnit, admin, { unitId: x1, parentId: "" });
    expect(await unit(subId)).toMatchObject({ path: `/${x1}/${seksiId}/${subId}/`, depth: 2 });
  });

  it("keeps an operator of the moved unit seeing its staff, and hands the staff to the new parent's operator", async () => {
    const operatorX1 = await createUser(db, { agencyId: w.agencyA.id, email: `op-x1-${w.agencyA.code.toLowerCase()}@uji.go.id`, roles: [{ role: "OPERATOR", unitId: w.units.bidangX1.id }] });
    const x1Staff = [w.people.kabid.id, w.people.staff1.id, w.people.staff2.id].sort();
    expect(await visibleIds(operatorX1.id)).toEqual(x1Staff);
    expect(await visibleIds(w.users.operatorY.id)).toEqual([w.people.other.id]);

    await executeCommand(moveUnit, await w.viewer(w.users.admin), { unitId: w.units.bidangX1.id, parentId: w.units.dinasY.id });

    expect(await visibleIds(operatorX1.id)).toEqual(x1Staff);
    expect(await visibleIds(w.users.operatorY.id)).toEqual([...x1Staff, w.people.other.id].sort());
    expect(await visibleIds(w.users.operatorX.id)).toEqual([w.people.head.id, w.people.other.id].sort()); // his own record as an ASN, and Dinas X
  });

  it("refuses a move under itself, under its own descendant, or into a closed unit, and changes nothing", async () => {
    const admin = await w.viewer(w.users.admin);
    const self = await refusal(executeCommand(moveUnit, admin, { unitId: w.units.dinasX.id, parentId: w.units.dinasX.id }));
    expect(self.fieldErrors?.parentId).toEqual(["org.move.self"]);
    const below = await refusal(executeCommand(moveUnit, admin, { unitId: w.units.dinasX.id, parentId: w.units.bidangX1.id }));
    expect(below.fieldErrors?.parentId).toEqual(["org.move.descendant"]);

    const { unitId: empty } = await executeCommand(createUnit, admin, { parentId: "", kind: "OPD", code: "TUTUP", name: "Dinas Tutup" });
    await executeCommand(closeUnit, admin, { unitId: empty, closedOn: today() });
    const closed = await refusal(executeCommand(moveUnit, admin, { unitId: w.units.bidangX1.id, parentId: empty }));
    expect(closed.fieldErrors?.parentId).toEqual(["org.move.parentClosed"]);
    expect(await unit(w.units.bidangX1.id)).toMatchObject({ path: w.units.bidangX1.path, parentId: w.units.dinasX.id });
    expect(await audits(w.units.bidangX1.id, "unit.move")).toHaveLength(0);
  });
});

describe("closing and reopening", () => {
  it("refuses to close a unit with staff in service, saying how many, and one with open sub-units", async () => {
    const admin = await w.viewer(w.users.admin);
    const staffed = await refusal(executeCommand(closeUnit, admin, { unitId: w.units.bidangX1.id, closedOn: today() }));
    expect(staffed.message).toBe("org.close.hasStaff");
    expect(staffed.values).toMatchObject({ staff: 3 });
    // Dinas X has its head in service; once he has left, its open Bidang X1 still blocks it.
    await db.employee.update({ where: { id: w.people.head.id }, data: { serviceEndDate: new Date("2020-01-01T00:00:00Z") } });
    const parent = await refusal(executeCommand(closeUnit, admin, { unitId: w.units.dinasX.id, closedOn: today() }));
    expect(parent.message).toBe("org.close.hasOpenUnits");
    expect(parent.values).toMatchObject({ units: 1 });
    expect((await unit(w.units.dinasX.id)).closedOn).toBeNull();
  });

  it("closes an empty unit, which then takes no sub-unit or position, and reopens it; each step audited", async () => {
    const admin = await w.viewer(w.users.admin);
    const { unitId } = await executeCommand(createUnit, admin, { parentId: w.units.dinasY.id, kind: "UPTD", code: "UPTD-LAMA", name: "UPTD Lama" });
    await executeCommand(closeUnit, admin, { unitId, closedOn: "2026-01-31" });
    expect((await unit(unitId)).closedOn).toEqual(new Date("2026-01-31T00:00:00Z"));

    const child = await refusal(executeCommand(createUnit, admin, { parentId: unitId, kind: "UPTD", code: "UPTD-ANAK", name: "Anak" }));
    expect(child.fieldErrors?.parentId).toEqual(["org.errors.parentClosed"]);
    const position = await refusal(executeCommand(createPosition, admin, { unitId, name: "Kepala UPTD", group: "PENGAWAS", level: "" }));
    expect(position.fieldErrors?.unitId).toEqual(["org.positions.errors.unitClosed"]);

    await executeCommand(reopenUnit, admin, { unitId });
    expect((await unit(unitId)).closedOn).toBeNull();
    expect((await audits(unitId, "unit.close"))[0]!.after).toEqual({ closedOn: "2026-01-31" });
    expect((await audits(unitId, "unit.reopen"))[0]!.before).toEqual({ closedOn: "2026-01-31" });
  });
});

describe("the head of a unit", () => {
  it("must be one of the unit's own positions; the database refuses any other too", async () => {
    const admin = await w.viewer(w.users.admin);
    const kabidPosition = w.people.kabid.positionId; // a position of Bidang X1
    const refused = await refusal(executeCommand(setUnitHead, admin, { unitId: w.units.dinasX.id, positionId: kabidPosition }));
    expect(refused.fieldErrors?.positionId).toEqual(["org.errors.headOtherUnit"]);
    await expect(db.orgUnit.update({ where: { id: w.units.dinasX.id }, data: { headPositionId: kabidPosition } })).rejects.toThrow();

    await executeCommand(setUnitHead, admin, { unitId: w.units.bidangX1.id, positionId: kabidPosition });
    expect((await unit(w.units.bidangX1.id)).headPositionId).toBe(kabidPosition);
    const [row] = await audits(w.units.bidangX1.id, "unit.setHead");
    expect(row!.before).toMatchObject({ headPositionId: null });
    expect(row!.after).toMatchObject({ headPositionId: kabidPosition });

    // A position that heads its unit, or that someone in service holds, keeps its unit.
    const heads = await refusal(executeCommand(updatePosition, admin, { positionId: kabidPosition, name: "Kabid", group: "ADMINISTRATOR", level: "", unitId: w.units.dinasY.id }));
    expect(heads.fieldErrors?.unitId).toEqual(["org.positions.errors.headsUnit"]);
    const held = await refusal(executeCommand(updatePosition, admin, { positionId: w.people.staff1.positionId, name: "Staf", group: "PELAKSANA", level: "", unitId: w.units.dinasY.id }));
    expect(held.fieldErrors?.unitId).toEqual(["org.positions.errors.hasHolders"]);
  });

  it("shows in the tree with its holder and the headcounts, direct and with sub-units, of staff in service only", async () => {
    const admin = await w.viewer(w.users.admin);
    await executeCommand(setUnitHead, admin, { unitId: w.units.dinasX.id, positionId: w.people.head.positionId });
    await createEmployee(db, { agencyId: w.agencyA.id, unitId: w.units.bidangX1.id, name: "Pensiunan", serviceEndDate: new Date("2020-01-01T00:00:00Z") });

    const rows = await unitRows(admin);
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(w.units.dinasX.id)).toMatchObject({ direct: 1, total: 4, headPositionName: "Pengolah Data dan Informasi", headHolder: { name: "Kepala Dinas X" }, headHolders: 1 });
    expect(byId.get(w.units.bidangX1.id)).toMatchObject({ direct: 3, total: 3, headPositionId: null });
    expect(byId.get(w.units.dinasY.id)).toMatchObject({ direct: 1, total: 1 });
    expect(byId.has(w.units.unitB.id)).toBe(false);

    // An operator reads only their own subtree.
    const operator = await w.viewer(w.users.operatorX);
    expect((await unitRows(operator)).map((r) => r.id).sort()).toEqual([w.units.dinasX.id, w.units.bidangX1.id].sort());
  });
});

describe("positions", () => {
  it("creates a functional position with its level and edits it, audited before and after", async () => {
    const admin = await w.viewer(w.users.admin);
    const { positionId } = await executeCommand(createPosition, admin, { unitId: w.units.dinasY.id, name: "Analis Kebijakan", group: "FUNGSIONAL", level: "AHLI_MUDA" });
    expect(await db.position.findUniqueOrThrow({ where: { id: positionId } })).toMatchObject({ type: "FUNGSIONAL_AHLI_MUDA", unitId: w.units.dinasY.id });
    await executeCommand(updatePosition, admin, { positionId, name: "Analis Kebijakan Ahli Madya", group: "FUNGSIONAL", level: "AHLI_MADYA", unitId: w.units.dinasX.id });
    const [row] = await audits(positionId, "position.update");
    expect(row!.before).toMatchObject({ type: "FUNGSIONAL_AHLI_MUDA", unitId: w.units.dinasY.id, name: "Analis Kebijakan" });
    expect(row!.after).toMatchObject({ type: "FUNGSIONAL_AHLI_MADYA", unitId: w.units.dinasX.id, name: "Analis Kebijakan Ahli Madya" });
  });
});

describe("who may", () => {
  it("refuses operators every change, even in their own unit", async () => {
    const operator = await w.viewer(w.users.operatorX);
    // Thunks, run one at a time: a refusal is awaited where it happens.
    for (const attempt of [
      () => executeCommand(renameUnit, operator, { unitId: w.units.bidangX1.id, kind: "BIDANG", code: "X1", name: "Bidang Baru" }),
      () => executeCommand(createUnit, operator, { parentId: w.units.dinasX.id, kind: "BIDANG", code: "BARU", name: "Baru" }),
      () => executeCommand(createPosition, operator, { unitId: w.units.dinasX.id, name: "Staf", group: "PELAKSANA", level: "" }),
    ]) {
      expect((await refusal(attempt())).code).toBe("FORBIDDEN");
    }
  });

  it("refuses another agency's ids as not found, whichever side they are on", async () => {
    const admin = await w.viewer(w.users.admin);
    const adminB = await w.viewer(w.users.adminB);
    const cases = [
      () => executeCommand(renameUnit, adminB, { unitId: w.units.dinasX.id, kind: "OPD", code: "X", name: "Diambil" }),
      () => executeCommand(moveUnit, adminB, { unitId: w.units.bidangX1.id, parentId: "" }),
      () => executeCommand(moveUnit, admin, { unitId: w.units.bidangX1.id, parentId: w.units.unitB.id }),
      () => executeCommand(createUnit, admin, { parentId: w.units.unitB.id, kind: "BIDANG", code: "SUSUP", name: "Susupan" }),
      () => executeCommand(closeUnit, adminB, { unitId: w.units.dinasY.id, closedOn: today() }),
      () => executeCommand(setUnitHead, admin, { unitId: w.units.dinasY.id, positionId: w.people.outsider.positionId }),
      () => executeCommand(createPosition, admin, { unitId: w.units.unitB.id, name: "Susupan", group: "PELAKSANA", level: "" }),
      () => executeCommand(updatePosition, adminB, { positionId: w.people.staff1.positionId, name: "Diambil", group: "PELAKSANA", level: "", unitId: w.units.unitB.id }),
    ];
    for (const attempt of cases) expect((await refusal(attempt())).code).toBe("NOT_FOUND");
    expect(await unit(w.units.bidangX1.id)).toMatchObject({ path: w.units.bidangX1.path, name: "Bidang X1" });
    expect(await db.orgUnit.count({ where: { agencyId: w.agencyB.id } })).toBe(1);
  });
});

describe("a 300-unit agency", () => {
  it("counts every unit's staff with its sub-units in one statement, and the top levels add up to the agency", async () => {
    const agency = w.agencyB.id;
    const units: { id: string; agencyId: string; parentId: string | null; code: string; name: string; kind: "OPD" | "BIDANG" | "UPTD"; path: string; depth: number }[] = [];
    const add = (parent: (typeof units)[number] | null, i: number) => {
      const id = randomUUID();
      const unit = { id, agencyId: agency, parentId: parent?.id ?? null, code: `B-${units.length}`, name: `Unit ${i}`, kind: parent ? ("BIDANG" as const) : ("OPD" as const), path: `${parent?.path ?? "/"}${id}/`, depth: parent ? parent.depth + 1 : 0 };
      units.push(unit);
      return unit;
    };
    for (let o = 0; o < 12; o++) {
      const opd = add(null, o);
      for (let b = 0; b < 5; b++) {
        const bidang = add(opd, b);
        for (let s = 0; s < 4; s++) add(bidang, s);
      }
    }
    expect(units.length).toBe(12 * (1 + 5 + 20));
    await db.orgUnit.createMany({ data: units });
    const position = await db.position.create({ data: { agencyId: agency, unitId: units[0]!.id, name: "Pelaksana", type: "PELAKSANA" } });
    // Two people in every leaf (depth 2), one in every bidang: 12 × (20 × 2 + 5) = 540, plus the outsider of the world.
    const people = units.filter((u) => u.depth > 0).flatMap((u) => Array.from({ length: u.depth === 2 ? 2 : 1 }, (_, k) => ({ unitId: u.id, k })));
    await db.employee.createMany({
      data: people.map((p, i) => ({
        agencyId: agency, nip: `199001012015011${String(i + 1).padStart(3, "0")}`, name: `Pegawai ${i}`, kind: "PNS" as const, gender: "M" as const,
        birthDate: new Date("1990-01-01T00:00:00Z"), rank: "III/a", unitId: p.unitId, positionId: position.id, serviceStartDate: new Date("2015-01-01T00:00:00Z"),
      })),
    });

    const started = performance.now();
    const rows = await unitRows(await w.viewer(w.users.adminB));
    const ms = performance.now() - started;
    expect(rows).toHaveLength(units.length + 1);
    const byId = new Map(rows.map((r) => [r.id, r]));
    const opds = units.filter((u) => u.depth === 0).map((u) => byId.get(u.id)!);
    expect(opds.every((r) => r.direct === 0 && r.total === 45)).toBe(true);
    const bidang = byId.get(units[1]!.id)!;
    expect(bidang).toMatchObject({ direct: 1, total: 9 });
    expect(opds.reduce((sum, r) => sum + r.total, 0)).toBe(540);
    console.info(`[organisation] headcounts of ${rows.length} units in ${ms.toFixed(0)} ms`);
  });
});
