// The admin/operator compliance dashboard (/admin/kepatuhan): who sees which OPD, how the drill-down's filters
// narrow the list, and the equity panel on a small world whose every figure is known.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/load-viewer";
import { asManager } from "@/lib/auth/permissions";
import { complianceByOpd, complianceList, complianceQuery, equityOf } from "@/lib/compliance/queries";
import { dashboardFiguresSql, equitySql, summarySql } from "@/lib/compliance/figures-sql";
import { complianceDashboard, complianceDashboardList, dashboardScopeName, mayReadComplianceDashboard } from "@/lib/compliance/dashboard-queries";
import type { Prisma } from "@/lib/generated/prisma/client";
import { formatNip } from "@/lib/people/nip";
import { createEmployee } from "../factories/db";
import { buildWorld, type World } from "./world";

// 2025 is over when these run (the status is evaluated on today's date), so a shortfall is NON_COMPLIANT.
const YEAR = 2025;
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

let w: World;
let admin: Viewer;
beforeEach(async () => {
  w = await buildWorld();
  admin = await w.viewer(w.users.admin);
});

async function entry(employeeId: string, minutes: number, date = "2025-05-05", extra: Partial<Prisma.LedgerEntryUncheckedCreateInput> = {}) {
  return db.ledgerEntry.create({
    data: {
      agencyId: extra.agencyId ?? w.agencyA.id, employeeId, minutes, date: day(date), year: Number(date.slice(0, 4)),
      source: "BATCH", routeCode: "KL03", title: "Pelatihan", ...extra,
    },
  });
}

const ids = (rows: { employeeId: string }[]) => rows.map((r) => r.employeeId).sort();
const sorted = (...list: string[]) => [...list].sort();

describe("who sees what", () => {
  it("an operator of one OPD sees only that OPD in complianceByOpd and complianceList", async () => {
    const operatorY = await w.viewer(w.users.operatorY);
    const rows = await complianceByOpd(operatorY, YEAR);
    expect(rows.map((r) => [r.opdId, r.headcount])).toEqual([[w.units.dinasY.id, 1], ["", 1]]);
    const list = await complianceList(operatorY, YEAR, {}, { skip: 0, take: 50 });
    expect(ids(list.rows)).toEqual([w.people.other.id]);
    expect(list.total).toBe(1);

    const dashboard = await complianceDashboard(operatorY, YEAR);
    expect(dashboard.opds.map((r) => r.opdName)).toEqual(["Dinas Y"]);
    expect(dashboard.total.headcount).toBe(1);
    expect(await dashboardScopeName(operatorY)).toBe("Dinas Y");
  });

  it("an operator who is also an ASN in another OPD sees their unit on the dashboard, not their own record", async () => {
    // operatorX is operator of Dinas X and, as an ASN, works in Dinas Y.
    const operatorX = await w.viewer(w.users.operatorX);
    const dashboard = await complianceDashboard(operatorX, YEAR);
    expect(dashboard.opds.map((r) => r.opdId)).toEqual([w.units.dinasX.id]);
    expect(dashboard.total).toMatchObject({ opdId: "", headcount: 4, obligated: 4 });
    const list = await complianceDashboardList(operatorX, YEAR, {}, 1, 50);
    expect(ids(list.rows)).toEqual(sorted(w.people.head.id, w.people.kabid.id, w.people.staff1.id, w.people.staff2.id));
    expect(dashboard.equity.buckets.reduce((a, b) => a + b, 0)).toBe(4);
  });

  it("a unit filter outside the operator's subtree finds nobody", async () => {
    const operatorY = await w.viewer(w.users.operatorY);
    const list = await complianceDashboardList(operatorY, YEAR, { unitId: w.units.bidangX1.id }, 1, 50);
    expect(list).toMatchObject({ total: 0, rows: [] });
    expect(await complianceByOpd(operatorY, YEAR, { unitId: w.units.dinasX.id })).toEqual([expect.objectContaining({ opdId: "", headcount: 0 })]);
  });

  it("an ASN or a supervisor may not read the dashboard, and its queries give them nothing", async () => {
    for (const user of [w.users.staff1, w.users.head]) {
      const viewer = await w.viewer(user);
      expect(mayReadComplianceDashboard(viewer)).toBe(false);
      const dashboard = await complianceDashboard(viewer, YEAR);
      expect(dashboard.opds).toEqual([]);
      expect(dashboard.total.headcount).toBe(0);
      expect((await complianceDashboardList(viewer, YEAR, {}, 1, 50)).total).toBe(0);
    }
    expect(mayReadComplianceDashboard(admin)).toBe(true);
    expect(mayReadComplianceDashboard(await w.viewer(w.users.operatorX))).toBe(true);
  });

  it("another agency's admin sees only their own agency", async () => {
    const adminB = await w.viewer(w.users.adminB);
    const dashboard = await complianceDashboard(adminB, YEAR);
    expect(dashboard.opds.map((r) => r.opdName)).toEqual(["Dinas Luar"]);
    expect(dashboard.total.headcount).toBe(1);
    expect((await complianceDashboardList(adminB, YEAR, { unitId: w.units.dinasX.id }, 1, 50)).total).toBe(0);
  });
});

describe("the drill-down's filters", () => {
  beforeEach(async () => {
    await entry(w.people.staff1.id, 900); // the full 20 JP: COMPLIANT
    await entry(w.people.kabid.id, 300); // 600 minutes short
  });

  it("narrows by unit subtree, position type, PNS/PPPK and name or NIP", async () => {
    const list = (filters: Parameters<typeof complianceList>[2]) => complianceList(admin, YEAR, filters, { skip: 0, take: 50 }).then((r) => ids(r.rows));
    expect(await list({})).toHaveLength(5);
    expect(await list({ unitId: w.units.bidangX1.id })).toEqual(sorted(w.people.kabid.id, w.people.staff1.id, w.people.staff2.id));
    expect(await list({ unitId: w.units.dinasX.id })).toHaveLength(4);
    expect(await list({ positionType: "ADMINISTRATOR" })).toEqual([w.people.kabid.id]);
    expect(await list({ kind: "PPPK" })).toEqual([w.people.staff2.id]);
    expect(await list({ q: "staf" })).toEqual(sorted(w.people.staff1.id, w.people.staff2.id));
    expect(await list({ q: formatNip(w.people.staff2.nip) })).toEqual([w.people.staff2.id]);
    expect(await list({ unitId: w.units.bidangX1.id, kind: "PNS", positionType: "PELAKSANA" })).toEqual([w.people.staff1.id]);
  });

  it("filters by status, counting every status over the rest of the filters, furthest behind first", async () => {
    const all = await complianceList(admin, YEAR, { unitId: w.units.bidangX1.id, status: "NON_COMPLIANT" }, { skip: 0, take: 50 });
    expect(all.rows.map((r) => r.name)).toEqual(["Staf Dua", "Kabid X1"]); // 900 short, then 600 short
    expect(all.total).toBe(2);
    expect(all.counts).toEqual({ EXEMPT: 0, COMPLIANT: 1, ON_TRACK: 0, AT_RISK: 0, NON_COMPLIANT: 2 });
    const compliant = await complianceDashboardList(admin, YEAR, { status: "COMPLIANT" }, 1, 50);
    expect(ids(compliant.rows)).toEqual([w.people.staff1.id]);
    expect(compliant.counts).toEqual({ EXEMPT: 0, COMPLIANT: 1, ON_TRACK: 0, AT_RISK: 0, NON_COMPLIANT: 4 });
  });

  it("summarises the filtered ASN per OPD, with the total last", async () => {
    const rows = await complianceByOpd(admin, YEAR, { kind: "PNS" });
    expect(rows.at(-1)).toMatchObject({ opdId: "", headcount: 4, compliant: 1, nonCompliant: 3, zeroJp: 2 });
    const dinasX = rows.find((r) => r.opdId === w.units.dinasX.id)!;
    expect(dinasX).toMatchObject({ headcount: 3, obligated: 3, compliant: 1, nonCompliant: 2, zeroJp: 1, averageMinutes: 400, medianMinutes: 300 });
  });

  it("shows exempt ASN apart: in the headcount, not among the obligated", async () => {
    await createEmployee(db, { agencyId: w.agencyA.id, unitId: w.units.dinasY.id, name: "Pegawai Baru", serviceStartDate: day("2025-12-20") });
    const { total, opds } = await complianceDashboard(admin, YEAR);
    expect(total).toMatchObject({ headcount: 6, obligated: 5, exempt: 1, compliant: 1, nonCompliant: 4 });
    expect(opds.find((r) => r.opdId === w.units.dinasY.id)).toMatchObject({ headcount: 2, obligated: 1, exempt: 1, zeroJp: 1 });
  });

  it("pages 50 at a time, and a page past the end shows the last page", async () => {
    const first = await complianceDashboardList(admin, YEAR, {}, 1, 2);
    expect(first).toMatchObject({ total: 5, page: 1, pages: 3, from: 1, to: 2 });
    expect(first.rows).toHaveLength(2);
    const past = await complianceDashboardList(admin, YEAR, {}, 9, 2);
    expect(past).toMatchObject({ total: 5, page: 3, pages: 3, from: 5, to: 5 });
    expect(past.rows).toHaveLength(1);
    expect(past.rows[0]!.status).toBe("COMPLIANT"); // furthest behind first, so the compliant ASN comes last
  });
});

describe("the equity panel", () => {
  beforeEach(async () => {
    // staff1: three trainings, one of them a batch credited in two entries (still one training)
    const program = await db.program.create({ data: { agencyId: w.agencyA.id, title: "Bimtek", description: "", objectives: "", routeCode: "KL10", organiser: "BKPP" } });
    const batch = await db.batch.create({
      data: { agencyId: w.agencyA.id, programId: program.id, number: 1, startDate: day("2025-03-03"), endDate: day("2025-03-04"), capacity: 10, registrationOpensAt: day("2025-01-01"), registrationClosesAt: day("2025-03-01"), status: "CLOSED" },
    });
    await entry(w.people.staff1.id, 240, "2025-03-04", { batchId: batch.id });
    await entry(w.people.staff1.id, 120, "2025-03-04", { batchId: batch.id });
    await entry(w.people.staff1.id, 180, "2025-06-01");
    await entry(w.people.staff1.id, 90, "2025-09-01");
    // kabid: two trainings
    await entry(w.people.kabid.id, 300, "2025-04-01");
    await entry(w.people.kabid.id, 300, "2025-08-01");
    // staff2: one training, and one that was corrected away (it no longer counts)
    await entry(w.people.staff2.id, 200, "2025-05-01");
    const wrong = await entry(w.people.staff2.id, 300, "2025-06-01");
    await entry(w.people.staff2.id, -300, "2025-06-01", { source: "CORRECTION", correctsId: wrong.id, reason: "Salah input" });
    // head: trained only in 2024; other (Dinas Y): never; the other agency's ASN does not count here
    await entry(w.people.head.id, 600, "2024-10-10");
    await entry(w.people.outsider.id, 600, "2025-10-10", { agencyId: w.agencyB.id });
  });

  it("counts ASN by trainings (0, 1, 2, 3+) and the share of places taken by the most-trained 10%", async () => {
    const equity = await equityOf(admin, YEAR);
    // 0: head, other · 1: staff2 · 2: kabid · 3+: staff1; places 3 + 2 + 1 = 6; the top 10% of 5 ASN is 1 ASN (staff1: 3 of 6)
    expect(equity).toEqual({ buckets: [2, 1, 1, 1], places: 6, topDecileShare: 0.5 });
    expect((await complianceDashboard(admin, YEAR)).equity).toEqual(equity);
  });

  it("gives, in its one statement, the figures of the per-OPD table and the equity panel computed apart", async () => {
    await createEmployee(db, { agencyId: w.agencyA.id, unitId: w.units.dinasY.id, serviceStartDate: day("2025-12-20") }); // exempt
    for (const viewer of [admin, await w.viewer(w.users.operatorX), await w.viewer(w.users.operatorY)]) {
      // today (the trigger-kept totals) and as of 15 June (the ledger entries dated up to then)
      for (const asOf of [undefined, day("2025-06-15")]) {
        const dashboard = await complianceDashboard(viewer, YEAR, undefined, asOf);
        const scoped = asManager(viewer); // the dashboard reads as the viewer's ADMIN/OPERATOR roles only
        const byOpd = await complianceByOpd(scoped, YEAR, { asOf });
        expect([...dashboard.opds, dashboard.total]).toEqual(byOpd);
        expect(dashboard.equity).toEqual(await equityOf(scoped, YEAR, { asOf }));
      }
    }
    // Under a policy that counts only some route codes the credit is summed from the ledger; trainings still all count.
    const query = (await complianceQuery(admin, YEAR))!;
    const onlyKl10 = { ...query, policy: { ...query.policy, countedRouteCodes: ["KL10" as const] } };
    const [one] = await db.$queryRaw<{ opds: unknown[]; equity: Record<string, number> }[]>`${dashboardFiguresSql(onlyKl10)}`;
    expect(one!.opds).toEqual(await db.$queryRaw`${summarySql(onlyKl10)}`);
    expect(one!.equity).toEqual((await db.$queryRaw<unknown[]>`${equitySql(onlyKl10)}`)[0]);
    expect(one!.opds.at(-1)).toMatchObject({ opdId: "", obligated: 5, zeroJp: 5 }); // every entry here is KL03
    expect(one!.equity).toMatchObject({ places: 6 });
    const asOfJune = await complianceDashboard(admin, YEAR, undefined, day("2025-06-15"));
    // by 15 June: staff1 2 trainings (March batch, 1 June), kabid 1 (April), staff2 1 (May; June's was corrected away)
    expect(asOfJune.equity).toEqual({ buckets: [2, 2, 1, 0], places: 4, topDecileShare: 0.5 });
  });

  it("leaves exempt ASN out and follows the filters and the viewer's scope", async () => {
    await createEmployee(db, { agencyId: w.agencyA.id, unitId: w.units.bidangX1.id, serviceStartDate: day("2025-12-20") });
    expect((await equityOf(admin, YEAR)).buckets).toEqual([2, 1, 1, 1]);
    expect(await equityOf(admin, YEAR, { unitId: w.units.bidangX1.id })).toEqual({ buckets: [0, 1, 1, 1], places: 6, topDecileShare: 0.5 });
    expect(await equityOf(admin, YEAR, { kind: "PPPK" })).toEqual({ buckets: [0, 1, 0, 0], places: 1, topDecileShare: 1 });
    const operatorY = await w.viewer(w.users.operatorY);
    expect((await complianceDashboard(operatorY, YEAR)).equity).toEqual({ buckets: [1, 0, 0, 0], places: 0, topDecileShare: 0 });
  });
});
