// Training needs (issue 14 item 4) against real PostgreSQL: a hand-built world of 3 OPD, 10 ASN and 3 competencies
// ranks exactly as the rules say (weighting off and on), an operator sees their unit only, and the XLSX export
// read back with exceljs is the list.
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { loadViewer, type Viewer } from "@/lib/auth/load-viewer";
import { listCatalog } from "@/lib/catalog/queries";
import { allTrainingNeeds, trainingNeedsPage, type TrainingNeedRow } from "@/lib/competency/needs";
import { trainingNeedsExport } from "@/lib/competency/needs-export";
import { db } from "@/lib/db";
import { respond } from "@/lib/export/http";
import type { Importance, PositionType } from "@/lib/generated/prisma/enums";
import { createAgency, createEmployee, createUnit, createUser } from "../factories/db";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
type Line = [code: string, level: number, importance: Importance];
// S1 (OPD A, administrators) and S2 (OPD B and C, pelaksana): the same competencies at other levels and weights.
const S1: Line[] = [["M.02", 3, "PENTING"], ["M.04", 3, "PERLU"], ["M.05", 2, "MUTLAK"]];
const S2: Line[] = [["M.02", 3, "PENTING"], ["M.04", 2, "PERLU"], ["M.05", 3, "MUTLAK"]];

let agencyId: string;
let admin: Viewer;
let operatorB: Viewer;
const people: Record<string, { id: string }> = {};
let comp: Record<string, string>;
const cid = (code: string): string => {
  const id = comp[code];
  if (!id) throw new Error(`no competency ${code}`);
  return id;
};
let units: { opdA: { id: string }; opdB: { id: string }; opdC: { id: string }; bidangC1: { id: string } };

async function person(name: string, unit: { id: string }, standard: Line[], levels: Record<string, number>, positionType: PositionType = "PELAKSANA") {
  const e = await createEmployee(db, { agencyId, unitId: unit.id, name, positionType });
  people[name] = e;
  const version = await db.positionStandardVersion.create({ data: { agencyId, positionId: e.positionId, legalBasis: "Perwal Uji 1/2024", effectiveFrom: day("2024-01-01") } });
  for (const [code, requiredLevel, importance] of standard) {
    await db.positionCompetency.create({ data: { agencyId, positionId: e.positionId, versionId: version.id, competencyId: cid(code), requiredLevel, importance } });
  }
  for (const [code, level] of Object.entries(levels)) {
    await db.competencyAssessment.create({
      data: { agencyId, employeeId: e.id, competencyId: cid(code), level, assessedOn: day("2026-01-10"), source: "ASSESSMENT_CENTRE", assessorName: "UPT Penilaian Kompetensi" },
    });
  }
  return e;
}

const summary = (needs: TrainingNeedRow[]) => needs.map((n) => [n.code, n.targetLevel, n.people, n.gapSum, n.priority]);

beforeAll(async () => {
  const agency = await createAgency(db, { name: "Pemerintah Kota Kebutuhan" });
  agencyId = agency.id;
  const opdA = await createUnit(db, agencyId, { name: "Dinas Arsip" });
  const opdB = await createUnit(db, agencyId, { name: "Dinas Bina Marga" });
  const opdC = await createUnit(db, agencyId, { name: "Dinas Cipta Karya" });
  const bidangC1 = await createUnit(db, agencyId, { name: "Bidang Cipta Karya Satu", parent: opdC });
  units = { opdA, opdB, opdC, bidangC1 };
  comp = {};
  for (const [code, name] of [["M.02", "Kerja Sama"], ["M.04", "Orientasi pada Hasil"], ["M.05", "Pelayanan Publik"]] as const) {
    comp[code] = (await db.competency.create({ data: { agencyId, kind: "MANAGERIAL", code, name, description: "" } })).id;
  }
  await person("A Satu", opdA, S1, { "M.02": 2, "M.04": 3, "M.05": 1 }, "ADMINISTRATOR");
  await person("A Dua", opdA, S1, { "M.02": 1, "M.04": 2 }, "ADMINISTRATOR"); // M.05 not assessed: no need counted
  await person("A Tiga", opdA, S1, {}, "ADMINISTRATOR"); // nothing assessed
  await person("B Satu", opdB, S2, { "M.02": 2, "M.04": 2, "M.05": 1 });
  await person("B Dua", opdB, S2, { "M.02": 2, "M.04": 1, "M.05": 3 });
  await person("B Tiga", opdB, S2, { "M.02": 3, "M.05": 2 });
  await person("C Satu", opdC, S2, { "M.02": 2, "M.04": 1 });
  await person("C Dua", bidangC1, S2, { "M.02": 1, "M.05": 4 }); // a surplus never nets a gap
  const c3 = await person("C Tiga", opdC, S2, { "M.02": 1 });
  const adminUser = await createUser(db, { agencyId, email: "admin@kebutuhan.go.id", roles: [{ role: "ADMIN" }] });
  // C Tiga's only result is withdrawn: not assessed, so no need.
  await db.competencyAssessment.updateMany({
    where: { employeeId: c3.id },
    data: { withdrawnAt: new Date(), withdrawnById: adminUser.id, withdrawnReason: "Salah input NIP pada impor" },
  });
  const operatorUser = await createUser(db, { agencyId, email: "op-b@kebutuhan.go.id", roles: [{ role: "OPERATOR", unitId: opdB.id }] });
  admin = (await loadViewer(adminUser.id))!;
  operatorB = (await loadViewer(operatorUser.id))!;

  // Programs: P1 covers M.02 at 3; P2 covers M.05 only at 2; P3 covers M.05 up to 4. Nothing covers M.04.
  const program = async (title: string, code: string, targetLevel: number) =>
    db.program.create({ data: { agencyId, title, description: "", objectives: "", routeCode: "KL03", organiser: "BPSDM", eligibleTypes: [], competencies: { create: { competencyId: cid(code), targetLevel } } } });
  await program("Pelatihan Kerja Sama Tim", "M.02", 3);
  await program("Pelayanan Publik Dasar", "M.05", 2);
  await program("Pelayanan Publik Lanjut", "M.05", 4);

  // Another agency's people and programs never show.
  const other = await createAgency(db, { name: "Pemerintah Kabupaten Lain" });
  const otherUnit = await createUnit(db, other.id, { name: "Dinas Luar" });
  const otherComp = await db.competency.create({ data: { agencyId: other.id, kind: "MANAGERIAL", code: "M.02", name: "Kerja Sama", description: "" } });
  const outsider = await createEmployee(db, { agencyId: other.id, unitId: otherUnit.id });
  const v = await db.positionStandardVersion.create({ data: { agencyId: other.id, positionId: outsider.positionId, legalBasis: "x", effectiveFrom: day("2024-01-01") } });
  await db.positionCompetency.create({ data: { agencyId: other.id, positionId: outsider.positionId, versionId: v.id, competencyId: otherComp.id, requiredLevel: 5, importance: "MUTLAK" } });
  await db.competencyAssessment.create({ data: { agencyId: other.id, employeeId: outsider.id, competencyId: otherComp.id, level: 1, assessedOn: day("2026-01-10"), source: "ASSESSMENT_CENTRE", assessorName: "x" } });
});

describe("training needs ranking", () => {
  it("weighting off: priority is the sum of gaps; ties go to more people, then the code", async () => {
    await db.competencySettings.deleteMany({ where: { agencyId } });
    const { needs, weighting } = await allTrainingNeeds(admin, {});
    expect(weighting.byImportance).toBe(false);
    expect(summary(needs)).toEqual([
      ["M.02", 3, 6, 8, 8],
      ["M.05", 3, 2, 3, 3],
      ["M.04", 2, 2, 2, 2],
      ["M.04", 3, 1, 1, 1],
      ["M.05", 2, 1, 1, 1],
    ]);
    expect(needs.map((n) => n.rank)).toEqual([1, 2, 3, 4, 5]);
    const m02 = needs[0]!;
    expect(m02.name).toBe("Kerja Sama");
    expect(m02.units.map((u) => u.name)).toEqual(["Bidang Cipta Karya Satu", "Dinas Arsip", "Dinas Bina Marga", "Dinas Cipta Karya"]);
    expect(m02.programs.map((p) => p.title)).toEqual(["Pelatihan Kerja Sama Tim"]);
    // P2 stops at level 2: it covers M.05 level 2, not level 3.
    expect(needs[1]?.programs.map((p) => p.title)).toEqual(["Pelayanan Publik Lanjut"]);
    expect(needs[4]?.programs.map((p) => p.title)).toEqual(["Pelayanan Publik Dasar", "Pelayanan Publik Lanjut"]);
    expect(needs[2]?.programs).toEqual([]);
  });

  it("weighting on: each gap is multiplied by its standard line's importance", async () => {
    await db.competencySettings.upsert({ where: { agencyId }, create: { agencyId, weightByImportance: true }, update: { weightByImportance: true } });
    const { needs, weighting } = await allTrainingNeeds(admin, {});
    expect(weighting).toEqual({ byImportance: true, MUTLAK: 3, PENTING: 2, PERLU: 1 });
    expect(summary(needs)).toEqual([
      ["M.02", 3, 6, 8, 16],
      ["M.05", 3, 2, 3, 9],
      ["M.05", 2, 1, 1, 3],
      ["M.04", 2, 2, 2, 2],
      ["M.04", 3, 1, 1, 1],
    ]);
    await db.competencySettings.deleteMany({ where: { agencyId } });
  });

  it("filters by OPD (its subtree) and by position type", async () => {
    expect(summary((await allTrainingNeeds(admin, { unitId: units.opdC.id })).needs)).toEqual([
      ["M.02", 3, 2, 3, 3],
      ["M.04", 2, 1, 1, 1],
    ]);
    expect(summary((await allTrainingNeeds(admin, { positionType: "ADMINISTRATOR" })).needs)).toEqual([
      ["M.02", 3, 2, 3, 3],
      ["M.04", 3, 1, 1, 1],
      ["M.05", 2, 1, 1, 1],
    ]);
  });

  it("an operator sees their own unit's needs only, even when asking for another unit", async () => {
    const expected = [
      ["M.05", 3, 2, 3, 3],
      ["M.02", 3, 2, 2, 2],
      ["M.04", 2, 1, 1, 1],
    ];
    expect(summary((await allTrainingNeeds(operatorB, {})).needs)).toEqual(expected);
    expect((await allTrainingNeeds(operatorB, { unitId: units.opdA.id })).needs).toEqual([]);
    const page = await trainingNeedsPage(operatorB, { page: 1 });
    expect(summary(page.page.rows)).toEqual(expected);
    expect(page.page.total).toBe(3);
  });

  it("pages the ranked list", async () => {
    const page = await trainingNeedsPage(admin, { page: 1 });
    expect(page.page.total).toBe(5);
    expect(page.page.rows.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5]);
  });
});

describe("training needs export", () => {
  const read = async (response: Response) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.worksheets[0]!;
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    return rows;
  };

  it("the XLSX is the ranked list, with Indonesian headers", async () => {
    const response = await respond(new Request("http://x/api/ekspor/kebutuhan-pelatihan"), admin, trainingNeedsExport);
    expect(response.status).toBe(200);
    const rows = await read(response);
    const header = rows.findIndex((r) => r[0] === "Peringkat");
    expect(rows[header]).toEqual(["Peringkat", "Kode", "Kompetensi", "Level target", "Jumlah ASN", "Jumlah selisih", "Prioritas", "Jumlah unit", "Unit", "Program yang mencakup"]);
    const { needs } = await allTrainingNeeds(admin, {});
    expect(rows.slice(header + 1)).toEqual(
      needs.map((n) => [
        n.rank, n.code, n.name, n.targetLevel, n.people, n.gapSum, n.priority, n.units.length, n.units.map((u) => u.name).join("; "),
        n.programs.length ? n.programs.map((p) => `${p.title} (level ${p.targetLevel})`).join("; ") : "Belum ada program yang mencakup kebutuhan ini",
      ]),
    );
    expect(rows.slice(header + 1).map((r) => r.slice(0, 2))).toEqual([["M.02", ""], ["M.05", ""], ["M.04", ""], ["M.04", ""], ["M.05", ""]].map(([c], i) => [i + 1, c]));
  });

  it("keeps the filters and the operator's scope; refuses an ASN", async () => {
    const op = await read(await respond(new Request("http://x/api/ekspor/kebutuhan-pelatihan?positionType=PELAKSANA"), operatorB, trainingNeedsExport));
    const header = op.findIndex((r) => r[0] === "Peringkat");
    expect(op.slice(header + 1).map((r) => [r[1], r[3], r[6]])).toEqual([["M.05", 3, 3], ["M.02", 3, 2], ["M.04", 2, 1]]);
    const asn = await createUser(db, { agencyId, email: "asn@kebutuhan.go.id", roles: [{ role: "ASN" }] });
    const refused = await respond(new Request("http://x/api/ekspor/kebutuhan-pelatihan"), (await loadViewer(asn.id))!, trainingNeedsExport);
    expect(refused.status).toBe(403);
  });
});

describe("Sesuai untuk saya by the viewer's gaps", () => {
  const asn = async (name: string) => {
    const user = await createUser(db, { agencyId, employeeId: people[name]?.id, roles: [{ role: "ASN" }] });
    return (await loadViewer(user.id))!;
  };
  const suggested = async (viewer: Viewer) =>
    (await listCatalog(viewer, { eligibleOnly: true, unscheduled: true })).rows.map((r) => [r.title, r.closesGaps]).sort();

  it("shows the programs that close one of the viewer's gaps at their required level, and says which", async () => {
    // B Tiga lacks M.05 at level 3 only: "Pelayanan Publik Dasar" stops at 2, so only the advanced one.
    expect(await suggested(await asn("B Tiga"))).toEqual([["Pelayanan Publik Lanjut", ["M.05"]]]);
    // A Satu lacks M.02 (3) and M.05 (2): every program closes one.
    expect(await suggested(await asn("A Satu"))).toEqual([
      ["Pelatihan Kerja Sama Tim", ["M.02"]],
      ["Pelayanan Publik Dasar", ["M.05"]],
      ["Pelayanan Publik Lanjut", ["M.05"]],
    ]);
  });

  it("a viewer not assessed keeps the plain eligibility filter (not assessed is never a gap)", async () => {
    const rows = (await listCatalog(await asn("A Tiga"), { eligibleOnly: true, unscheduled: true })).rows;
    expect(rows.map((r) => r.title).sort()).toEqual(["Pelatihan Kerja Sama Tim", "Pelayanan Publik Dasar", "Pelayanan Publik Lanjut"]);
    expect(rows.every((r) => r.closesGaps === undefined)).toBe(true);
  });
});
