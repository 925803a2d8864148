// A small competency world for the SQL-versus-rules test (tests/integration/competency-sql.test.ts): the test world
// of tests/integration/world.ts plus four competencies, versioned position standards, and assessment results built
// for each edge of the rules (decision 0028), plus a few people with seeded random results.
import { db } from "@/lib/db";
import type { AssessmentSource, Importance } from "@/lib/generated/prisma/enums";
import { SOURCE_TRUST } from "@/lib/competency/rules";
import { createEmployee } from "../factories/db";
import { seededRandom } from "../factories/random";
import { buildWorld } from "./world";

export const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
export const CODES = ["M.01", "M.02", "M.04", "SK.01"] as const;
type Code = (typeof CODES)[number];

export async function buildCompetencyWorld() {
  const w = await buildWorld();
  const agencyId = w.agencyA.id;
  const comp = {} as Record<Code, string>;
  for (const code of CODES) {
    const c = await db.competency.create({ data: { agencyId, code, name: `Kompetensi ${code}`, kind: code === "SK.01" ? "SOCIOCULTURAL" : "MANAGERIAL", description: "" } });
    comp[code] = c.id;
  }

  async function standard(positionId: string, effectiveFrom: string, lines: [Code, number, Importance?][]) {
    const version = await db.positionStandardVersion.create({ data: { agencyId, positionId, legalBasis: `Perwal Uji ${effectiveFrom}`, effectiveFrom: day(effectiveFrom) } });
    await db.positionCompetency.createMany({
      data: lines.map(([code, requiredLevel, importance]) => ({ agencyId, positionId, versionId: version.id, competencyId: comp[code], requiredLevel, importance: importance ?? "PENTING" })),
    });
    return version;
  }

  type ResultSpec = { level: number; on: string; source: AssessmentSource; recordedAt?: Date; id?: string };
  async function result(employeeId: string, code: Code, spec: ResultSpec) {
    return db.competencyAssessment.create({
      data: {
        id: spec.id, agencyId, employeeId, competencyId: comp[code], level: spec.level, assessedOn: day(spec.on), source: spec.source,
        assessorName: spec.source === "SELF" ? "Diri sendiri" : "Penilai Uji", assessorEmployeeId: spec.source === "SELF" ? employeeId : null,
        recordedAt: spec.recordedAt ?? new Date(`${spec.on}T10:00:00Z`),
      },
    });
  }
  const withdraw = (id: string) =>
    db.competencyAssessment.update({ where: { id }, data: { withdrawnAt: new Date("2025-09-10T03:00:00Z"), withdrawnById: w.users.admin.id, withdrawnReason: "Salah input" } });

  const person = (name: string, extra: { serviceEndDate?: Date } = {}) =>
    createEmployee(db, { agencyId, unitId: w.units.bidangX1.id, name, serviceStartDate: day("2015-01-02"), ...extra });
  const FULL: [Code, number][] = [["M.01", 3], ["M.02", 3], ["M.04", 3], ["SK.01", 3]];

  // Worked example 1; the standard of this position changes on 2026-01-10.
  const example = await person("Contoh Satu");
  await standard(example.positionId, "2024-01-01", FULL);
  const v2026 = await standard(example.positionId, "2026-01-10", [["M.01", 4, "MUTLAK"], ["M.02", 3], ["M.04", 2, "PERLU"]]);
  for (const [code, level] of [["M.01", 3], ["M.02", 2], ["M.04", 2]] as const) await result(example.id, code, { level, on: "2024-05-02", source: "ASSESSMENT_CENTRE" });
  await result(example.id, "M.04", { level: 3, on: "2025-11-01", source: "SUPERVISOR" });

  // An assessment-centre result expiring on 2026-03-15, with a self-rating under it; a 29 February self-rating.
  const expiring = await person("Kedaluwarsa");
  await standard(expiring.positionId, "2024-01-01", FULL);
  await result(expiring.id, "M.01", { level: 4, on: "2023-03-15", source: "ASSESSMENT_CENTRE" });
  await result(expiring.id, "M.01", { level: 2, on: "2025-12-01", source: "SELF" });
  await result(expiring.id, "M.02", { level: 3, on: "2024-02-29", source: "SELF" });

  // Two supervisor ratings on one day: the later recorded one was inserted first (so it has the smaller id).
  const tie = await person("Seri");
  await standard(tie.positionId, "2024-01-01", FULL);
  const laterRecorded = await result(tie.id, "M.02", { level: 4, on: "2025-09-01", source: "SUPERVISOR", recordedAt: new Date("2025-09-01T09:30:00Z") });
  const earlierRecorded = await result(tie.id, "M.02", { level: 2, on: "2025-09-01", source: "SUPERVISOR", recordedAt: new Date("2025-09-01T08:00:00Z") });
  // The same day and the same recording time: the larger id wins.
  const at = new Date("2025-09-01T08:00:00Z");
  await result(tie.id, "M.04", { level: 1, on: "2025-09-01", source: "SUPERVISOR", recordedAt: at, id: "0190a000-0000-7000-8000-00000000000a" });
  const largerId = await result(tie.id, "M.04", { level: 5, on: "2025-09-01", source: "SUPERVISOR", recordedAt: at, id: "0190a000-0000-7000-8000-00000000000b" });
  // A supervisor rating of 2024-06-01: valid until 2025-06-01 by default, until 2026-06-01 with two years.
  await result(tie.id, "M.01", { level: 3, on: "2024-06-01", source: "SUPERVISOR" });

  // A withdrawn assessment-centre result: the earlier one of the same source counts.
  const withdrawn = await person("Ditarik");
  await standard(withdrawn.positionId, "2024-01-01", FULL);
  const wrong = await result(withdrawn.id, "M.04", { level: 5, on: "2025-09-01", source: "ASSESSMENT_CENTRE" });
  const earlier = await result(withdrawn.id, "M.04", { level: 2, on: "2025-03-01", source: "ASSESSMENT_CENTRE" });
  await withdraw(wrong.id);

  // Moved on 2026-01-01 from a position requiring M.01 2 to one requiring M.01 4.
  const moved = await person("Pindah");
  const before = await db.position.create({ data: { agencyId, unitId: w.units.dinasY.id, name: "Pengawas Lama", type: "PENGAWAS" } });
  await standard(before.id, "2024-01-01", [["M.01", 2]]);
  await standard(moved.positionId, "2024-01-01", [["M.01", 4], ["M.02", 2]]);
  // Its first record (written by the database with the employee) becomes the earlier position, closed on 2025-12-31.
  await db.employeeAssignment.updateMany({
    where: { employeeId: moved.id }, data: { unitId: w.units.dinasY.id, positionId: before.id, startDate: day("2020-01-01"), endDate: day("2025-12-31") },
  });
  await db.employeeAssignment.create({
    data: { agencyId, employeeId: moved.id, unitId: w.units.bidangX1.id, positionId: moved.positionId, startDate: day("2026-01-01"), source: "MANUAL" },
  });
  await result(moved.id, "M.01", { level: 3, on: "2025-06-01", source: "UJI_KOMPETENSI" });

  // In service until (and including) 2026-01-31.
  const ended = await person("Pensiun", { serviceEndDate: day("2026-01-31") });
  await standard(ended.positionId, "2024-01-01", FULL);
  await result(ended.id, "M.01", { level: 2, on: "2025-05-05", source: "MULTI_RATER" });

  // A few people with seeded random results: every source, same-day pairs, some withdrawn.
  const random = seededRandom(14);
  const crowd = [];
  for (let i = 0; i < 6; i++) {
    const p = await person(`Acak ${i}`);
    await standard(p.positionId, "2024-01-01", FULL);
    if (i % 2 === 0) await standard(p.positionId, "2025-10-01", [["M.01", 4], ["M.02", 2], ["SK.01", 1]]);
    for (let k = 0; k < 24; k++) {
      const on = `202${random.int(2, 5)}-${String(random.int(1, 12)).padStart(2, "0")}-${String(random.int(1, 28)).padStart(2, "0")}`;
      const code = random.pick(CODES);
      const source = random.pick(SOURCE_TRUST);
      const made = await result(p.id, code, { level: random.int(1, 5), on, source, recordedAt: new Date(`${on}T0${random.int(1, 9)}:00:00Z`) });
      if (random.chance(0.3)) await result(p.id, code, { level: random.int(1, 5), on, source, recordedAt: new Date(`${on}T0${random.int(1, 9)}:30:00Z`) });
      if (random.chance(0.1)) await withdraw(made.id);
    }
    crowd.push(p);
  }

  return {
    ...w, agencyId, comp, v2026, before, crowd,
    people: { ...w.people, example, expiring, tie, withdrawn, moved, ended },
    results: { laterRecorded, earlierRecorded, largerId, wrong, earlier },
  };
}

export type CompetencyWorld = Awaited<ReturnType<typeof buildCompetencyWorld>>;
