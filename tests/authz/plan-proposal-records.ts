// Records for the authorisation matrix of the OPD plan proposals (lib/plan/proposals-*.ts): a plan of a year no
// other entry uses, with its window open today and an original draft, in the target's agency, and fresh proposals.
import { db } from "@/lib/db";
import { calendarToday } from "@/lib/time";
import type { CommandEntry } from "./commands";
import type { Grants } from "./grants";
import type { Records } from "./records";
import type { EmployeeTarget, TargetKey } from "./world";

const YEAR = 2041;
const DAY = 86_400_000;
const ADMIN: Grants = { ADMIN: "any" };
const OPERATOR: Grants = { OPERATOR: "unit" };
const day = (offset: number) => new Date(calendarToday().getTime() + offset * DAY);

/** The agency's 2041 plan, taking proposals today, with a draft version. */
async function openPlan(agencyId: string) {
  const window = { proposalsOpenAt: day(-1), proposalsCloseAt: day(30) };
  const plan = await db.developmentPlan.upsert({ where: { agencyId_year: { agencyId, year: YEAR } }, create: { agencyId, year: YEAR, ...window }, update: window });
  const draft = (await db.planVersion.findFirst({ where: { planId: plan.id, status: "DRAFT" } }))
    ?? (await db.planVersion.create({ data: { agencyId, planId: plan.id, number: 0 } }));
  return { plan, draft };
}

/** A PROPOSED proposal of the target: of the target employee's unit, or of any unit of the target's agency. */
async function freshProposal(r: Records, t: TargetKey) {
  const agencyId = r.agency(t);
  const { plan, draft } = await openPlan(agencyId);
  const unitId = t === "homeAgency" || t === "otherAgency" || t === "none"
    ? (await db.orgUnit.findFirstOrThrow({ where: { agencyId }, select: { id: true } })).id
    : r.employee(t as EmployeeTarget).unitId;
  const proposal = await db.planProposal.create({ data: { agencyId, planId: plan.id, unitId, title: "Bimtek Matriks", targetPeople: 5, routeCode: "KL10", plannedMonth: 3, jpPerParticipant: 8 } });
  return { proposal, plan, draft };
}

export const PLAN_PROPOSAL_COMMANDS: Record<string, CommandEntry> = {
  openProposalWindow: { record: "none", grants: ADMIN, input: async () => ({ year: YEAR, opensOn: day(-1).toISOString().slice(0, 10), closesOn: day(30).toISOString().slice(0, 10) }) },
  // Closing is then reopened by the next call's openPlan; a refusal (already closed) is a CONFLICT, allowed.
  closeProposalWindow: { record: "none", grants: ADMIN, input: async (r) => { await openPlan(r.agency("homeAgency")); return { year: YEAR }; } },
  proposePlanLine: {
    record: "employee", grants: OPERATOR,
    input: async (r, t) => ({
      planId: (await openPlan(r.agency(t))).plan.id, unitId: r.employee(t as EmployeeTarget).unitId, title: "Bimtek Usulan Matriks", targetPeople: 4,
      routeCode: "KL10", plannedMonth: 4, jpPerParticipant: 8, justification: "",
    }),
  },
  withdrawPlanProposal: { record: "employee", grants: OPERATOR, input: async (r, t) => ({ proposalId: (await freshProposal(r, t)).proposal.id }) },
  acceptPlanProposal: { record: "agency", grants: ADMIN, input: async (r, t) => ({ proposalId: (await freshProposal(r, t)).proposal.id }) },
  mergePlanProposal: {
    record: "agency", grants: ADMIN,
    input: async (r, t) => {
      const { proposal, plan, draft } = await freshProposal(r, t);
      const item = await db.planItem.create({ data: { agencyId: plan.agencyId, planId: plan.id } });
      const line = await db.planLine.create({
        data: { agencyId: plan.agencyId, planId: plan.id, versionId: draft.id, itemId: item.id, title: "Baris Matriks", targetPeople: 10, routeCode: "KL10", provider: "INTERNAL", plannedMonth: 3, jpPerParticipant: 8 },
      });
      return { proposalId: proposal.id, lineId: line.id };
    },
  },
  declinePlanProposal: { record: "agency", grants: ADMIN, input: async (r, t) => ({ proposalId: (await freshProposal(r, t)).proposal.id, reason: "Tidak prioritas tahun ini" }) },
};
