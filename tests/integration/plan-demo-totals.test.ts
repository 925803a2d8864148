// Issue 15, acceptance: "Totals are exact integers in Rupiah at every level (line, OPD, source of funds, plan). A test
// checks them against a hand computation of the demo plan." Runs on the demo as `npm start` seeds it (prisma/seed.ts), then
// compares the 2026 plan's totals of both versions, summed by PostgreSQL and by lib/plan/rules.planTotals, with the
// literal figures computed by hand below from tests/factories/data/dev-plan-2026.ts (OH = orang-hari, OJ = orang-jam).
// Database: the seeded demo.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { planTotals } from "@/lib/plan/rules";

// ---- Perencanaan murni (version 0) --------------------------------------------------------------------------
// data       75 OH × 143.000 = 10.725.000; 18 OJ × 1.000.000 = 18.000.000; 25 paket × 185.000 = 4.625.000     →  33.350.000 APBD
// siber      20 orang × 4.750.000 = 95.000.000; 80 OH × 143.000 = 11.440.000                                   → 106.440.000 APBD
// transport  15 × 6.500.000 = 97.500.000; 15 × 4.200.000 = 63.000.000                                         → 160.500.000 APBD
// adminduk   80 OH × 143.000 = 11.440.000; 12 OJ × 1.000.000 = 12.000.000; 40 × 185.000 = 7.400.000         →  30.840.000 PAD
// sipd       60 OH × 143.000 = 8.580.000; 12 OJ × 1.700.000 = 20.400.000; 30 × 185.000 = 5.550.000          →  34.530.000 APBD
// pbj        90 OH × 143.000 = 12.870.000; 18 OJ × 1.700.000 = 30.600.000; 30 × 600.000 = 18.000.000        →  61.470.000 APBD
// perda      105 OH × 143.000 = 15.015.000; 18 OJ × 1.000.000 = 18.000.000; 35 × 185.000 = 6.475.000       →  39.490.000 APBD
// sakip      50 OH × 143.000 = 7.150.000; 12 OJ × 1.000.000 = 12.000.000; 25 × 185.000 = 4.625.000          →  23.775.000 DAK
// pkp        1.200 OH × 143.000 = 171.600.000; 160 OJ × 1.000.000 = 160.000.000; 60 × 185.000 = 11.100.000
//            (APBD 342.700.000) + 60 × 750.000 = 45.000.000 PAD                                               → 387.700.000
// pka        3 × 32.500.000 = 97.500.000; 3 × 6.800.000 = 20.400.000                                         → 117.900.000 APBD
// tot        12 × 5.500.000 = 66.000.000; 12 × 5.200.000 = 62.400.000                                        → 128.400.000 APBD
// bmd        56 OH × 143.000 = 8.008.000; 12 OJ × 1.000.000 = 12.000.000; 28 × 185.000 = 5.180.000          →  25.188.000 PAD
const ORIGINAL_LINES = {
  "Pelatihan Pengelolaan Data dan Statistik Sektoral": 33_350_000,
  "Kursus Keamanan Informasi dan Penanganan Insiden Siber": 106_440_000,
  "Pelatihan Perencanaan Transportasi Kota": 160_500_000,
  "Pelatihan Pelayanan Prima Administrasi Kependudukan": 30_840_000,
  "Bimbingan Teknis Penatausahaan Keuangan Daerah melalui SIPD": 34_530_000,
  "Bimbingan Teknis Pengadaan Barang/Jasa Pemerintah": 61_470_000,
  "Pelatihan Penegakan Peraturan Daerah bagi Satpol PP": 39_490_000,
  "Workshop Penyusunan SAKIP Puskesmas": 23_775_000,
  "Pelatihan Kepemimpinan Pengawas (PKP) Angkatan I dan II": 387_700_000,
  "Pelatihan Kepemimpinan Administrator (PKA)": 117_900_000,
  "Pelatihan Pengelola Pengembangan Kompetensi ASN": 128_400_000,
  "Bimbingan Teknis Penatausahaan Barang Milik Daerah": 25_188_000,
};
// Per OPD: DISKOMINFO 33.350.000 + 106.440.000 = 139.790.000; BPKAD 34.530.000 + 25.188.000 = 59.718.000; the others one line each.
const ORIGINAL_BY_UNIT = {
  DISKOMINFO: 139_790_000, DISHUB: 160_500_000, DISDUKCAPIL: 30_840_000, BPKAD: 59_718_000, SETDA: 61_470_000, SATPOLPP: 39_490_000,
  DINKES: 23_775_000, BAPPEDA: 117_900_000, BKPP: 128_400_000, "(lintas OPD)": 387_700_000,
};
// APBD: 33.350.000 + 106.440.000 + 160.500.000 + 34.530.000 + 61.470.000 + 39.490.000 + 342.700.000 + 117.900.000 + 128.400.000 = 1.024.780.000
// PAD:  30.840.000 + 25.188.000 + 45.000.000 = 101.028.000;  DAK: 23.775.000
// Plan: 1.024.780.000 + 101.028.000 + 23.775.000 = 1.149.583.000
const ORIGINAL_BY_SOURCE = { APBD: 1_024_780_000, PAD: 101_028_000, DAK: 23_775_000, APBN: 0, OTHER: 0 };
const ORIGINAL_TOTAL = 1_149_583_000;

// ---- Perubahan ke-1 (version 1) ---------------------------------------------------------------------------------
// siber      20 × 5.250.000 = 105.000.000 + 11.440.000                                                     → 116.440.000 (+10.000.000)
// transport  97.500.000 + 15 × 3.600.000 = 54.000.000                                                     → 151.500.000 (−9.000.000)
// pkp        1.000 OH × 143.000 = 143.000.000 + 160.000.000 + 50 × 185.000 = 9.250.000 (APBD 312.250.000)
//            + 50 × 750.000 = 37.500.000 PAD                                                              → 349.750.000 (−37.950.000)
// hukum (new, SETDA) 60 OH × 143.000 = 8.580.000; 18 OJ × 1.700.000 = 30.600.000; 20 × 185.000 = 3.700.000 → 42.880.000 APBD
const REVISED_LINES = {
  ...ORIGINAL_LINES,
  "Kursus Keamanan Informasi dan Penanganan Insiden Siber": 116_440_000,
  "Pelatihan Perencanaan Transportasi Kota": 151_500_000,
  "Pelatihan Kepemimpinan Pengawas (PKP) Angkatan I dan II": 349_750_000,
  "Pelatihan Penyusunan Produk Hukum Daerah": 42_880_000,
};
// DISKOMINFO 33.350.000 + 116.440.000 = 149.790.000; DISHUB 151.500.000; SETDA 61.470.000 + 42.880.000 = 104.350.000; lintas 349.750.000.
const REVISED_BY_UNIT = { ...ORIGINAL_BY_UNIT, DISKOMINFO: 149_790_000, DISHUB: 151_500_000, SETDA: 104_350_000, "(lintas OPD)": 349_750_000 };
// APBD: 1.024.780.000 + 10.000.000 − 9.000.000 − (342.700.000 − 312.250.000 = 30.450.000) + 42.880.000 = 1.038.210.000
// PAD:  101.028.000 − (45.000.000 − 37.500.000 = 7.500.000) = 93.528.000;  DAK: 23.775.000
// Plan: 1.038.210.000 + 93.528.000 + 23.775.000 = 1.155.513.000 (= 1.149.583.000 + 10.000.000 − 9.000.000 − 37.950.000 + 42.880.000)
const REVISED_BY_SOURCE = { APBD: 1_038_210_000, PAD: 93_528_000, DAK: 23_775_000, APBN: 0, OTHER: 0 };
const REVISED_TOTAL = 1_155_513_000;

let client: pg.Client;

beforeAll(async () => {
  client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
});

afterAll(async () => {
  await client?.end();
});

const rupiah = (rows: { key: string | null; total: string }[]) => Object.fromEntries(rows.map((r) => [r.key ?? "(lintas OPD)", Number(r.total)]));

/** The version's lines with their budget, as lib/plan reads them. */
async function versionOf(number: number) {
  const { rows: [version] } = await client.query<{ id: string; status: string }>(
    `SELECT v.id, v.status FROM "PlanVersion" v JOIN "DevelopmentPlan" p ON p.id = v."planId" JOIN "Agency" a ON a.id = p."agencyId"
     WHERE p.year = 2026 AND a.code = 'SMG' AND v.number = $1`, [number]);
  if (!version) throw new Error(`no version ${number} of the demo plan`);
  const sum = (key: string, join = "") => client.query<{ key: string | null; total: string }>(
    `SELECT ${key} AS key, sum(b.volume::bigint * b."unitPrice")::bigint AS total FROM "PlanLine" l JOIN "PlanBudgetItem" b ON b."lineId" = l.id ${join}
     WHERE l."versionId" = $1 GROUP BY 1`, [version.id]).then((r) => rupiah(r.rows));
  const { rows: lines } = await client.query<{ unitId: string | null; routeCode: "KL01"; budget: { volume: number; unitPrice: number; fundSource: "APBD" }[] }>(
    `SELECT l."unitId", l."routeCode", json_agg(json_build_object('volume', b.volume, 'unitPrice', b."unitPrice", 'fundSource', b."fundSource")) AS budget
     FROM "PlanLine" l JOIN "PlanBudgetItem" b ON b."lineId" = l.id WHERE l."versionId" = $1 GROUP BY l.id`, [version.id]);
  const { rows: units } = await client.query<{ id: string; code: string }>(`SELECT id, code FROM "OrgUnit"`);
  const code = new Map(units.map((u) => [u.id, u.code]));
  return {
    status: version.status,
    sql: {
      lines: await sum("l.title"),
      units: await sum(`u.code`, `LEFT JOIN "OrgUnit" u ON u.id = l."unitId"`),
      sources: await sum(`b."fundSource"::text`),
      total: Object.values(await sum("'plan'"))[0],
    },
    rules: planTotals(lines),
    unitCode: (id: string | null) => (id ? code.get(id)! : "(lintas OPD)"),
  };
}

describe.each([
  { number: 0, name: "murni", lines: ORIGINAL_LINES, units: ORIGINAL_BY_UNIT, sources: ORIGINAL_BY_SOURCE, total: ORIGINAL_TOTAL },
  { number: 1, name: "perubahan ke-1", lines: REVISED_LINES, units: REVISED_BY_UNIT, sources: REVISED_BY_SOURCE, total: REVISED_TOTAL },
])("the demo plan 2026, version $number ($name)", ({ number, lines, units, sources, total }) => {
  it("is approved, and each line's total in SQL is the hand computation", async () => {
    const version = await versionOf(number);
    expect(version.status).toBe("APPROVED");
    expect(version.sql.lines).toEqual(lines);
  });

  it("sums per OPD, per source of funds and for the whole plan to the hand computation, in SQL and in planTotals", async () => {
    const { sql, rules, unitCode } = await versionOf(number);
    const nonZero = Object.fromEntries(Object.entries(sources).filter(([, v]) => v > 0));
    expect(sql.units).toEqual(units);
    expect(sql.sources).toEqual(nonZero);
    expect(sql.total).toBe(total);
    expect(Object.fromEntries([...rules.byUnit].map(([id, v]) => [unitCode(id), v]))).toEqual(units);
    expect(rules.byFundSource).toEqual(sources);
    expect(rules.total).toBe(total);
    expect(Object.values(lines).reduce((a, b) => a + b, 0)).toBe(total); // the hand figures agree with each other too
  });
});

describe("the rest of the demo plan", () => {
  it("has three OPDs' proposals (accepted, merged, declined with a reason), linked batches and realised budgets with a correction", async () => {
    const { rows: proposals } = await client.query<{ status: string; unit: string; reason: string | null; item: boolean }>(
      `SELECT pp.status, u.code AS unit, pp."decisionReason" AS reason, pp."itemId" IS NOT NULL AS item FROM "PlanProposal" pp JOIN "OrgUnit" u ON u.id = pp."unitId" ORDER BY pp.status`);
    expect(proposals.map((p) => [p.status, p.unit, p.item])).toEqual([["ACCEPTED", "DISKOMINFO", true], ["MERGED", "SATPOLPP", true], ["DECLINED", "KEC-TBL", false]]);
    expect(proposals.find((p) => p.status === "DECLINED")!.reason).toMatch(/pagu/);
    const { rows: [batches] } = await client.query<{ linked: number; unplanned: number }>(
      `SELECT count(*) FILTER (WHERE "planItemId" IS NOT NULL)::int AS linked, count(*) FILTER (WHERE "planItemId" IS NULL)::int AS unplanned
       FROM "Batch" WHERE "startDate" BETWEEN '2026-01-01' AND '2026-12-31'`);
    expect(batches!.linked).toBeGreaterThanOrEqual(2);
    expect(batches!.unplanned).toBeGreaterThanOrEqual(2);
    const { rows: [targets] } = await client.query<{ units: number; positions: number }>(
      `SELECT count("unitId")::int AS units, count("positionId")::int AS positions FROM "PlanLineTarget"`);
    expect(targets!.units).toBeGreaterThan(0);
    expect(targets!.positions).toBeGreaterThan(0);
    // Every line made from a need answers one that is on today's training-needs list (someone has a gap there).
    const { rows: needs } = await client.query<{ code: string; level: number; gaps: number }>(
      `SELECT DISTINCT c.code, l."needTargetLevel" AS level,
              (SELECT count(*)::int FROM competency_gaps(l."agencyId", current_date) g
                WHERE g.competency_id = l."needCompetencyId" AND g.required_level = l."needTargetLevel" AND g.gap > 0) AS gaps
         FROM "PlanLine" l JOIN "Competency" c ON c.id = l."needCompetencyId"`);
    expect(needs.length).toBeGreaterThanOrEqual(6);
    const { rows: all } = await client.query<{ need: string }>(
      `SELECT c.code || '/' || g.required_level || ':' || count(*) AS need FROM competency_gaps((SELECT id FROM "Agency" WHERE code = 'SMG'), current_date) g
         JOIN "Competency" c ON c.id = g.competency_id WHERE g.gap > 0 GROUP BY c.code, g.required_level ORDER BY 1`);
    expect(needs.filter((n) => n.gaps === 0).map((n) => `${n.code}/${n.level}`), all.map((r) => r.need).join(" ")).toEqual([]);
    const { rows: spending } = await client.query<{ amount: number }>(`SELECT amount FROM "BatchSpending"`);
    expect(spending.length).toBeGreaterThan(3);
    expect(spending.filter((s) => s.amount < 0)).toHaveLength(1);
  });
});
