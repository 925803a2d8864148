import "server-only";
// Writes every plan command shares, inside the command's transaction (decision 0035): the plan of a year, the
// version being worked on, a new line with its item, targets and budget, and a revision's copy. The commands check
// permission, scope and status first (with messages); the database triggers refuse what slips past them.
import type { Tx } from "@/lib/db";
import type { FundSource, PlanProvider, PositionType, RouteCode } from "@/lib/generated/prisma/enums";
import { canStartRevision } from "./rules";

export type BudgetItemInput = { item: string; volume: number; unit: string; unitPrice: number; fundSource: FundSource; accountCode: string };

export type LineInput = {
  title: string;
  competencyId: string | null;
  targetLevel: number | null;
  unitId: string | null;
  targetPositionTypes: PositionType[];
  targetUnitIds: string[];
  targetPositionIds: string[];
  targetPeople: number;
  routeCode: RouteCode;
  provider: PlanProvider;
  providerName: string;
  plannedMonth: number;
  jpPerParticipant: number;
  curriculumFit: string;
  needCompetencyId: string | null;
  needTargetLevel: number | null;
  budget: BudgetItemInput[];
};

/** The plan of the year, made (with an empty original draft) when it does not exist yet. */
export async function planOfYear(tx: Tx, agencyId: string, year: number, userId: string | null) {
  const existing = await tx.developmentPlan.findUnique({ where: { agencyId_year: { agencyId, year } } });
  if (existing) return { plan: existing, created: false };
  const plan = await tx.developmentPlan.create({ data: { agencyId, year, createdById: userId } });
  await tx.planVersion.create({ data: { agencyId, planId: plan.id, number: 0, createdById: userId } });
  return { plan, created: true };
}

/** The version being worked on (draft or submitted), or null when every version is approved. Locks the row. */
export async function openVersion(tx: Tx, agencyId: string, planId: string) {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "PlanVersion" WHERE "agencyId" = ${agencyId}::uuid AND "planId" = ${planId}::uuid AND status <> 'APPROVED' FOR UPDATE`;
  return rows[0] ? tx.planVersion.findUniqueOrThrow({ where: { id: rows[0].id } }) : null;
}

/** Writes a line into a draft version; a new item unless `itemId` (a revision's copy keeps the item). */
export async function insertLine(tx: Tx, at: { agencyId: string; planId: string; versionId: string; itemId?: string; position: number }, input: LineInput) {
  const { agencyId, planId, versionId, position } = at;
  const itemId = at.itemId ?? (await tx.planItem.create({ data: { agencyId, planId }, select: { id: true } })).id;
  const { targetUnitIds, targetPositionIds, budget, ...values } = input;
  const line = await tx.planLine.create({ data: { ...values, agencyId, planId, versionId, itemId, position } });
  const targets = [...targetUnitIds.map((unitId) => ({ unitId })), ...targetPositionIds.map((positionId) => ({ positionId }))];
  if (targets.length) await tx.planLineTarget.createMany({ data: targets.map((t) => ({ ...t, agencyId, lineId: line.id })) });
  if (budget.length) await tx.planBudgetItem.createMany({ data: budget.map((b, i) => ({ ...b, agencyId, lineId: line.id, position: i + 1 })) });
  return line;
}

/** The next line position in a version (lines are listed by position). */
export async function nextLinePosition(tx: Tx, versionId: string): Promise<number> {
  const last = await tx.planLine.aggregate({ where: { versionId }, _max: { position: true } });
  return (last._max.position ?? 0) + 1;
}

/** Starts revision n+1 as a copy of the latest approved version: every line keeps its item, targets and budget
 * items keep their positions, so the version diff shows only what the admin changes afterwards. */
export async function startRevision(tx: Tx, agencyId: string, planId: string, reason: string, userId: string) {
  const versions = await tx.planVersion.findMany({ where: { agencyId, planId }, orderBy: { number: "asc" } });
  if (!canStartRevision(versions)) return null;
  const from = versions.at(-1)!;
  const version = await tx.planVersion.create({ data: { agencyId, planId, number: from.number + 1, reason, createdById: userId } });
  const lines = await tx.planLine.findMany({ where: { versionId: from.id }, include: { targets: true, budget: true }, orderBy: { position: "asc" } });
  for (const { id: _id, versionId: _v, targets, budget, ...line } of lines) {
    const copy = await tx.planLine.create({ data: { ...line, versionId: version.id } });
    if (targets.length) await tx.planLineTarget.createMany({ data: targets.map((t) => ({ agencyId, lineId: copy.id, unitId: t.unitId, positionId: t.positionId })) });
    if (budget.length) {
      await tx.planBudgetItem.createMany({
        data: budget.map(({ id: _b, lineId: _l, ...b }) => ({ ...b, lineId: copy.id })),
      });
    }
  }
  return { version, from };
}
