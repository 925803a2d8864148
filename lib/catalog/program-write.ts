import "server-only";
import type { z } from "zod";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { PositionType, RouteCode } from "@/lib/generated/prisma/enums";
import type { programSchema } from "./schemas";

/**
 * A program's fields and lists as creating and editing write them, once the lists are checked to name only the
 * agency's own competencies (each once) and units.
 */
export async function programData(tx: Tx, agencyId: string, input: z.output<typeof programSchema>) {
  const competencyIds = input.competencies.map((c) => c.competencyId);
  if (new Set(competencyIds).size !== competencyIds.length) throw new AppError("VALIDATION", "common.invalid", { competencies: ["catalogEdit.competencyTwice"] });
  const competencies = await tx.competency.count({ where: { agencyId, id: { in: competencyIds } } });
  if (competencies !== competencyIds.length) throw new AppError("VALIDATION", "common.invalid", { competencies: ["common.notFound"] });
  const unitIds = [...new Set(input.eligibleUnitIds)];
  const units = await tx.orgUnit.count({ where: { agencyId, id: { in: unitIds } } });
  if (units !== unitIds.length) throw new AppError("VALIDATION", "common.invalid", { eligibleUnitIds: ["common.notFound"] });
  return {
    title: input.title,
    description: input.description,
    objectives: input.objectives,
    routeCode: input.routeCode as RouteCode,
    organiser: input.organiser,
    isLeadership: input.isLeadership,
    feedbackMonths: input.feedbackMonths,
    tracksResults: input.tracksResults,
    eligibleTypes: input.eligibleTypes as PositionType[],
    eligibleUnits: { create: unitIds.map((unitId) => ({ unitId })) },
    competencies: { create: input.competencies },
    budgetLines: { create: input.budgetLines.map((l, position) => ({ ...l, position })) },
  };
}
