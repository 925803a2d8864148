import "server-only";
// Writing a line's values, targets and budget items inside a draft (decision 0035): budget items keep their
// position (the identity the version diff pairs them by); a new row takes the next position after every
// position the line has had in this edit, and nothing is renumbered.
import type { Tx } from "@/lib/db";
import type { PositionType, RouteCode, PlanProvider } from "@/lib/generated/prisma/enums";
import type { BudgetItemInput, LineInput } from "./store";
import type { BudgetItemForm, LineFields } from "./lines-schema";

/** Positions for the submitted rows: kept ones keep theirs, new ones take max(existing, kept) + 1, + 2, … */
export function positionBudget(rows: readonly BudgetItemForm[], existingPositions: readonly number[]): (BudgetItemInput & { position: number })[] {
  const known = new Set(existingPositions);
  let next = Math.max(0, ...existingPositions, ...rows.map((r) => r.position ?? 0)) + 1;
  return rows.map(({ position, ...row }) => ({ ...row, position: position && known.has(position) ? position : next++ }));
}

/** The form's fields as the store's line input (a new line's budget items are numbered 1, 2, … by the store). */
export function asLineInput(fields: LineFields, need: { needCompetencyId: string | null; needTargetLevel: number | null }): LineInput {
  const { budget, targetPositionTypes, routeCode, provider, ...rest } = fields;
  return {
    ...rest,
    ...need,
    targetPositionTypes: targetPositionTypes as PositionType[],
    routeCode: routeCode as RouteCode,
    provider: provider as PlanProvider,
    budget: budget.map(({ position: _p, ...b }) => b),
  };
}

/** Replaces a line's values, targets and budget items (the line row itself keeps its id and item). */
export async function rewriteLine(tx: Tx, agencyId: string, line: { id: string; budget: { position: number }[] }, fields: LineFields) {
  const { budget, targetUnitIds, targetPositionIds, targetPositionTypes, routeCode, provider, ...values } = fields;
  await tx.planLine.update({
    where: { id: line.id },
    data: { ...values, targetPositionTypes: targetPositionTypes as PositionType[], routeCode: routeCode as RouteCode, provider: provider as PlanProvider },
  });
  await tx.planLineTarget.deleteMany({ where: { lineId: line.id } });
  const targets: { unitId?: string; positionId?: string }[] = [
    ...[...new Set(targetUnitIds)].map((unitId) => ({ unitId })),
    ...[...new Set(targetPositionIds)].map((positionId) => ({ positionId })),
  ];
  if (targets.length) await tx.planLineTarget.createMany({ data: targets.map((t) => ({ ...t, agencyId, lineId: line.id })) });
  await tx.planBudgetItem.deleteMany({ where: { lineId: line.id } });
  const rows = positionBudget(budget, line.budget.map((b) => b.position));
  if (rows.length) await tx.planBudgetItem.createMany({ data: rows.map((b) => ({ ...b, agencyId, lineId: line.id })) });
}

/** A line as its audit row shows it. */
export function lineAudit(line: {
  title: string; competencyId: string | null; targetLevel: number | null; unitId: string | null; targetPeople: number; routeCode: string; provider: string;
  providerName: string; plannedMonth: number; jpPerParticipant: number; targetPositionTypes: string[];
  budget: readonly { position?: number; item: string; volume: number; unit: string; unitPrice: number; fundSource: string; accountCode: string }[];
}) {
  return {
    title: line.title, competencyId: line.competencyId, targetLevel: line.targetLevel, unitId: line.unitId, targetPeople: line.targetPeople,
    routeCode: line.routeCode, provider: line.provider, providerName: line.providerName, plannedMonth: line.plannedMonth,
    jpPerParticipant: line.jpPerParticipant, targetPositionTypes: line.targetPositionTypes.join(", "),
    budget: line.budget.map((b) => `${b.item}: ${b.volume} ${b.unit} × ${b.unitPrice} (${b.fundSource}${b.accountCode ? ` ${b.accountCode}` : ""})`).join("; "),
  };
}
