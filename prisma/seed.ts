// Demo data for `npm start` on an empty database (and for the end-to-end tests).
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../lib/generated/prisma/client";
import { seedDemo } from "../tests/factories/demo";
import { seedTraining } from "../tests/factories/demo-training";
import { seedDemoRequirements } from "../tests/factories/demo-competency";
import { seedComplianceExamples } from "../tests/factories/demo-compliance";
import { seedExternalTraining } from "../tests/factories/demo-external";
import { seedTrainingHistory } from "../tests/factories/demo-history";
import { seedReactionSet } from "../tests/factories/demo-reaction";
import { seedResults } from "../tests/factories/demo-results";
import { seedEvaluationDemo } from "../tests/factories/demo-evaluation";
import { seedImportRuns } from "../tests/factories/demo-import";
import { seedEmptyAgency } from "../tests/factories/demo-empty-agency";
import { seedDevelopmentPlan } from "../tests/factories/demo-dev-plan";
import { loadViewer } from "../lib/auth/load-viewer";

const url = process.env.DATABASE_URL;
if (!url) throw new Error("DATABASE_URL is not set");
const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });

try {
  const started = Date.now();
  const result = await db.$transaction(async (tx) => seedDemo(tx as unknown as PrismaClient), { timeout: 120_000 });
  await seedReactionSet(result.agencyId);
  await seedTraining(result.agencyId);
  await seedDemoRequirements(db, result.agencyId);
  await seedResults(result.agencyId);
  const adminUser = await db.user.findFirstOrThrow({ where: { agencyId: result.agencyId, email: { not: null } } });
  await seedExternalTraining(result.agencyId);
  const admin = (await loadViewer(adminUser.id))!;
  await seedComplianceExamples(result.agencyId, admin);
  await seedTrainingHistory(result.agencyId, admin);
  // After the history: it evaluates two of its finished batches.
  await seedEvaluationDemo(result.agencyId, admin);
  // After every batch of the year exists: the 2026 plan links some of them to its lines (issue 15).
  await seedDevelopmentPlan(result.agencyId);
  await seedImportRuns(admin);
  // A second agency with no people, where an ASN import starts from nothing (tests/e2e/asn-import.spec.ts).
  await seedEmptyAgency();
  // Statistics now, not when autovacuum comes by a minute later: until then the planner takes the freshly filled
  // tables for empty ones and plans the gap queries as nested loops that run for minutes (decision 0040).
  await db.$executeRawUnsafe("ANALYZE");
  const programs = await db.program.count();
  console.log(`[seed] ${result.units} unit, ${result.positions} jabatan, ${result.employees} ASN, ${programs} pelatihan dalam ${Date.now() - started} ms`);
} finally {
  await db.$disconnect();
  const shared = (globalThis as { bangkomPrisma?: PrismaClient }).bangkomPrisma;
  await shared?.$disconnect();
}
