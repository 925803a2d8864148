// The SQL functions of the competency migration (competency_current_levels, position_standard_on, competency_gaps)
// must say what lib/competency/rules.ts says (decision 0028): on a small world built for each edge (an expiry day, a
// same-day tie, a withdrawn result, a standard changing on the day, an employee moved between positions, one whose
// service ended) plus seeded random results, under the default and under custom validity settings, both ways, row
// for row. And the append-only trigger of CompetencyAssessment: a result is only ever withdrawn, once.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { currentLevels, gapsAgainst, versionInForce, type RecordedResult } from "@/lib/competency/rules";
import { loadCompetencySettings } from "@/lib/competency/settings";
import { buildCompetencyWorld, day, type CompetencyWorld } from "./competency-world";

let w: CompetencyWorld;
beforeAll(async () => {
  w = await buildCompetencyWorld();
}, 120_000);

const iso = (d: Date) => d.toISOString().slice(0, 10);
function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}
const DATES = [
  "2024-02-28", "2024-06-01", "2025-02-27", "2025-02-28", "2025-05-31", "2025-06-01", "2025-08-31", "2025-09-01", "2025-09-30",
  "2025-12-31", "2026-01-01", "2026-01-09", "2026-01-10", "2026-01-31", "2026-02-01", "2026-03-14", "2026-03-15", "2026-06-01",
];

// ---- the SQL side ----
type LevelRow = { employee: string; competency: string; level: number; source: string; result: string; assessedOn: string };
async function sqlLevels(on: string): Promise<LevelRow[]> {
  return db.$queryRawUnsafe<LevelRow[]>(
    `SELECT employee_id::text AS employee, competency_id::text AS competency, level, source::text AS source, assessment_id::text AS result, assessed_on::text AS "assessedOn"
       FROM competency_current_levels($1::uuid, $2::date)`, w.agencyId, on);
}
type StandardRow = { position: string; version: string; competency: string; required: number; importance: string };
async function sqlStandards(on: string): Promise<StandardRow[]> {
  return db.$queryRawUnsafe<StandardRow[]>(
    `SELECT position_id::text AS position, version_id::text AS version, competency_id::text AS competency, required_level AS required, importance::text AS importance
       FROM position_standard_on($1::uuid, $2::date)`, w.agencyId, on);
}
type GapRow = { employee: string; unit: string; position: string; competency: string; required: number; importance: string; current: number | null; source: string | null; gap: number | null; surplus: number | null };
async function sqlGaps(on: string): Promise<GapRow[]> {
  return db.$queryRawUnsafe<GapRow[]>(
    `SELECT employee_id::text AS employee, unit_id::text AS unit, position_id::text AS position, competency_id::text AS competency, required_level AS required,
            importance::text AS importance, current_level AS current, source::text AS source, gap, surplus
       FROM competency_gaps($1::uuid, $2::date)`, w.agencyId, on);
}

// ---- the same from the rules, over the rows as stored ----
async function tsLevels(on: string): Promise<LevelRow[]> {
  const { validity } = await loadCompetencySettings(w.agencyId);
  const results = await db.competencyAssessment.findMany({ where: { agencyId: w.agencyId } });
  const byEmployee = groupBy(results, (r) => r.employeeId);
  return [...byEmployee].flatMap(([employee, rows]) =>
    [...currentLevels(rows as RecordedResult[], day(on), validity)].map(([competency, c]) => ({
      employee, competency, level: c.level, source: c.source, result: c.resultId, assessedOn: iso(c.assessedOn),
    })));
}
async function tsStandards(on: string): Promise<StandardRow[]> {
  const versions = await db.positionStandardVersion.findMany({ where: { agencyId: w.agencyId }, include: { lines: true } });
  return [...groupBy(versions, (v) => v.positionId)].flatMap(([position, list]) => {
    const v = versionInForce(list, day(on));
    return (v?.lines ?? []).map((l) => ({ position, version: v!.id, competency: l.competencyId, required: l.requiredLevel, importance: l.importance }));
  });
}
async function tsGaps(on: string): Promise<GapRow[]> {
  const D = day(on).getTime();
  const [levels, standards, employees] = await Promise.all([
    tsLevels(on), tsStandards(on),
    db.employee.findMany({ where: { agencyId: w.agencyId }, include: { assignments: true } }),
  ]);
  const rows: GapRow[] = [];
  for (const e of employees) {
    // In service on D: from its start to its end date, both included.
    if (e.serviceStartDate.getTime() > D || (e.serviceEndDate && e.serviceEndDate.getTime() < D)) continue;
    const held = e.assignments
      .filter((a) => a.startDate.getTime() <= D && (!a.endDate || a.endDate.getTime() >= D))
      .sort((a, b) => b.startDate.getTime() - a.startDate.getTime())[0];
    const position = held?.positionId ?? e.positionId;
    const unit = held?.unitId ?? e.unitId;
    const mine = new Map(levels.filter((l) => l.employee === e.id).map((l) => [l.competency, {
      level: l.level, source: l.source as RecordedResult["source"], resultId: l.result, assessedOn: day(l.assessedOn), validUntil: day(l.assessedOn),
    }]));
    const lines = standards.filter((s) => s.position === position)
      .map((s) => ({ competencyId: s.competency, code: s.competency, requiredLevel: s.required, importance: s.importance as "PENTING" }));
    for (const g of gapsAgainst(lines, mine)) {
      rows.push({
        employee: e.id, unit, position, competency: g.competencyId, required: g.requiredLevel, importance: g.importance,
        current: g.current?.level ?? null, source: g.current?.source ?? null, gap: g.gap, surplus: g.surplus,
      });
    }
  }
  return rows;
}

const sorted = <T>(rows: T[]) => rows.map((r) => JSON.stringify(r)).sort();
async function expectAgreement(on: string) {
  const [sl, tl, ss, ts, sg, tg] = await Promise.all([sqlLevels(on), tsLevels(on), sqlStandards(on), tsStandards(on), sqlGaps(on), tsGaps(on)]);
  expect(sorted(sl), `current levels on ${on}`).toEqual(sorted(tl));
  expect(sorted(ss), `standards on ${on}`).toEqual(sorted(ts));
  expect(sorted(sg), `gaps on ${on}`).toEqual(sorted(tg));
  return { levels: sl, gaps: sg };
}

const levelOf = (rows: LevelRow[], employee: { id: string }, code: keyof CompetencyWorld["comp"]) =>
  rows.find((r) => r.employee === employee.id && r.competency === w.comp[code]);
const gapsOf = (rows: GapRow[], employee: { id: string }) => rows.filter((r) => r.employee === employee.id);

describe("the SQL functions agree with the rules", () => {
  it("on every date of the list, row for row, under the default validity", async () => {
    let compared = 0;
    for (const on of DATES) {
      const { levels, gaps } = await expectAgreement(on);
      compared += levels.length + gaps.length;
    }
    expect(compared).toBeGreaterThan(300);
  }, 120_000);

  it("worked example 1 on 2026-01-09: the assessment centre's 3, 2, 2; SK.01 not assessed, never 0", async () => {
    const { gaps } = await expectAgreement("2026-01-09");
    const mine = gapsOf(gaps, w.people.example);
    const byCode = (code: keyof CompetencyWorld["comp"]) => mine.find((g) => g.competency === w.comp[code]);
    expect(mine).toHaveLength(4);
    expect(byCode("M.01")).toMatchObject({ current: 3, gap: 0, source: "ASSESSMENT_CENTRE" });
    expect(byCode("M.02")).toMatchObject({ current: 2, gap: 1 });
    expect(byCode("M.04")).toMatchObject({ current: 2, gap: 1, source: "ASSESSMENT_CENTRE" });
    expect(byCode("SK.01")).toMatchObject({ current: null, gap: null, surplus: null, source: null });
  });

  it("uses the standard version that takes effect on the day itself, and the old one the day before", async () => {
    const before = gapsOf((await expectAgreement("2026-01-09")).gaps, w.people.example);
    const on = gapsOf((await expectAgreement("2026-01-10")).gaps, w.people.example);
    expect(before.find((g) => g.competency === w.comp["M.01"])?.required).toBe(3);
    expect(on).toHaveLength(3);
    expect(on.find((g) => g.competency === w.comp["M.01"])).toMatchObject({ required: 4, importance: "MUTLAK", gap: 1 });
    expect(on.find((g) => g.competency === w.comp["M.04"])).toMatchObject({ required: 2, current: 2, gap: 0, surplus: 0 });
  });

  it("drops a result on its expiry day (valid the day before) and falls back to the next source", async () => {
    expect(levelOf((await expectAgreement("2026-03-14")).levels, w.people.expiring, "M.01")).toMatchObject({ level: 4, source: "ASSESSMENT_CENTRE" });
    expect(levelOf((await expectAgreement("2026-03-15")).levels, w.people.expiring, "M.01")).toMatchObject({ level: 2, source: "SELF" });
  });

  it("lets a 29 February result lapse on 28 February of the next year", async () => {
    expect(levelOf((await expectAgreement("2025-02-27")).levels, w.people.expiring, "M.02")?.level).toBe(3);
    expect(levelOf((await expectAgreement("2025-02-28")).levels, w.people.expiring, "M.02")).toBeUndefined();
  });

  it("takes the later recorded of two same-day results, and the larger id when they were recorded at once", async () => {
    const { levels } = await expectAgreement("2025-09-30");
    expect(levelOf(levels, w.people.tie, "M.02")).toMatchObject({ level: 4, result: w.results.laterRecorded.id });
    expect(w.results.laterRecorded.id < w.results.earlierRecorded.id).toBe(true); // the id alone would pick the other
    expect(levelOf(levels, w.people.tie, "M.04")).toMatchObject({ level: 5, result: w.results.largerId.id });
  });

  it("never counts a withdrawn result, even before its withdrawal: the earlier one counts", async () => {
    const { levels } = await expectAgreement("2025-09-01");
    expect(levelOf(levels, w.people.withdrawn, "M.04")).toMatchObject({ level: 2, result: w.results.earlier.id });
  });

  it("measures a moved employee against the position held on the day", async () => {
    const before = gapsOf((await expectAgreement("2025-12-31")).gaps, w.people.moved);
    const after = gapsOf((await expectAgreement("2026-01-01")).gaps, w.people.moved);
    expect(before.map((g) => [g.position, g.unit, g.required, g.current, g.gap, g.surplus])).toEqual([[w.before.id, w.units.dinasY.id, 2, 3, 0, 1]]);
    expect(after.map((g) => [g.position, g.required, g.current, g.gap])).toEqual(
      expect.arrayContaining([[w.people.moved.positionId, 4, 3, 1], [w.people.moved.positionId, 2, null, null]]));
  });

  it("counts an employee on the last day of service and not after", async () => {
    expect(gapsOf((await expectAgreement("2026-01-31")).gaps, w.people.ended)).toHaveLength(4);
    expect(gapsOf((await expectAgreement("2026-02-01")).gaps, w.people.ended)).toEqual([]);
  });

  it("follows the agency's own validity years, on every date", async () => {
    const supervisorOn = async (on: string) => levelOf((await sqlLevels(on)), w.people.tie, "M.01");
    const centreOn = async (on: string) => levelOf((await sqlLevels(on)), w.people.expiring, "M.01");
    expect(await supervisorOn("2025-06-01")).toBeUndefined(); // one year by default
    expect(await centreOn("2025-06-01")).toMatchObject({ level: 4, source: "ASSESSMENT_CENTRE" }); // three years by default
    await db.competencySettings.create({ data: { agencyId: w.agencyId, validitySupervisor: 2, validityAssessmentCentre: 2, validitySelf: 3, validityMultiRater: 4, validityUjiKompetensi: 5 } });
    try {
      expect(await supervisorOn("2025-06-01")).toMatchObject({ level: 3, source: "SUPERVISOR" });
      expect(await centreOn("2025-06-01")).toBeUndefined(); // 2023-03-15 + two years
      expect(await centreOn("2025-03-14")).toMatchObject({ level: 4 });
      for (const on of DATES) await expectAgreement(on);
    } finally {
      await db.competencySettings.delete({ where: { agencyId: w.agencyId } });
    }
  }, 120_000);
});

describe("CompetencyAssessment is append-only", () => {
  const refused = (sql: string, ...values: unknown[]) => db.$executeRawUnsafe(sql, ...values).then(() => null, (e: Error) => e.message);

  it("refuses changing a level and deleting; allows one withdrawal with a reason, and no second", async () => {
    const r = await db.competencyAssessment.create({
      data: { agencyId: w.agencyId, employeeId: w.people.staff2.id, competencyId: w.comp["M.02"], level: 3, assessedOn: day("2025-04-04"), source: "ASSESSMENT_CENTRE", assessorName: "UPT Asesmen" },
    });
    expect(await refused(`UPDATE "CompetencyAssessment" SET level = 4 WHERE id = $1::uuid`, r.id)).toMatch(/append-only/);
    expect(await refused(`DELETE FROM "CompetencyAssessment" WHERE id = $1::uuid`, r.id)).toMatch(/append-only/);
    expect(await refused(`UPDATE "CompetencyAssessment" SET "withdrawnAt" = now(), "withdrawnById" = $2::uuid, "withdrawnReason" = 'Salah', level = 1 WHERE id = $1::uuid`, r.id, w.users.admin.id)).toMatch(/append-only/);
    expect(await refused(`UPDATE "CompetencyAssessment" SET "withdrawnAt" = now(), "withdrawnById" = $2::uuid WHERE id = $1::uuid`, r.id, w.users.admin.id)).toMatch(/withdrawal_explained/);
    expect(await refused(`UPDATE "CompetencyAssessment" SET "withdrawnAt" = now(), "withdrawnById" = $2::uuid, "withdrawnReason" = 'Nomor dokumen keliru' WHERE id = $1::uuid`, r.id, w.users.admin.id)).toBeNull();
    expect(await refused(`UPDATE "CompetencyAssessment" SET "withdrawnReason" = 'Alasan lain' WHERE id = $1::uuid`, r.id)).toMatch(/only be withdrawn, once/);
    expect(await refused(`UPDATE "CompetencyAssessment" SET "withdrawnAt" = now() WHERE id = $1::uuid`, r.id)).toMatch(/only be withdrawn, once/);
    expect(await refused(`TRUNCATE "CompetencyAssessment"`)).not.toBeNull();
    const row = await db.competencyAssessment.findUniqueOrThrow({ where: { id: r.id } });
    expect(row).toMatchObject({ level: 3, withdrawnReason: "Nomor dokumen keliru", withdrawnById: w.users.admin.id });
  });
});
