// Demo competency results (issue 14): most demo ASN have recorded levels, so every competency page has something
// true to show. Structural leaders and a sample of others went through the assessment centre; a few took an uji
// kompetensi on their technical competencies; some pejabat had a 360° round; some staff were rated by their supervisor
// and a few rated themselves.
// About one in nine was never assessed, some results have expired (dated more than three years ago), and two were
// withdrawn with a reason. Sri Wahyuni (prisma/demo-accounts.json) is the worked example 1, exactly.
// Deterministic: the same people get the same levels on every run; dates count back from the day of seeding.
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { AssessmentSource, PositionType } from "@/lib/generated/prisma/enums";
import { calendarToday } from "@/lib/time";
import type { DemoPlan } from "./demo-plan";
import { seededRandom } from "./random";

export const EXAMPLE_ONE_NIP = "198104232006042003";
export const EXAMPLE_ONE_SUPERVISOR_NIP = "197911082005011002";
/** Worked example 1's standard: a version of its own for Sri's position, in force since 2025-01-01. */
export const EXAMPLE_ONE_STANDARD = [["M.01", 3, "MUTLAK"], ["M.02", 3, "PENTING"], ["M.04", 3, "PENTING"], ["SK.01", 3, "PENTING"]] as const;
const EXAMPLE_ONE_BASIS = "Keputusan Kepala Diskominfo Kota Semarang No. 800/112 Tahun 2024 tentang Standar Kompetensi Jabatan Analis Data Statistik";
const AC_PROVIDER = "UPT Penilaian Kompetensi BKN Kantor Regional I";
const MULTI_RATER_ASSESSOR = "Penilaian 360° (atasan, rekan kerja, bawahan)";
const UK_PROVIDER = "Lembaga Sertifikasi Profesi BKPP Kota Semarang";
const STRUCTURAL = new Set<PositionType>(["JPT_UTAMA", "JPT_MADYA", "JPT_PRATAMA", "ADMINISTRATOR", "PENGAWAS"]);
const DAY = 86_400_000;

type Row = {
  id: string; agencyId: string; employeeId: string; competencyId: string; level: number; assessedOn: Date; source: AssessmentSource;
  assessorName: string; assessorEmployeeId: string | null; documentNumber: string | null; recordedById: string | null;
  withdrawnAt?: Date; withdrawnById?: string; withdrawnReason?: string;
};

export async function seedDemoCompetency(db: PrismaClient, agencyId: string, plan: DemoPlan, competencyIds: Map<string, string>) {
  const random = seededRandom(20261205);
  const today = calendarToday();
  const daysAgo = (n: number) => new Date(today.getTime() - n * DAY);
  const date = (iso: string) => new Date(`${iso}T00:00:00Z`);
  const users = new Map((await db.user.findMany({ where: { agencyId }, select: { id: true, employeeId: true, email: true } })).map((u) => [u.employeeId ?? u.email!, u.id]));
  const adminId = [...users].find(([key]) => key.includes("@"))?.[1] ?? null;
  const standardRows = await db.positionCompetency.findMany({ where: { agencyId }, select: { positionId: true, competencyId: true, requiredLevel: true, competency: { select: { code: true, kind: true } } } });
  const standardOf = new Map<string, typeof standardRows>();
  for (const row of standardRows) standardOf.set(row.positionId, [...(standardOf.get(row.positionId) ?? []), row]);
  const typeOf = new Map(plan.positions.map((p) => [p.id, p.type]));
  const byId = new Map(plan.employees.map((e) => [e.id, e]));
  const nameOf = (id: string) => { const e = byId.get(id)!; return [e.frontTitle, e.name].filter(Boolean).join(" ") + (e.backTitle ? `, ${e.backTitle}` : ""); };

  const rows: Row[] = [];
  const add = (r: Omit<Row, "id" | "agencyId">) => rows.push({ id: randomUUID(), agencyId, ...r });
  /** Mostly at the required level or one below; now and then one above. */
  const levelFor = (required: number) => Math.min(5, Math.max(1, required + (random.chance(0.5) ? 0 : random.chance(0.75) ? -1 : 1)));
  let acNumber = 100;

  for (const e of plan.employees) {
    if (e.nip === EXAMPLE_ONE_NIP) continue;
    const standard = standardOf.get(e.positionId) ?? [];
    const structural = STRUCTURAL.has(typeOf.get(e.positionId)!);
    if (!standard.length || (!structural && random.chance(0.12))) continue; // never assessed
    const generic = standard.filter((l) => l.competency.kind === "MANAGERIAL" || l.competency.kind === "SOCIOCULTURAL");
    const technical = standard.filter((l) => l.competency.kind === "TECHNICAL");
    let assessed = false;
    if (structural || random.chance(0.3)) {
      // An assessment-centre report covers the managerial and socio-cultural lines; some are older than three years.
      const on = random.chance(0.12) ? daysAgo(random.int(3 * 366, 4 * 365 + 200)) : daysAgo(random.int(40, 3 * 365 - 30));
      const doc = `AC/${on.getUTCFullYear()}/${String(acNumber++).padStart(4, "0")}`;
      for (const l of generic) add({ employeeId: e.id, competencyId: l.competencyId, level: levelFor(l.requiredLevel), assessedOn: on, source: "ASSESSMENT_CENTRE", assessorName: AC_PROVIDER, assessorEmployeeId: null, documentNumber: doc, recordedById: adminId });
      assessed = true;
    }
    if (technical.length && random.chance(0.12)) {
      const on = daysAgo(random.int(60, 900));
      for (const l of technical.slice(0, 2)) add({ employeeId: e.id, competencyId: l.competencyId, level: levelFor(l.requiredLevel), assessedOn: on, source: "UJI_KOMPETENSI", assessorName: UK_PROVIDER, assessorEmployeeId: null, documentNumber: `UK/${on.getUTCFullYear()}/${random.int(100, 999)}`, recordedById: adminId });
      assessed = true;
    }
    if (!structural && e.supervisorId && (!assessed || random.chance(0.25)) && random.chance(0.7)) {
      const on = daysAgo(random.int(10, 330));
      for (const l of [...generic, ...technical].filter(() => random.chance(0.7))) {
        add({ employeeId: e.id, competencyId: l.competencyId, level: levelFor(l.requiredLevel), assessedOn: on, source: "SUPERVISOR", assessorName: nameOf(e.supervisorId), assessorEmployeeId: e.supervisorId, documentNumber: null, recordedById: users.get(e.supervisorId) ?? null });
      }
      assessed = true;
    }
    if (random.chance(assessed ? 0.08 : 0.3)) {
      const on = daysAgo(random.int(5, 200));
      for (const l of generic.slice(0, 4)) add({ employeeId: e.id, competencyId: l.competencyId, level: Math.min(5, l.requiredLevel + (random.chance(0.6) ? 0 : 1)), assessedOn: on, source: "SELF", assessorName: nameOf(e.id), assessorEmployeeId: e.id, documentNumber: null, recordedById: users.get(e.id) ?? null });
    }
  }

  // Two results withdrawn with a reason (a wrong person's sheet, a typo in the level), each followed by the right one.
  const reasons = ["Lembar hasil milik peserta lain (salah NIP pada unggahan)", "Salah ketik level: tertulis 4, laporan asesor menyebut 2"];
  const withdrawable = rows.filter((r) => r.source === "ASSESSMENT_CENTRE");
  for (const [i, reason] of reasons.entries()) {
    const wrong = withdrawable[Math.floor(((i + 1) * withdrawable.length) / 3)]!;
    const { id: _id, agencyId: _agency, ...same } = wrong;
    add({ ...same, level: Math.min(5, wrong.level + 1), withdrawnAt: new Date(wrong.assessedOn.getTime() + 14 * DAY), withdrawnById: adminId ?? undefined, withdrawnReason: reason });
  }

  // A 360° round for every fifth pejabat with a valid assessment-centre report: the same levels, so the report
  // (more trusted) still decides and every other figure of the demo stays as it was.
  const validReports = rows.filter((r) => r.source === "ASSESSMENT_CENTRE" && !r.withdrawnAt && r.assessedOn > daysAgo(3 * 365 - 30));
  const ratedOn = daysAgo(100);
  const rated = new Set([...new Set(validReports.map((r) => r.employeeId))].filter((_, i) => i % 5 === 0));
  for (const r of validReports.filter((x) => rated.has(x.employeeId))) {
    add({ employeeId: r.employeeId, competencyId: r.competencyId, level: r.level, assessedOn: ratedOn, source: "MULTI_RATER", assessorName: MULTI_RATER_ASSESSOR, assessorEmployeeId: null, documentNumber: null, recordedById: adminId });
  }

  await addExampleOne();
  await db.competencyAssessment.createMany({ data: rows });
  await seedCareerTargets();
  return { results: rows.length };

  async function addExampleOne() {
    const sri = plan.employees.find((e) => e.nip === EXAMPLE_ONE_NIP);
    if (!sri) return;
    const versionId = randomUUID();
    await db.positionStandardVersion.create({ data: { id: versionId, agencyId, positionId: sri.positionId, legalBasis: EXAMPLE_ONE_BASIS, effectiveFrom: date("2025-01-01") } });
    await db.positionCompetency.createMany({
      data: EXAMPLE_ONE_STANDARD.map(([code, requiredLevel, importance]) => ({ agencyId, positionId: sri.positionId, versionId, competencyId: competencyIds.get(code)!, requiredLevel, importance })),
    });
    const ac = (code: string, level: number) => add({ employeeId: sri.id, competencyId: competencyIds.get(code)!, level, assessedOn: date("2024-05-02"), source: "ASSESSMENT_CENTRE", assessorName: AC_PROVIDER, assessorEmployeeId: null, documentNumber: "AC/2024/0512", recordedById: adminId });
    ac("M.01", 3); ac("M.02", 2); ac("M.04", 2);
    add({ employeeId: sri.id, competencyId: competencyIds.get("M.04")!, level: 3, assessedOn: date("2025-11-01"), source: "SUPERVISOR", assessorName: nameOf(sri.supervisorId!), assessorEmployeeId: sri.supervisorId, documentNumber: null, recordedById: users.get(sri.supervisorId!) ?? null });
  }

  /** A few ASN chose the position one step up their own chain (their supervisor's) as their career target. */
  async function seedCareerTargets() {
    const picked = plan.employees.filter((e) => e.supervisorId && e.nip !== EXAMPLE_ONE_NIP && random.chance(0.03)).slice(0, 8);
    await db.careerTarget.createMany({ data: picked.map((e) => ({ agencyId, employeeId: e.id, positionId: byId.get(e.supervisorId!)!.positionId, chosenAt: daysAgo(random.int(5, 120)) })) });
  }
}

/**
 * The training requirements of the demo standards, once the catalog exists: PKA for every Administrator and PKP for
 * every Pengawas (Mutlak), so the profile can say who has not yet taken the leadership training their post requires.
 */
export async function seedDemoRequirements(db: PrismaClient, agencyId: string) {
  const programs = await db.program.findMany({ where: { agencyId, title: { in: ["Pelatihan Kepemimpinan Administrator (PKA)", "Pelatihan Kepemimpinan Pengawas (PKP)"] } }, select: { id: true, title: true } });
  const pka = programs.find((p) => p.title.includes("(PKA)"));
  const pkp = programs.find((p) => p.title.includes("(PKP)"));
  const versions = await db.positionStandardVersion.findMany({ where: { agencyId, position: { type: { in: ["ADMINISTRATOR", "PENGAWAS"] } } }, select: { id: true, position: { select: { type: true } } } });
  await db.positionRequirement.createMany({
    data: versions.flatMap((v) => {
      const program = v.position.type === "ADMINISTRATOR" ? pka : pkp;
      return program ? [{ agencyId, versionId: v.id, kind: "TRAINING" as const, description: program.title, importance: "MUTLAK" as const, programId: program.id }] : [];
    }),
  });
}
