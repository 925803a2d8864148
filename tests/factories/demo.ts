// Writes the demo agency: Pemerintah Kota Semarang with its units, competency catalog, position
// standards, about 330 ASN and an account for each (all with the demo password).
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { defaultStandard } from "@/lib/competency/rules";
import demoAccounts from "@/prisma/demo-accounts.json";
import { AGENCY } from "./data/org";
import { createCompetencyCatalog, passwordHash } from "./db";
import { planDemo, type FixedPerson } from "./demo-plan";
import { seedDemoCompetency } from "./demo-competency";

/** Technical competencies by OPD (first one essential); kecamatan also get government competencies. */
const TECHNICAL_BY_UNIT: Record<string, string[]> = {
  BKPP: ["T.08", "T.15"], SETDA: ["T.09", "T.13", "T.03"], SATPOLPP: ["T.06"], DISKOMINFO: ["T.04", "T.11", "T.10"],
  "DISKOMINFO-STAT": ["T.10", "T.04"], "DISKOMINFO-SANDI": ["T.11", "T.04"], DISHUB: ["T.01"], DISDUKCAPIL: ["T.07"],
  BPKAD: ["T.02", "T.16"], BAPPEDA: ["T.12", "T.14"], DINKES: ["T.14", "T.05"], DISDIK: ["T.14", "T.05"],
};
const KECAMATAN_TECHNICAL = ["T.07", "T.06"];
const GOVERNMENT_FOR_AREA = ["P.03", "P.05", "P.07"];
/** The demo standards as the Perwal that set them (a made-up number, in the form Semarang uses). */
const DEMO_STANDARD_BASIS = "Perwal Semarang No. 12 Tahun 2024 tentang Standar Kompetensi Jabatan";
const LEADERSHIP = new Set(["JPT_UTAMA", "JPT_MADYA", "JPT_PRATAMA", "ADMINISTRATOR", "PENGAWAS"]);

export const DEMO_PASSWORD = demoAccounts.password;

export async function seedDemo(db: PrismaClient) {
  const fixed = demoAccounts.accounts.flatMap((a) => ("person" in a && a.person ? [a.person as FixedPerson] : []));
  const plan = planDemo(fixed);

  const agency = await db.agency.create({ data: AGENCY });
  const agencyId = agency.id;
  await db.orgUnit.createMany({
    data: plan.units.map(({ topCode: _top, ...u }) => ({ ...u, agencyId })),
  });
  const competencyIds = await createCompetencyCatalog(db, agencyId);

  await db.position.createMany({
    data: plan.positions.map((p) => ({ id: p.id, agencyId, unitId: p.unitId, name: p.name, type: p.type })),
  });
  const unitKind = new Map(plan.units.map((u) => [u.id, u.kind]));
  const versionOf = new Map(plan.positions.map((p) => [p.id, randomUUID()]));
  await db.positionStandardVersion.createMany({
    data: plan.positions.map((p) => ({
      id: versionOf.get(p.id)!, agencyId, positionId: p.id, legalBasis: DEMO_STANDARD_BASIS, effectiveFrom: new Date("2024-01-01T00:00:00Z"),
    })),
  });
  await db.positionCompetency.createMany({
    data: plan.positions.flatMap((p) => {
      const area = unitKind.get(p.unitId) === "KECAMATAN" || unitKind.get(p.unitId) === "KELURAHAN";
      const technical = area ? KECAMATAN_TECHNICAL : TECHNICAL_BY_UNIT[p.unitCode] ?? TECHNICAL_BY_UNIT[p.topCode] ?? ["T.14"];
      const government = area && LEADERSHIP.has(p.type) ? GOVERNMENT_FOR_AREA : [];
      return defaultStandard(p.type, technical, government).map((line) => ({
        agencyId, positionId: p.id, versionId: versionOf.get(p.id)!, competencyId: competencyIds.get(line.code)!, requiredLevel: line.requiredLevel, importance: line.importance,
      }));
    }),
  });

  const date = (iso: string) => new Date(`${iso}T00:00:00Z`);
  await db.employee.createMany({
    data: plan.employees.map(({ slot: _slot, ...e }) => ({
      ...e, agencyId, birthDate: date(e.birthDate), serviceStartDate: date(e.serviceStartDate),
    })),
  });

  // Each unit's head position (decision 0024): the position of the one person there whose supervisor works
  // elsewhere (or who has none: the Sekda), as the plan hires a head for every unit.
  await db.$executeRaw`
    UPDATE "OrgUnit" u SET "headPositionId" = h."positionId"
    FROM (SELECT DISTINCT ON (e."unitId") e."unitId", e."positionId" FROM "Employee" e LEFT JOIN "Employee" s ON s.id = e."supervisorId"
          WHERE e."agencyId" = ${agencyId}::uuid AND (s.id IS NULL OR s."unitId" <> e."unitId") ORDER BY e."unitId", e.nip) h
    WHERE u.id = h."unitId"`;

  const hash = await passwordHash(DEMO_PASSWORD);
  const supervisors = new Set(plan.employees.map((e) => e.supervisorId).filter(Boolean));
  const userIds = new Map(plan.employees.map((e) => [e.id, randomUUID()]));
  const fullName = (e: (typeof plan.employees)[number]) => [e.frontTitle, e.name].filter(Boolean).join(" ") + (e.backTitle ? `, ${e.backTitle}` : "");
  await db.user.createMany({
    data: plan.employees.map((e) => ({ id: userIds.get(e.id)!, agencyId, employeeId: e.id, name: fullName(e), passwordHash: hash })),
  });
  await db.userRole.createMany({
    data: plan.employees.flatMap((e) => [
      { agencyId, userId: userIds.get(e.id)!, role: "ASN" as const },
      ...(supervisors.has(e.id) ? [{ agencyId, userId: userIds.get(e.id)!, role: "SUPERVISOR" as const }] : []),
    ]),
  });

  const byNip = new Map(plan.employees.map((e) => [e.nip, e]));
  for (const account of demoAccounts.accounts) {
    if (account.role === "ADMIN" || account.role === "PLAN_APPROVER") {
      // Accounts signed in with an e-mail; the admin also approves the plan, the Kepala BKPP only approves it.
      const roles = [account.role, ...(("alsoRoles" in account && account.alsoRoles) || [])] as ("ADMIN" | "PLAN_APPROVER")[];
      await db.user.create({
        data: { agencyId, email: account.login, name: account.name, passwordHash: hash, roles: { create: roles.map((role) => ({ role })) } },
      });
      continue;
    }
    const employee = byNip.get(account.login);
    if (!employee) throw new Error(`Demo account ${account.login} has no employee`);
    const userId = userIds.get(employee.id)!;
    if (account.role === "OPERATOR" && "operatorUnit" in account) {
      const unit = plan.units.find((u) => u.code === account.operatorUnit)!;
      await db.userRole.create({ data: { agencyId, userId, role: "OPERATOR", unitId: unit.id } });
    }
    if (account.role === "TRAINER") await db.userRole.create({ data: { agencyId, userId, role: "TRAINER" } });
  }
  await seedDemoCompetency(db, agencyId, plan, competencyIds);
  return { agencyId, employees: plan.employees.length, units: plan.units.length, positions: plan.positions.length };
}
