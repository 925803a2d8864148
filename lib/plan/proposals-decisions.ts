import "server-only";
// The admin's decision on an OPD proposal (decision 0036): accept = a new line in the plan's open draft, merge = the
// proposal's people join an existing line of that draft, decline = with a reason. Each decision is audited and the
// proposer finds it in their inbox. Without an open draft (the plan submitted or approved) nothing is decided.
import { defineCommand, type CommandContext } from "@/lib/action";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Notice } from "@/lib/notification/notices";
import { estimateBudget, isUndecided, mergedPeople } from "./proposals-rules";
import { declineSchema, mergeSchema, proposalIdSchema } from "./proposals-schemas";
import { PROPOSAL_PATHS } from "./proposals-commands";
import { insertLine, nextLinePosition, openVersion } from "./store";

const E = "planProposals.errors";
/** The budget item an accepted proposal's estimate becomes. */
export const ESTIMATE_ITEM = "Perkiraan biaya usulan OPD";

type Ctx = Pick<CommandContext<unknown>, "viewer" | "tx">;

/** The undecided proposal (row-locked) and the plan's open draft; refusals name why. */
async function decidable({ viewer, tx }: Ctx, proposalId: string) {
  const [row] = await tx.$queryRaw<{ id: string }[]>`
    SELECT id::text AS id FROM "PlanProposal" WHERE id = ${proposalId}::uuid AND "agencyId" = ${viewer.agencyId}::uuid FOR UPDATE`;
  if (!row) throw new AppError("NOT_FOUND", "common.notFound");
  const proposal = await tx.planProposal.findUniqueOrThrow({ where: { id: row.id }, include: { plan: { select: { year: true } }, unit: { select: { name: true } } } });
  if (!isUndecided(proposal.status)) throw new AppError("CONFLICT", `${E}.alreadyDecided`);
  return proposal;
}

async function openDraft(tx: Tx, agencyId: string, planId: string) {
  const version = await openVersion(tx, agencyId, planId);
  if (!version || version.status !== "DRAFT") throw new AppError("CONFLICT", `${E}.noDraft`);
  return version;
}

async function notifyProposer(tx: Tx, agencyId: string, userId: string | null, notice: Notice) {
  if (!userId) return;
  await tx.notification.create({ data: { agencyId, userId, kind: notice.kind, params: notice.params, link: notice.link ?? null } });
}

const decided = (viewer: { userId: string }) => ({ decidedById: viewer.userId, decidedAt: new Date() });

export const acceptPlanProposal = defineCommand({
  name: "plan.proposals.accept",
  permission: "manage:plan",
  schema: proposalIdSchema,
  revalidate: PROPOSAL_PATHS,
  successMessage: (m) => m.planProposals.decide.accepted,
  async run({ viewer, input, tx, audit }) {
    const agencyId = viewer.agencyId;
    const p = await decidable({ viewer, tx }, input.proposalId);
    const version = await openDraft(tx, agencyId, p.planId);
    const line = await insertLine(tx, { agencyId, planId: p.planId, versionId: version.id, position: await nextLinePosition(tx, version.id) }, {
      title: p.title, competencyId: p.competencyId, targetLevel: p.targetLevel, unitId: p.unitId,
      targetPositionTypes: [], targetUnitIds: [p.unitId], targetPositionIds: [], targetPeople: p.targetPeople,
      routeCode: p.routeCode ?? "KL12", provider: "INTERNAL", providerName: "", plannedMonth: p.plannedMonth ?? 1,
      jpPerParticipant: p.jpPerParticipant ?? 1, curriculumFit: "", needCompetencyId: p.needCompetencyId, needTargetLevel: p.needTargetLevel,
      budget: estimateBudget(p.estimatedRupiah, ESTIMATE_ITEM),
    });
    await tx.planProposal.update({ where: { id: p.id }, data: { status: "ACCEPTED", itemId: line.itemId, ...decided(viewer) } });
    await audit({ action: "plan.line.create", entity: "PlanLine", entityId: line.id, after: { year: p.plan.year, version: version.number, title: line.title, unit: p.unit.name, targetPeople: line.targetPeople, fromProposal: p.id } });
    await audit({ action: "plan.proposal.accept", entity: "PlanProposal", entityId: p.id, before: { status: "PROPOSED" }, after: { status: "ACCEPTED", title: p.title, unit: p.unit.name, lineId: line.id, itemId: line.itemId } });
    await notifyProposer(tx, agencyId, p.proposedById, { kind: "planProposalAccepted", params: { title: p.title, year: p.plan.year }, link: "/admin/usulan-rencana" });
    return { proposalId: p.id, lineId: line.id, itemId: line.itemId };
  },
});

export const mergePlanProposal = defineCommand({
  name: "plan.proposals.merge",
  permission: "manage:plan",
  schema: mergeSchema,
  revalidate: PROPOSAL_PATHS,
  successMessage: (m) => m.planProposals.decide.merged,
  async run({ viewer, input, tx, audit }) {
    const agencyId = viewer.agencyId;
    const p = await decidable({ viewer, tx }, input.proposalId);
    const version = await openDraft(tx, agencyId, p.planId);
    const line = await tx.planLine.findFirst({ where: { id: input.lineId, agencyId, versionId: version.id } });
    if (!line) throw new AppError("NOT_FOUND", `${E}.line`, { lineId: [`${E}.line`] });
    const targetPeople = mergedPeople(line.targetPeople, p.targetPeople);
    await tx.planLine.update({ where: { id: line.id }, data: { targetPeople } });
    await tx.planProposal.update({ where: { id: p.id }, data: { status: "MERGED", itemId: line.itemId, ...decided(viewer) } });
    await audit({ action: "plan.line.update", entity: "PlanLine", entityId: line.id, before: { title: line.title, targetPeople: line.targetPeople }, after: { title: line.title, targetPeople, fromProposal: p.id } });
    await audit({ action: "plan.proposal.merge", entity: "PlanProposal", entityId: p.id, before: { status: "PROPOSED" }, after: { status: "MERGED", title: p.title, unit: p.unit.name, line: line.title, lineId: line.id, itemId: line.itemId } });
    await notifyProposer(tx, agencyId, p.proposedById, { kind: "planProposalMerged", params: { title: p.title, year: p.plan.year, line: line.title }, link: "/admin/usulan-rencana" });
    return { proposalId: p.id, lineId: line.id, itemId: line.itemId };
  },
});

export const declinePlanProposal = defineCommand({
  name: "plan.proposals.decline",
  permission: "manage:plan",
  schema: declineSchema,
  revalidate: PROPOSAL_PATHS,
  successMessage: (m) => m.planProposals.decide.declined,
  async run({ viewer, input, tx, audit }) {
    const p = await decidable({ viewer, tx }, input.proposalId);
    await openDraft(tx, viewer.agencyId, p.planId);
    await tx.planProposal.update({ where: { id: p.id }, data: { status: "DECLINED", decisionReason: input.reason, ...decided(viewer) } });
    await audit({ action: "plan.proposal.decline", entity: "PlanProposal", entityId: p.id, before: { status: "PROPOSED" }, after: { status: "DECLINED", title: p.title, unit: p.unit.name, reason: input.reason } });
    await notifyProposer(tx, viewer.agencyId, p.proposedById, { kind: "planProposalDeclined", params: { title: p.title, year: p.plan.year, reason: input.reason }, link: "/admin/usulan-rencana" });
    return { proposalId: p.id };
  },
});
