// Who sees whom: every list starts from the viewer's scope, in the data layer.
import { beforeAll, describe, expect, it } from "vitest";
import { getEmployee, listEmployees, listTeam } from "@/lib/people/queries";
import { headcountByOpd } from "@/lib/org/queries";
import { AppError } from "@/lib/errors";
import { buildWorld, type World } from "./world";

let w: World;
beforeAll(async () => {
  w = await buildWorld();
});

const names = (rows: { name: string }[]) => rows.map((r) => r.name).sort();

describe("employee lists are scoped to the viewer", () => {
  it("an admin sees the whole agency and nobody from another agency", async () => {
    const list = await listEmployees(await w.viewer(w.users.admin), {});
    expect(list.total).toBe(5);
    expect(names(list.rows)).not.toContain("Pegawai Instansi Lain");
  });

  it("an operator sees their unit and its sub-units, plus their own record as an ASN", async () => {
    const list = await listEmployees(await w.viewer(w.users.operatorX), {});
    expect(names(list.rows)).toEqual(["Kabid X1", "Kepala Dinas X", "Pegawai Dinas Y", "Staf Dua", "Staf Satu"]);
    const pureOperator = await listEmployees(await w.viewer(w.users.operatorY), {});
    expect(names(pureOperator.rows)).toEqual(["Pegawai Dinas Y"]);
  });

  it("an ASN sees only themselves, and another ASN's id finds nothing", async () => {
    const me = await w.viewer(w.users.staff1);
    const list = await listEmployees(me, {});
    expect(names(list.rows)).toEqual(["Staf Satu"]);
    expect(await getEmployee(me, w.people.staff2.id)).toBeNull();
    expect((await getEmployee(me, w.people.staff1.id))?.name).toBe("Staf Satu");
  });

  it("another agency's admin cannot open this agency's employee", async () => {
    expect(await getEmployee(await w.viewer(w.users.adminB), w.people.staff1.id)).toBeNull();
  });

  it("filters by unit subtree, position type, kind and search", async () => {
    const admin = await w.viewer(w.users.admin);
    expect(names((await listEmployees(admin, { unitId: w.units.bidangX1.id })).rows)).toEqual(["Kabid X1", "Staf Dua", "Staf Satu"]);
    expect(names((await listEmployees(admin, { positionType: "ADMINISTRATOR" })).rows)).toEqual(["Kabid X1"]);
    expect(names((await listEmployees(admin, { kind: "PPPK" })).rows)).toEqual(["Staf Dua"]);
    expect(names((await listEmployees(admin, { q: "staf" })).rows)).toEqual(["Staf Dua", "Staf Satu"]);
    expect(names((await listEmployees(admin, { q: w.people.kabid.nip.slice(0, 14) })).rows)).toContain("Kabid X1");
  });
});

describe("a supervisor's team", () => {
  it("holds direct and indirect staff with their depth", async () => {
    const team = await listTeam(await w.viewer(w.users.head), undefined);
    expect(team.rows.map((r) => [r.name, r.depth]).sort()).toEqual([["Kabid X1", 1], ["Staf Dua", 2], ["Staf Satu", 2]]);
  });

  it("holds only direct staff when the agency says so", async () => {
    const { db } = await import("@/lib/db");
    await db.agency.update({ where: { id: w.agencyA.id }, data: { supervisorSeesIndirect: false } });
    try {
      const team = await listTeam(await w.viewer(w.users.head), undefined);
      expect(names(team.rows)).toEqual(["Kabid X1"]);
    } finally {
      await db.agency.update({ where: { id: w.agencyA.id }, data: { supervisorSeesIndirect: true } });
    }
  });

  it("is searchable", async () => {
    const team = await listTeam(await w.viewer(w.users.kabid), "dua");
    expect(names(team.rows)).toEqual(["Staf Dua"]);
  });
});

describe("the agency dashboard", () => {
  it("counts each OPD's whole subtree, PNS and PPPK apart", async () => {
    const rows = await headcountByOpd(await w.viewer(w.users.admin));
    const x = rows.find((r) => r.name === "Dinas X");
    expect(x).toMatchObject({ total: 4, pns: 3, pppk: 1 });
    expect(rows.find((r) => r.name === "Dinas Y")).toMatchObject({ total: 1 });
    expect(rows.find((r) => r.name === "Dinas Luar")).toBeUndefined();
  });

  it("is refused to an ASN", async () => {
    await expect(headcountByOpd(await w.viewer(w.users.staff1))).rejects.toBeInstanceOf(AppError);
  });
});
