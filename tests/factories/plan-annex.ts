// Builders for a development plan in tests (the plan documents' test, decision 0038). They take the client as a
// parameter (no lib/db import) and write rows as the plan's commands would: lines only into a draft version, then
// the version moved DRAFT → SUBMITTED → APPROVED by plain SQL updates, in the order the database trigger allows.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { FundSource, PlanProvider, PositionType, RouteCode } from "@/lib/generated/prisma/enums";

type Client = PrismaClient;

export type TestBudgetItem = { item: string; volume: number; unit: string; unitPrice: number; fundSource: FundSource; accountCode?: string };
export type TestLine = {
  title: string;
  unitId: string | null;
  routeCode: RouteCode;
  budget: TestBudgetItem[];
  competencyId?: string | null;
  targetLevel?: number | null;
  targetPeople?: number;
  targetPositionTypes?: PositionType[];
  targetUnitIds?: string[];
  targetPositionIds?: string[];
  provider?: PlanProvider;
  providerName?: string;
  plannedMonth?: number;
  jpPerParticipant?: number;
  curriculumFit?: string;
  /** The item of an earlier version's line (a revision keeps it). */
  itemId?: string;
};

export async function createPlan(db: Client, agencyId: string, year: number) {
  return db.developmentPlan.create({ data: { agencyId, year } });
}

/** A draft version `number` of the plan with the given lines, in order. */
export async function createDraftVersion(db: Client, plan: { id: string; agencyId: string }, number: number, lines: TestLine[], reason = "") {
  const { agencyId, id: planId } = plan;
  const version = await db.planVersion.create({ data: { agencyId, planId, number, reason } });
  const written = [];
  for (const [i, line] of lines.entries()) {
    const itemId = line.itemId ?? (await db.planItem.create({ data: { agencyId, planId } })).id;
    const row = await db.planLine.create({
      data: {
        agencyId, planId, versionId: version.id, itemId, position: i + 1,
        title: line.title, unitId: line.unitId, routeCode: line.routeCode,
        competencyId: line.competencyId ?? null, targetLevel: line.targetLevel ?? null,
        targetPeople: line.targetPeople ?? 30, targetPositionTypes: line.targetPositionTypes ?? [],
        provider: line.provider ?? "INTERNAL", providerName: line.providerName ?? "",
        plannedMonth: line.plannedMonth ?? 3, jpPerParticipant: line.jpPerParticipant ?? 24, curriculumFit: line.curriculumFit ?? "",
      },
    });
    const targets = [...(line.targetUnitIds ?? []).map((unitId) => ({ unitId })), ...(line.targetPositionIds ?? []).map((positionId) => ({ positionId }))];
    if (targets.length) await db.planLineTarget.createMany({ data: targets.map((t) => ({ ...t, agencyId, lineId: row.id })) });
    if (line.budget.length) {
      await db.planBudgetItem.createMany({
        data: line.budget.map((b, p) => ({ ...b, accountCode: b.accountCode ?? "", agencyId, lineId: row.id, position: p + 1 })),
      });
    }
    written.push({ ...row, budget: line.budget });
  }
  return { version, lines: written };
}

/** DRAFT → SUBMITTED → APPROVED, by SQL, stamped with who and when. */
export async function approveVersion(db: Client, versionId: string, by: { submitterId: string; approverId: string; approvedAt: Date }) {
  await db.$executeRaw`UPDATE "PlanVersion" SET status = 'SUBMITTED', "submittedById" = ${by.submitterId}::uuid, "submittedAt" = ${by.approvedAt} WHERE id = ${versionId}::uuid`;
  await db.$executeRaw`UPDATE "PlanVersion" SET status = 'APPROVED', "approvedById" = ${by.approverId}::uuid, "approvedAt" = ${by.approvedAt} WHERE id = ${versionId}::uuid`;
}
