// Records for the plan-against-actual commands in the authorisation matrix (issue 15, decision 0037): a batch of
// the target's agency and a line of the plan of its start year that it may link to.
import { db } from "@/lib/db";
import { reportVersionOf } from "@/lib/plan/actual-rules";
import { insertLine, planOfYear } from "@/lib/plan/store";
import type { CommandEntry } from "./commands";
import type { Records } from "./records";
import type { TargetKey } from "./world";

/** The item of a line the batch may link to: one of the version the report reads, added to it when it is a draft. */
async function linkableItem(agencyId: string, year: number): Promise<string | null> {
  return db.$transaction(async (tx) => {
    const { plan } = await planOfYear(tx, agencyId, year, null);
    const versions = await tx.planVersion.findMany({ where: { planId: plan.id } });
    const version = reportVersionOf(versions);
    if (!version) return null;
    const line = await tx.planLine.findFirst({ where: { versionId: version.id }, select: { itemId: true } });
    if (line) return line.itemId;
    if (version.status !== "DRAFT") return null;
    const created = await insertLine(tx, { agencyId, planId: plan.id, versionId: version.id, position: 1 }, {
      title: "Baris matriks akses", competencyId: null, targetLevel: null, unitId: null, targetPositionTypes: [], targetUnitIds: [],
      targetPositionIds: [], targetPeople: 10, routeCode: "KL10", provider: "INTERNAL", providerName: "", plannedMonth: 6,
      jpPerParticipant: 8, curriculumFit: "", needCompetencyId: null, needTargetLevel: null, budget: [],
    });
    return created.itemId;
  });
}

async function batchWithLine(r: Records, t: TargetKey) {
  const batch = await r.batch(t);
  const itemId = await linkableItem(batch.agencyId, batch.startDate.getUTCFullYear());
  // No line to offer (an approved version without lines): the command then refuses the line, past its permission check.
  return { batch, itemId };
}

const ADMIN = { ADMIN: "any" } as const;

export const PLAN_ACTUAL_COMMANDS: Record<string, CommandEntry> = {
  linkBatchToPlan: { record: "agency", grants: ADMIN, input: async (r, t) => {
    const { batch, itemId } = await batchWithLine(r, t);
    return { batchId: batch.id, itemId: itemId ?? batch.program.id };
  } },
  unlinkBatchFromPlan: {
    record: "agency", grants: ADMIN,
    input: async (r, t) => {
      const { batch, itemId } = await batchWithLine(r, t);
      if (itemId) await db.batch.update({ where: { id: batch.id }, data: { planItemId: itemId } });
      return { batchId: batch.id };
    },
  },
  recordBatchSpending: {
    record: "agency", grants: ADMIN,
    input: async (r, t) => ({ batchId: (await r.batch(t)).id, fundSource: "APBD", amount: "143.000", description: "Konsumsi peserta", spentOn: new Date().toISOString().slice(0, 10) }),
  },
};
