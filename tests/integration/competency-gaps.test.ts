// The gap analysis (issue 14) on a small world whose every figure is computed by hand below: the organisation
// heatmap (admin: OPD rows; operator of one OPD: the units under it), its drill-down, the position view with JPM
// bands and the supervisor's team heatmap; and who sees what (an operator only their subtree, a supervisor only
// their staff, another agency nothing).
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/load-viewer";
import { competencyHeatmap, heatmapCell, type Heatmap } from "@/lib/competency/gaps";
import { positionDetail, positionGaps } from "@/lib/competency/gaps-positions";
import { teamHeatmap } from "@/lib/competency/gaps-team";
import type { AssessmentSource } from "@/lib/generated/prisma/enums";
import { createCompetencyCatalog } from "../factories/db";
import { buildWorld, type World } from "./world";

const ON = new Date("2026-12-01T00:00:00Z");
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

let w: World;
let c: Map<string, string>;
let admin: Viewer;

async function standard(employeeId: string, lines: [code: string, level: number][]) {
  const e = await db.employee.findUniqueOrThrow({ where: { id: employeeId } });
  const version = await db.positionStandardVersion.create({
    data: { agencyId: e.agencyId, positionId: e.positionId, legalBasis: "Perwal Uji No. 1 Tahun 2024", effectiveFrom: day("2024-01-01") },
  });
  await db.positionCompetency.createMany({
    data: lines.map(([code, level]) => ({ agencyId: e.agencyId, positionId: e.positionId, versionId: version.id, competencyId: c.get(code)!, requiredLevel: level, importance: "PENTING" as const })),
  });
}

async function result(employeeId: string, code: string, level: number, extra: { on?: string; source?: AssessmentSource; withdrawn?: boolean } = {}) {
  await db.competencyAssessment.create({
    data: {
      agencyId: w.agencyA.id, employeeId, competencyId: c.get(code)!, level, assessedOn: day(extra.on ?? "2026-06-01"),
      source: extra.source ?? "ASSESSMENT_CENTRE", assessorName: "UPT Penilaian Kompetensi",
      ...(extra.withdrawn ? { withdrawnAt: new Date(), withdrawnById: w.users.admin.id, withdrawnReason: "Salah NIP" } : {}),
    },
  });
}

// Standard of every position: M.01 level 3, M.02 level 3. Current levels on ON (AC results valid 3 years):
//              M.01            M.02
// head (X)     3  gap 0        1  gap 2
// kabid (X1)   2  gap 1        —  (not assessed)
// staff1 (X1)  4  surplus 1    2  gap 1
// staff2 (X1)  —  (supervisor rating of 2025-01-01 expired after 1 year)   —  (its AC result was withdrawn)
// other (Y)    1  gap 2        3  gap 0
beforeAll(async () => {
  w = await buildWorld();
  c = await createCompetencyCatalog(db, w.agencyA.id);
  admin = await w.viewer(w.users.admin);
  for (const p of [w.people.head, w.people.kabid, w.people.staff1, w.people.staff2, w.people.other]) await standard(p.id, [["M.01", 3], ["M.02", 3]]);
  await result(w.people.head.id, "M.01", 3);
  await result(w.people.head.id, "M.02", 1);
  await result(w.people.kabid.id, "M.01", 2);
  await result(w.people.staff1.id, "M.01", 4);
  await result(w.people.staff1.id, "M.02", 2);
  await result(w.people.staff2.id, "M.01", 3, { on: "2025-01-01", source: "SUPERVISOR" });
  await result(w.people.staff2.id, "M.02", 3, { withdrawn: true });
  await result(w.people.other.id, "M.01", 1);
  await result(w.people.other.id, "M.02", 3);
});

/** The heatmap as [row name, code, withGap, notAssessed, assessed, averageGap] lines. */
function figures(h: Heatmap) {
  const code = new Map(h.columns.map((col) => [col.id, col.code]));
  return h.rows.flatMap((r) =>
    Object.entries(r.cells)
      .map(([id, cell]) => [r.name, code.get(id), cell.withGap, cell.notAssessed, cell.assessed, cell.averageGap] as const)
      .sort((a, b) => String(a[1]).localeCompare(String(b[1]))),
  );
}
const totals = (h: Heatmap) => h.columns.map((col) => [col.code, h.total[col.id]!.withGap, h.total[col.id]!.notAssessed, h.total[col.id]!.assessed, h.total[col.id]!.averageGap]);

describe("the organisation heatmap", () => {
  it("gives the admin one row per OPD with the hand-computed figures", async () => {
    const h = (await competencyHeatmap(admin, { on: ON }))!;
    expect(h.columns.map((col) => col.code)).toEqual(["M.01", "M.02"]);
    expect(figures(h)).toEqual([
      // Dinas X: M.01 gaps 0,1,0 + one not assessed → avg 1/3; M.02 gaps 2,1 + two not assessed → avg 1.5
      ["Dinas X", "M.01", 1, 1, 3, 0.3],
      ["Dinas X", "M.02", 2, 2, 2, 1.5],
      ["Dinas Y", "M.01", 1, 0, 1, 2],
      ["Dinas Y", "M.02", 0, 0, 1, 0],
    ]);
    // Totals from the summed gaps: M.01 (0+1+0+2)/4 = 0.75 → 0.8 (not from the rounded rows, 0.725 → 0.7).
    expect(totals(h)).toEqual([["M.01", 2, 1, 4, 0.8], ["M.02", 2, 2, 3, 1]]);
  });

  it("filters by competency kind", async () => {
    expect((await competencyHeatmap(admin, { on: ON, kind: "TECHNICAL" }))!.rows).toEqual([]);
    expect((await competencyHeatmap(admin, { on: ON, kind: "MANAGERIAL" }))!.columns).toHaveLength(2);
  });

  it("gives an operator of one OPD the units under it, and the OPD's own staff in a row of their own", async () => {
    const operatorX = await w.viewer(w.users.operatorX);
    const h = (await competencyHeatmap(operatorX, { on: ON }))!;
    expect(h.anchor?.name).toBe("Dinas X");
    expect(h.rows.map((r) => [r.name, r.unitOnly])).toEqual([["Dinas X", true], ["Bidang X1", false]]);
    expect(figures(h)).toEqual([
      ["Dinas X", "M.01", 0, 0, 1, 0],
      ["Dinas X", "M.02", 1, 0, 1, 2],
      ["Bidang X1", "M.01", 1, 1, 2, 0.5],
      ["Bidang X1", "M.02", 1, 2, 1, 1],
    ]);
    const operatorY = await w.viewer(w.users.operatorY);
    expect((await competencyHeatmap(operatorY, { on: ON }))!.rows.map((r) => r.name)).toEqual(["Dinas Y"]);
  });

  it("gives a supervisor only their staff and another agency's admin nothing", async () => {
    const kabid = await w.viewer(w.users.kabid);
    const h = (await competencyHeatmap(kabid, { on: ON }))!;
    expect(figures(h)).toEqual([["Dinas X", "M.01", 0, 1, 1, 0], ["Dinas X", "M.02", 1, 1, 1, 1]]);
    expect((await competencyHeatmap(await w.viewer(w.users.adminB), { on: ON }))!.rows).toEqual([]);
    expect(await competencyHeatmap(await w.viewer(w.users.staff1), { on: ON })).toBeNull();
  });
});

describe("the drill-down to people", () => {
  it("lists a cell's people, gaps first, then not assessed, searchable and paginated", async () => {
    const view = (await heatmapCell(admin, { unitId: w.units.dinasX.id, competencyId: c.get("M.01")!, on: ON, page: 1 }))!;
    expect(view.people.rows.map((p) => [p.name, p.requiredLevel, p.currentLevel, p.gap, p.source])).toEqual([
      ["Kabid X1", 3, 2, 1, "ASSESSMENT_CENTRE"],
      ["Kepala Dinas X", 3, 3, 0, "ASSESSMENT_CENTRE"],
      ["Staf Satu", 3, 4, 0, "ASSESSMENT_CENTRE"],
      ["Staf Dua", 3, null, null, null],
    ]);
    const searched = (await heatmapCell(admin, { unitId: w.units.dinasX.id, competencyId: c.get("M.02")!, on: ON, search: "staf", page: 1 }))!;
    expect(searched.people.rows.map((p) => p.name)).toEqual(["Staf Satu", "Staf Dua"]);
    const paged = (await heatmapCell(admin, { unitId: w.units.dinasX.id, competencyId: c.get("M.01")!, on: ON, page: 2, pageSize: 3 }))!;
    expect([paged.people.total, paged.people.page, paged.people.rows.map((p) => p.name)]).toEqual([4, 2, ["Staf Dua"]]);
    const direct = (await heatmapCell(admin, { unitId: w.units.dinasX.id, competencyId: c.get("M.02")!, unitOnly: true, on: ON, page: 1 }))!;
    expect(direct.people.rows.map((p) => p.name)).toEqual(["Kepala Dinas X"]);
  });

  it("shows an operator nobody outside their subtree, and refuses a supervisor and another agency's admin", async () => {
    const operatorX = await w.viewer(w.users.operatorX);
    const m01 = c.get("M.01")!;
    expect((await heatmapCell(operatorX, { unitId: w.units.dinasY.id, competencyId: m01, on: ON, page: 1 }))!.people.total).toBe(0);
    expect((await heatmapCell(operatorX, { unitId: w.units.bidangX1.id, competencyId: m01, on: ON, page: 1 }))!.people.total).toBe(3);
    expect((await heatmapCell(await w.viewer(w.users.operatorY), { unitId: w.units.bidangX1.id, competencyId: m01, on: ON, page: 1 }))!.people.rows).toEqual([]);
    expect(await heatmapCell(await w.viewer(w.users.kabid), { unitId: w.units.bidangX1.id, competencyId: m01, on: ON, page: 1 })).toBeNull();
    expect(await heatmapCell(await w.viewer(w.users.adminB), { unitId: w.units.dinasX.id, competencyId: m01, on: ON, page: 1 })).toBeNull();
    expect(await heatmapCell(admin, { unitId: "not-a-uuid", competencyId: m01, on: ON, page: 1 })).toBeNull();
  });
});

describe("the position view", () => {
  it("gives each holder's JPM in the agency's bands, incomplete when a competency is not assessed", async () => {
    // staff1: (min(4,3) + 2) / 6 = 83.3 % → Cukup optimal; head: (3 + 1) / 6 = 66.7 % → Kurang optimal;
    // kabid: 2/3 over the assessed line = 66.7 %, incomplete (1 not assessed).
    const staff1 = (await positionDetail(admin, w.people.staff1.positionId, ON))!;
    expect(staff1.holders.map((h) => [h.name, h.percent, h.notAssessed, h.band?.name ?? null])).toEqual([["Staf Satu", 83.3, 0, "Cukup optimal"]]);
    expect(staff1.lines.map((l) => [l.code, l.requiredLevel, l.withGap, l.notAssessed, l.averageGap])).toEqual([["M.01", 3, 0, 0, 0], ["M.02", 3, 1, 0, 1]]);
    const kabid = (await positionDetail(admin, w.people.kabid.positionId, ON))!;
    expect(kabid.holders.map((h) => [h.percent, h.notAssessed, h.band])).toEqual([[66.7, 1, null]]);

    const list = (await positionGaps(admin, { on: ON, filters: {}, page: 1 }))!;
    expect(list.page.total).toBe(5);
    const byName = Object.fromEntries(list.page.rows.map((r) => [r.unitName + ":" + r.type, [r.holders, r.high, r.mid, r.low, r.incomplete]]));
    expect(byName["Dinas X:JPT_PRATAMA"]).toEqual([1, 0, 0, 1, 0]);
    expect(byName["Bidang X1:ADMINISTRATOR"]).toEqual([1, 0, 0, 0, 1]);
    const administrators = (await positionGaps(admin, { on: ON, filters: { type: "ADMINISTRATOR" }, page: 1 }))!;
    expect(administrators.page.rows.map((r) => r.positionId)).toEqual([w.people.kabid.positionId]);
    const dinasY = (await positionGaps(admin, { on: ON, filters: { opdId: w.units.dinasY.id }, page: 1 }))!;
    expect(dinasY.page.rows.map((r) => r.positionId)).toEqual([w.people.other.positionId]);
  });

  it("keeps an operator to their subtree", async () => {
    const operatorY = await w.viewer(w.users.operatorY);
    expect((await positionGaps(operatorY, { on: ON, filters: {}, page: 1 }))!.page.rows.map((r) => r.positionId)).toEqual([w.people.other.positionId]);
    expect((await positionDetail(operatorY, w.people.staff1.positionId, ON))!.holders).toEqual([]);
    expect((await positionDetail(operatorY, w.people.staff1.positionId, ON))!.lines).toEqual([]);
    expect(await positionDetail(await w.viewer(w.users.adminB), w.people.staff1.positionId, ON)).toBeNull();
  });
});

describe("the team heatmap", () => {
  it("shows a supervisor their staff's current against required levels, not assessed apart", async () => {
    const h = (await teamHeatmap(await w.viewer(w.users.kabid), { on: ON }))!;
    const code = new Map(h.columns.map((col) => [col.id, col.code]));
    const cells = h.rows.map((r) => [r.name, Object.entries(r.cells).map(([id, x]) => [code.get(id), x.currentLevel, x.requiredLevel, x.gap, x.surplus]).sort()]);
    expect(cells).toEqual([
      ["Staf Dua", [["M.01", null, 3, null, null], ["M.02", null, 3, null, null]]],
      ["Staf Satu", [["M.01", 4, 3, 0, 1], ["M.02", 2, 3, 1, 0]]],
    ]);
  });

  it("follows the chain when the agency lets supervisors see indirect staff, and never another team", async () => {
    const head = (await teamHeatmap(await w.viewer(w.users.head), { on: ON }))!;
    expect(head.rows.map((r) => [r.name, r.depth])).toEqual([["Kabid X1", 1], ["Staf Dua", 2], ["Staf Satu", 2]]);
    await db.agency.update({ where: { id: w.agencyA.id }, data: { supervisorSeesIndirect: false } });
    try {
      const direct = (await teamHeatmap(await w.viewer(w.users.head), { on: ON }))!;
      expect(direct.rows.map((r) => r.name)).toEqual(["Kabid X1"]);
    } finally {
      await db.agency.update({ where: { id: w.agencyA.id }, data: { supervisorSeesIndirect: true } });
    }
    expect(await teamHeatmap(admin, { on: ON })).toBeNull();
    expect(await teamHeatmap(await w.viewer(w.users.operatorY), { on: ON })).toBeNull();
  });
});
