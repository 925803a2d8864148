import "server-only";
// OPD proposals (usulan) for the plan of a year, decision 0036. The admin (manage:plan) opens and closes the window
// and decides each proposal; an OPD operator (propose:plan, their unit subtree) proposes and withdraws. Scope, the
// window and the proposal's status are checked here, with messages, whatever the page showed.
import { defineCommand } from "@/lib/action";
import { accessFor } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/load-viewer";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { calendarToday } from "@/lib/time";
import { closedEarly, isUndecided, windowBounds, windowState } from "./proposals-rules";
import { closeWindowSchema, openWindowSchema, proposalIdSchema, proposeSchema } from "./proposals-schemas";
import { planOfYear } from "./store";

export const PROPOSAL_PATHS = ["/admin/usulan-rencana", "/admin/rencana"];
const E = "planProposals.errors";

const windowOf = (p: { proposalsOpenAt: Date | null; proposalsCloseAt: Date | null }) => ({
  proposalsOpenAt: p.proposalsOpenAt?.toISOString() ?? null,
  proposalsCloseAt: p.proposalsCloseAt?.toISOString() ?? null,
});

/** Opens (or moves) the proposal window of a year's plan; the plan is made when the year has none yet. */
export const openProposalWindow = defineCommand({
  name: "plan.proposals.openWindow",
  permission: "manage:plan",
  schema: openWindowSchema,
  revalidate: PROPOSAL_PATHS,
  successMessage: (m) => m.planProposals.window.opened,
  async run({ viewer, input, tx, audit }) {
    const { plan, created } = await planOfYear(tx, viewer.agencyId, input.year, viewer.userId);
    const after = await tx.developmentPlan.update({ where: { id: plan.id }, data: windowBounds(input.opensOn, input.closesOn) });
    await audit({ action: "plan.window.open", entity: "DevelopmentPlan", entityId: plan.id, before: created ? null : windowOf(plan), after: { year: plan.year, ...windowOf(after) } });
    return { planId: plan.id };
  },
});

/** Ends the window today (before today's proposals); refused when the year has no open or coming window. */
export const closeProposalWindow = defineCommand({
  name: "plan.proposals.closeWindow",
  permission: "manage:plan",
  schema: closeWindowSchema,
  revalidate: PROPOSAL_PATHS,
  successMessage: (m) => m.planProposals.window.closed,
  async run({ viewer, input, tx, audit }) {
    const plan = await tx.developmentPlan.findUnique({ where: { agencyId_year: { agencyId: viewer.agencyId, year: input.year } } });
    // A year without a plan has no window to close.
    if (!plan) throw new AppError("CONFLICT", `${E}.windowNotOpen`);
    const today = calendarToday();
    const state = windowState(plan, today);
    if (state !== "open" && state !== "upcoming") throw new AppError("CONFLICT", `${E}.windowNotOpen`);
    const after = await tx.developmentPlan.update({ where: { id: plan.id }, data: closedEarly(plan, today) });
    await audit({ action: "plan.window.close", entity: "DevelopmentPlan", entityId: plan.id, before: windowOf(plan), after: { year: plan.year, ...windowOf(after) } });
    return { planId: plan.id };
  },
});

/** The unit, when it is in the viewer's reach for proposals (an operator: their unit subtree); else not found. */
export async function proposableUnit(tx: Tx, viewer: Viewer, unitId: string) {
  const unit = await tx.orgUnit.findFirst({ where: { id: unitId, agencyId: viewer.agencyId }, select: { id: true, name: true, path: true } });
  const access = accessFor(viewer.roles, "propose:plan");
  const reach = access.includes("any") || (access.includes("unit") && viewer.operatorUnits.some((u) => unit?.path.startsWith(u.path)));
  if (!unit || !reach) throw new AppError("NOT_FOUND", "common.notFound", { unitId: ["common.notFound"] });
  return unit;
}

/** An OPD operator proposes a line for a unit of their subtree while the window is open. */
export const proposePlanLine = defineCommand({
  name: "plan.proposals.propose",
  permission: "propose:plan",
  schema: proposeSchema,
  revalidate: PROPOSAL_PATHS,
  successMessage: (m) => m.planProposals.form.saved,
  async run({ viewer, input, tx, audit }) {
    const agencyId = viewer.agencyId;
    const unit = await proposableUnit(tx, viewer, input.unitId);
    // Row-locked, so a window being closed meanwhile is seen.
    const [plan] = await tx.$queryRaw<{ id: string; year: number; proposalsOpenAt: Date | null; proposalsCloseAt: Date | null }[]>`
      SELECT id::text AS id, year, "proposalsOpenAt", "proposalsCloseAt" FROM "DevelopmentPlan"
       WHERE id = ${input.planId}::uuid AND "agencyId" = ${agencyId}::uuid FOR SHARE`;
    if (!plan) throw new AppError("NOT_FOUND", "common.notFound");
    if (windowState(plan, calendarToday()) !== "open") throw new AppError("CONFLICT", `${E}.windowClosed`);
    const competencyIds = [input.competencyId, input.needCompetencyId].filter((id): id is string => Boolean(id));
    const known = await tx.competency.count({ where: { agencyId, id: { in: competencyIds } } });
    if (known !== new Set(competencyIds).size) throw new AppError("VALIDATION", "common.invalid", { competencyId: [`${E}.competency`] });
    const proposal = await tx.planProposal.create({ data: { ...input, agencyId, planId: plan.id, unitId: unit.id, proposedById: viewer.userId } });
    await audit({ action: "plan.proposal.create", entity: "PlanProposal", entityId: proposal.id, after: { year: plan.year, unit: unit.name, ...input } });
    return { proposalId: proposal.id };
  },
});

/** The proposer's unit subtree takes back a proposal not decided yet. */
export const withdrawPlanProposal = defineCommand({
  name: "plan.proposals.withdraw",
  permission: "propose:plan",
  schema: proposalIdSchema,
  revalidate: PROPOSAL_PATHS,
  successMessage: (m) => m.planProposals.mine.withdrawn,
  async run({ viewer, input, tx, audit }) {
    const proposal = await tx.planProposal.findFirst({ where: { id: input.proposalId, agencyId: viewer.agencyId } });
    if (!proposal) throw new AppError("NOT_FOUND", "common.notFound");
    await proposableUnit(tx, viewer, proposal.unitId);
    if (!isUndecided(proposal.status)) throw new AppError("CONFLICT", `${E}.alreadyDecided`);
    await tx.planProposal.delete({ where: { id: proposal.id } });
    const { id: _id, agencyId: _a, ...before } = proposal;
    await audit({ action: "plan.proposal.withdraw", entity: "PlanProposal", entityId: proposal.id, before: JSON.parse(JSON.stringify(before)) });
    return { proposalId: proposal.id };
  },
});
