// The plan's XLSX annex against real PostgreSQL (decision 0038): a plan built here (several OPDs, lines across
// OPDs, every source of funds, a line without budget), approved by SQL in the order the trigger allows, fetched
// through the function the route uses, and read back with exceljs as a spreadsheet program would. Every line total,
// OPD subtotal, fund-source recap and the grand total must equal rules.planTotals, as numbers in Rupiah format.
import ExcelJS from "exceljs";
import { beforeEach, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/load-viewer";
import { db } from "@/lib/db";
import type { FundSource } from "@/lib/generated/prisma/enums";
import { annexFile, respondAnnex } from "@/lib/plan/annex-export";
import { col, HEADER_ROWS } from "@/lib/plan/annex-xlsx";
import { budgetItemTotal, lineTotal, planTotals } from "@/lib/plan/rules";
import { approveVersion, createDraftVersion, createPlan, type TestLine } from "../factories/plan-annex";
import { createUser } from "../factories/db";
import { buildWorld, type World } from "./world";

const YEAR = 2026;
const APPROVED_AT = new Date("2026-01-12T02:00:00Z");
let w: World;
let admin: Viewer;
let approverId: string;
let lines: TestLine[];
let revised: TestLine[];

const FUND_LABEL: Record<FundSource, string> = { APBD: "APBD", PAD: "PAD", DAK: "DAK", APBN: "APBN", OTHER: "Lainnya" };

beforeEach(async () => {
  w = await buildWorld();
  admin = await w.viewer(w.users.admin);
  const agencyId = w.agencyA.id;
  const approver = await createUser(db, { agencyId, name: "Drs. Wali Kota Uji, M.Si.", email: `ppk-${w.agencyA.code.toLowerCase()}@uji.go.id`, roles: [{ role: "PLAN_APPROVER" }] });
  approverId = approver.id;
  const m01 = await db.competency.create({ data: { agencyId, kind: "MANAGERIAL", code: "M.01", name: "Integritas", description: "" } });
  const { dinasX, dinasY } = w.units;
  lines = [
    {
      title: "Capacity Building Lurah", unitId: dinasX.id, routeCode: "KL02", competencyId: m01.id, targetLevel: 3, targetPeople: 105,
      targetPositionTypes: ["PENGAWAS"], targetUnitIds: [dinasX.id], provider: "INTERNAL", plannedMonth: 5, jpPerParticipant: 16, curriculumFit: "Sesuai kurikulum LAN",
      budget: [
        { item: "Paket kegiatan fullboard", volume: 210, unit: "OH", unitPrice: 143_000, fundSource: "PAD", accountCode: "5.1.02.02.01.0003" },
        { item: "Honorarium narasumber", volume: 12, unit: "OJ", unitPrice: 1_400_000, fundSource: "APBD", accountCode: "5.1.02.02.01.0026" },
        { item: "Penggandaan modul", volume: 105, unit: "buku", unitPrice: 35_000, fundSource: "APBD", accountCode: "5.1.02.01.01.0026" },
      ],
    },
    {
      title: "Bimtek Perencanaan Transportasi", unitId: dinasY.id, routeCode: "KL10", targetPeople: 30, provider: "VENDOR", providerName: "PT Mitra Transportasi", plannedMonth: 8,
      budget: [
        { item: "Kontrak penyelenggaraan", volume: 1, unit: "paket", unitPrice: 87_500_000, fundSource: "DAK" },
        { item: "Uang saku peserta", volume: 90, unit: "OH", unitPrice: 150_000, fundSource: "APBD" },
      ],
    },
    { title: "Pelatihan Arsip Digital", unitId: dinasX.id, routeCode: "KL04", provider: "LAN", plannedMonth: 11, budget: [{ item: "Kontribusi peserta", volume: 4, unit: "orang", unitPrice: 7_750_000, fundSource: "APBN" }] },
    {
      title: "E-learning Integritas", unitId: null, routeCode: "NKL03", provider: "OTHER_AGENCY", providerName: "BPSDM Provinsi", plannedMonth: 2,
      budget: [
        { item: "Lisensi platform", volume: 1, unit: "tahun", unitPrice: 24_000_000, fundSource: "OTHER" },
        { item: "Tutor daring", volume: 20, unit: "OJ", unitPrice: 900_000, fundSource: "PAD" },
      ],
    },
    { title: "Coaching Kepala Seksi", unitId: dinasY.id, routeCode: "NKL01", plannedMonth: 6, budget: [] },
  ];
  const plan = await createPlan(db, agencyId, YEAR);
  const original = await createDraftVersion(db, plan, 0, lines);
  await approveVersion(db, original.version.id, { submitterId: w.users.admin.id, approverId: approver.id, approvedAt: APPROVED_AT });
  // Revision 1, still a draft: the same items, the vendor's contract costs more.
  revised = lines.map((line, i) => ({ ...line, itemId: original.lines[i]!.itemId }));
  revised[1] = { ...revised[1]!, budget: [{ ...revised[1]!.budget[0]!, unitPrice: 92_250_000 }, revised[1]!.budget[1]!] };
  await createDraftVersion(db, plan, 1, revised, "Kenaikan harga kontrak");
});

type Sheet = ExcelJS.Worksheet;

async function readSheet(viewer: Viewer, version?: number): Promise<{ sheet: Sheet; filename: string }> {
  const file = await annexFile(viewer, YEAR, version);
  expect(file).not.toBeNull();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file!.body as unknown as ArrayBuffer);
  return { sheet: workbook.worksheets[0]!, filename: file!.filename };
}

/** A cell that is not the lower part of a merged range (those read back their master's value). */
const isMaster = (cell: ExcelJS.Cell) => cell.master.address === cell.address;
const text = (cell: ExcelJS.Cell) => (cell.value === null || cell.value === undefined ? "" : String(cell.value));

/** An amount cell: a number (never text) shown as Rupiah. */
function amount(cell: ExcelJS.Cell): number {
  expect(typeof cell.value, `cell ${cell.address} holds a number`).toBe("number");
  expect(cell.numFmt).toContain('"Rp"#,##0');
  return cell.value as number;
}

/** Everything the sheet says, read by labels only: line totals by title, item amounts, subtotals by OPD, the total and the recap. */
function readBack(sheet: Sheet) {
  const lineTotals = new Map<string, number>();
  const itemSums = new Map<string, number>();
  const subtotals = new Map<string, number>();
  const recap = new Map<string, number>();
  let total: number | null = null;
  let recapTotal: number | null = null;
  let current: string | null = null;
  let inRecap = false;
  for (let r = HEADER_ROWS.last + 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const first = row.getCell(1);
    if (typeof first.value === "number" && isMaster(first)) {
      current = text(row.getCell(col("competency"))).split("\n")[0]!;
      lineTotals.set(current, amount(row.getCell(col("lineTotal"))));
    }
    // A budget item's row: its own amount cell (a merged one is a subtotal's label or a line without budget).
    const item = row.getCell(col("amount"));
    if (current && !inRecap && row.getCell(col("item")).value && !item.isMerged) {
      const volume = row.getCell(col("volume")).value as number;
      expect(amount(item)).toBe(budgetItemTotal({ volume, unitPrice: amount(row.getCell(col("unitPrice"))) }));
      itemSums.set(current, (itemSums.get(current) ?? 0) + amount(item));
    }
    const label = text(first);
    if (label.startsWith("Subtotal ")) subtotals.set(label.slice("Subtotal ".length), amount(row.getCell(col("lineTotal"))));
    if (label === "JUMLAH SELURUHNYA") total = amount(row.getCell(col("lineTotal")));
    const recapLabel = text(row.getCell(col("competency")));
    if (recapLabel === "Rekapitulasi per sumber dana") {
      inRecap = true;
      current = null;
      continue;
    }
    if (inRecap && recapLabel && recapLabel !== "Sumber dana") {
      if (recapLabel === "Jumlah") {
        recapTotal = amount(row.getCell(col("target")));
        inRecap = false;
      } else recap.set(recapLabel, amount(row.getCell(col("target"))));
    }
  }
  return { lineTotals, itemSums, subtotals, total, recap, recapTotal };
}

function expectTotals(sheet: Sheet, planLines: TestLine[]) {
  const totals = planTotals(planLines);
  const read = readBack(sheet);
  expect(read.lineTotals).toEqual(new Map(planLines.map((l) => [l.title, lineTotal(l)])));
  expect(read.itemSums).toEqual(new Map(planLines.filter((l) => l.budget.length).map((l) => [l.title, lineTotal(l)])));
  const unitName = new Map<string | null, string>([[w.units.dinasX.id, "Dinas X"], [w.units.dinasY.id, "Dinas Y"], [null, "Lintas OPD"]]);
  expect(read.subtotals).toEqual(new Map([...totals.byUnit].map(([unitId, sum]) => [unitName.get(unitId)!, sum])));
  expect(read.total).toBe(totals.total);
  expect(read.recap).toEqual(new Map(Object.entries(totals.byFundSource).filter(([, v]) => v !== 0).map(([s, v]) => [FUND_LABEL[s as FundSource], v])));
  expect(read.recapTotal).toBe(totals.total);
  return totals;
}

function allText(sheet: Sheet): string {
  const parts: string[] = [];
  sheet.eachRow((row) => row.eachCell((cell) => parts.push(text(cell))));
  return parts.join("\n");
}

describe("the XLSX annex of a plan version", () => {
  it("by default is the latest approved version (murni), its totals at every level equal planTotals, with the signatory block", async () => {
    const { sheet, filename } = await readSheet(admin);
    expect(filename).toBe("lampiran-rencana-2026-murni");
    expect(text(sheet.getCell("A1"))).toBe("RENCANA PENGEMBANGAN KOMPETENSI ASN TAHUN 2026");
    expect(text(sheet.getCell("A2"))).toBe("(MURNI)");
    expect(text(sheet.getCell("A3"))).toBe("Pemerintah Kota Uji");
    const totals = expectTotals(sheet, lines);
    // Hand check of the figures the rules gave: 30.030.000 + 16.800.000 + 3.675.000 + 87.500.000 + 13.500.000 + 31.000.000 + 24.000.000 + 18.000.000.
    expect(totals.total).toBe(224_505_000);
    expect(sheet.pageSetup.orientation).toBe("landscape");
    expect(sheet.pageSetup.paperSize).toBe(9);
    expect(sheet.pageSetup.printTitlesRow).toBe(`${HEADER_ROWS.first}:${HEADER_ROWS.last}`);
    const everything = allText(sheet);
    expect(everything).toContain("Pejabat Pembina Kepegawaian");
    expect(everything).toContain("Drs. Wali Kota Uji, M.Si.");
    expect(everything).toContain("Uji, 12 Januari 2026");
    expect(everything).toContain("KL10 Bimbingan teknis");
    expect(everything).toContain("Penyedia jasa: PT Mitra Transportasi");
    expect(everything).toContain("M.01 Integritas, level 3 (Menengah)");
    expect(everything).not.toContain("DRAFT");
  });

  it("keeps the OPD groups in the order of their first line, lines across OPDs last, numbered through", async () => {
    const { sheet } = await readSheet(admin);
    const order: string[] = [];
    for (let r = HEADER_ROWS.last + 1; r <= sheet.rowCount; r++) {
      const first = sheet.getRow(r).getCell(1);
      if (typeof first.value === "number" && isMaster(first)) order.push(`${first.value} ${text(sheet.getRow(r).getCell(col("competency"))).split("\n")[0]}`);
    }
    expect(order).toEqual(["1 Capacity Building Lurah", "2 Pelatihan Arsip Digital", "3 Bimtek Perencanaan Transportasi", "4 Coaching Kepala Seksi", "5 E-learning Integritas"]);
  });

  it("?versi=1 is the draft revision: its own totals, marked DRAFT, without a date or a name", async () => {
    const { sheet, filename } = await readSheet(admin, 1);
    expect(filename).toBe("lampiran-rencana-2026-perubahan-1");
    expect(text(sheet.getCell("A2"))).toBe("(PERUBAHAN KE-1)");
    const totals = expectTotals(sheet, revised);
    expect(totals.total).toBe(224_505_000 + 4_750_000);
    const everything = allText(sheet);
    expect(everything).toContain("DRAFT — belum disetujui");
    expect(everything).not.toContain("Drs. Wali Kota Uji");
    expect(everything).toContain("Uji, ....");
  });

  it("answers the route's refusals: signed out, a role without read:plan, another agency, a missing version, bad parameters", async () => {
    const query = (q = "") => new URLSearchParams(q);
    expect((await respondAnnex(null, "2026", query())).status).toBe(401);
    expect((await respondAnnex(await w.viewer(w.users.operatorX), "2026", query())).status).toBe(403);
    expect((await respondAnnex(await w.viewer(w.users.adminB), "2026", query())).status).toBe(404);
    expect((await respondAnnex(admin, "2026", query("versi=7"))).status).toBe(404);
    expect((await respondAnnex(admin, "2025", query())).status).toBe(404);
    expect((await respondAnnex(admin, "20x6", query())).status).toBe(400);
    expect((await respondAnnex(admin, "2026", query("versi=satu"))).status).toBe(400);
    expect((await respondAnnex(admin, "2026", query("tahun=2026"))).status).toBe(400);
    // A PLAN_APPROVER without any other role reads it too (read:plan, any).
    expect((await respondAnnex(await w.viewer({ id: approverId }), "2026", query())).status).toBe(200);
    const ok = await respondAnnex(admin, "2026", query("versi=0"));
    expect(ok.status).toBe(200);
    expect(ok.headers.get("Content-Disposition")).toBe('attachment; filename="lampiran-rencana-2026-murni.xlsx"');
  });
});
