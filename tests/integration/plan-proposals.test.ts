// OPD proposals for the plan of a year (lib/plan/proposals-*.ts, decision 0036), through the commands: the window,
// the operator's unit scope, the three decisions into the open draft, refusals, audit rows and the proposer's notice.
import { beforeEach, describe, expect, it } from "vitest";
import { executeCommand } from "@/lib/action";
import { db } from "@/lib/db";
import { closeProposalWindow, openProposalWindow, proposePlanLine, withdrawPlanProposal } from "@/lib/plan/proposals-commands";
import { acceptPlanProposal, declinePlanProposal, ESTIMATE_ITEM, mergePlanProposal } from "@/lib/plan/proposals-decisions";
import { proposalsPage } from "@/lib/plan/proposals-queries";
import { calendarToday } from "@/lib/time";
import { buildWorld, refusal, type World } from "./world";

const YEAR = 2031;
const day = (offset: number) => new Date(calendarToday().getTime() + offset * 86_400_000).toISOString().slice(0, 10);

let w: World;
let competencyId: string;
beforeEach(async () => {
  w = await buildWorld();
  competencyId = (await db.competency.create({ data: { agencyId: w.agencyA.id, kind: "TECHNICAL", code: "T.PLN", name: "Perencanaan Transportasi", description: "" } })).id;
});

const admin = () => w.viewer(w.users.admin);
const operatorX = () => w.viewer(w.users.operatorX);
const operatorY = () => w.viewer(w.users.operatorY);

async function openWindow(from = -1, to = 30) {
  const { planId } = await executeCommand(openProposalWindow, await admin(), { year: String(YEAR), opensOn: day(from), closesOn: day(to) });
  return planId;
}

const proposal = (planId: string, unitId: string, extra: Record<string, unknown> = {}) => ({
  planId, unitId, title: "Bimtek Perencanaan Transportasi Kota", competencyId: "", targetLevel: "", targetPeople: "12", routeCode: "KL10",
  plannedMonth: "5", jpPerParticipant: "24", estimatedRupiah: "", justification: "Kebutuhan unit", needCompetencyId: "", needTargetLevel: "", ...extra,
});

const draftOf = (planId: string) => db.planVersion.findFirstOrThrow({ where: { planId, status: "DRAFT" } });

describe("the proposal window", () => {
  it("is opened by the admin (making the plan with its original draft) and closed early; each step audited", async () => {
    const planId = await openWindow();
    const plan = await db.developmentPlan.findUniqueOrThrow({ where: { id: planId }, include: { versions: true } });
    expect(plan.year).toBe(YEAR);
    expect(plan.versions.map((v) => [v.number, v.status])).toEqual([[0, "DRAFT"]]);
    expect(plan.proposalsOpenAt!.toISOString().slice(0, 10)).toBe(day(-1));
    // Stored exclusive: the day after the last day.
    expect(plan.proposalsCloseAt!.toISOString().slice(0, 10)).toBe(day(31));

    await executeCommand(closeProposalWindow, await admin(), { year: YEAR });
    const closed = await db.developmentPlan.findUniqueOrThrow({ where: { id: planId } });
    expect(closed.proposalsCloseAt!.toISOString().slice(0, 10)).toBe(day(0));
    const audits = await db.auditLog.findMany({ where: { entityId: planId, entity: "DevelopmentPlan" }, orderBy: { createdAt: "asc" } });
    expect(audits.map((a) => a.action)).toEqual(["plan.window.open", "plan.window.close"]);
    expect(audits[1]!.before).toMatchObject({ proposalsCloseAt: `${day(31)}T00:00:00.000Z` });

    // A closed window refuses proposals, and cannot be closed twice.
    const closedError = await refusal(executeCommand(proposePlanLine, await operatorX(), proposal(planId, w.units.dinasX.id)));
    expect(closedError).toMatchObject({ code: "CONFLICT", message: "planProposals.errors.windowClosed" });
    expect((await refusal(executeCommand(closeProposalWindow, await admin(), { year: YEAR }))).code).toBe("CONFLICT");
  });

  it("refuses a closing day before the opening day, a window not yet begun takes no proposal, and only an admin opens it", async () => {
    const order = await refusal(executeCommand(openProposalWindow, await admin(), { year: YEAR, opensOn: day(5), closesOn: day(4) }));
    expect(order.fieldErrors?.closesOn).toEqual(["planProposals.errors.windowOrder"]);
    const planId = await openWindow(3, 10);
    expect((await refusal(executeCommand(proposePlanLine, await operatorX(), proposal(planId, w.units.dinasX.id)))).code).toBe("CONFLICT");
    expect((await refusal(executeCommand(openProposalWindow, await operatorX(), { year: YEAR, opensOn: day(0), closesOn: day(1) }))).code).toBe("FORBIDDEN");
  });
});

describe("an OPD operator", () => {
  it("proposes for their unit subtree only, and sees only their subtree's proposals", async () => {
    const planId = await openWindow();
    const x = await operatorX();
    // Bidang X1 is below Dinas X: in reach.
    await executeCommand(proposePlanLine, x, proposal(planId, w.units.bidangX1.id));
    await executeCommand(proposePlanLine, await operatorY(), proposal(planId, w.units.dinasY.id, { title: "Diklat Dinas Y" }));
    const other = await refusal(executeCommand(proposePlanLine, x, proposal(planId, w.units.dinasY.id)));
    expect(other.code).toBe("NOT_FOUND");
    // Another agency's unit is nobody's.
    expect((await refusal(executeCommand(proposePlanLine, x, proposal(planId, w.units.unitB.id)))).code).toBe("NOT_FOUND");
    // An ASN or an admin does not propose.
    expect((await refusal(executeCommand(proposePlanLine, await w.viewer(w.users.staff1), proposal(planId, w.units.bidangX1.id)))).code).toBe("FORBIDDEN");

    const seenByX = await proposalsPage(x, { planId }, {});
    expect(seenByX!.rows.map((r) => r.unit.name)).toEqual(["Bidang X1"]);
    const seenByAdmin = await proposalsPage(await admin(), { planId }, {});
    expect(seenByAdmin!.rows.map((r) => r.unit.name).sort()).toEqual(["Bidang X1", "Dinas Y"]);

    // Operator X cannot withdraw Dinas Y's proposal; operator Y can, while it is undecided.
    const yProposal = seenByAdmin!.rows.find((r) => r.unit.name === "Dinas Y")!;
    expect((await refusal(executeCommand(withdrawPlanProposal, x, { proposalId: yProposal.id }))).code).toBe("NOT_FOUND");
    await executeCommand(withdrawPlanProposal, await operatorY(), { proposalId: yProposal.id });
    expect(await db.planProposal.count({ where: { id: yProposal.id } })).toBe(0);
    const withdrawn = await db.auditLog.findFirstOrThrow({ where: { entityId: yProposal.id, action: "plan.proposal.withdraw" } });
    expect(withdrawn.before).toMatchObject({ title: "Diklat Dinas Y", status: "PROPOSED" });
  });

  it("is refused a level without a competency, a competency of another agency and a bad route, each naming the field", async () => {
    const planId = await openWindow();
    const level = await refusal(executeCommand(proposePlanLine, await operatorX(), proposal(planId, w.units.dinasX.id, { targetLevel: "3" })));
    expect(level.fieldErrors?.competencyId).toEqual(["planProposals.errors.levelWithoutCompetency"]);
    const route = await refusal(executeCommand(proposePlanLine, await operatorX(), proposal(planId, w.units.dinasX.id, { routeCode: "KL99", targetPeople: "0" })));
    expect(route.fieldErrors).toMatchObject({ routeCode: ["planProposals.errors.routeCode"], targetPeople: ["planProposals.errors.targetPeople"] });
    const foreign = await db.competency.create({ data: { agencyId: w.agencyB.id, kind: "TECHNICAL", code: "T.LUAR", name: "Luar", description: "" } });
    const wrong = await refusal(executeCommand(proposePlanLine, await operatorX(), proposal(planId, w.units.dinasX.id, { competencyId: foreign.id, targetLevel: "2" })));
    expect(wrong.fieldErrors?.competencyId).toEqual(["planProposals.errors.competency"]);
  });
});

describe("the admin's decisions", () => {
  async function proposed(extra: Record<string, unknown> = {}) {
    const planId = await openWindow();
    const { proposalId } = await executeCommand(proposePlanLine, await operatorX(), proposal(planId, w.units.dinasX.id, extra));
    return { planId, proposalId };
  }

  it("accept: a new line in the open draft with the need link, the OPD as unit and target, the estimate as budget; audited and notified", async () => {
    const { planId, proposalId } = await proposed({ competencyId, targetLevel: "3", needCompetencyId: competencyId, needTargetLevel: "3", estimatedRupiah: "143248000" });
    const { lineId, itemId } = await executeCommand(acceptPlanProposal, await admin(), { proposalId });
    const line = await db.planLine.findUniqueOrThrow({ where: { id: lineId }, include: { targets: true, budget: true } });
    expect(line).toMatchObject({
      versionId: (await draftOf(planId)).id, itemId, title: "Bimtek Perencanaan Transportasi Kota", unitId: w.units.dinasX.id, competencyId, targetLevel: 3,
      needCompetencyId: competencyId, needTargetLevel: 3, targetPeople: 12, routeCode: "KL10", plannedMonth: 5, jpPerParticipant: 24, position: 1,
    });
    expect(line.targets.map((t) => t.unitId)).toEqual([w.units.dinasX.id]);
    expect(line.budget.map((b) => [b.item, b.volume, b.unitPrice])).toEqual([[ESTIMATE_ITEM, 1, 143_248_000]]);
    expect(await db.planProposal.findUniqueOrThrow({ where: { id: proposalId } })).toMatchObject({ status: "ACCEPTED", itemId, decidedById: w.users.admin.id });

    const audits = await db.auditLog.findMany({ where: { OR: [{ entityId: proposalId }, { entityId: lineId }] }, orderBy: { createdAt: "asc" } });
    expect(audits.map((a) => a.action).sort()).toEqual(["plan.line.create", "plan.proposal.accept", "plan.proposal.create"]);
    const notice = await db.notification.findFirstOrThrow({ where: { userId: w.users.operatorX.id } });
    expect(notice).toMatchObject({ kind: "planProposalAccepted", params: { title: "Bimtek Perencanaan Transportasi Kota", year: YEAR } });

    // Decided once: a second decision and a withdrawal are refused.
    expect((await refusal(executeCommand(declinePlanProposal, await admin(), { proposalId, reason: "x" }))).message).toBe("planProposals.errors.alreadyDecided");
    expect((await refusal(executeCommand(withdrawPlanProposal, await operatorX(), { proposalId }))).code).toBe("CONFLICT");
  });

  it("merge: the chosen line of the draft grows by the proposal's people; the proposal points at its item", async () => {
    const first = await proposed();
    const { lineId, itemId } = await executeCommand(acceptPlanProposal, await admin(), { proposalId: first.proposalId });
    const { proposalId } = await executeCommand(proposePlanLine, await operatorX(), proposal(first.planId, w.units.bidangX1.id, { targetPeople: "7", title: "Bimtek serupa" }));
    // A line that is not in this plan's draft is refused.
    expect((await refusal(executeCommand(mergePlanProposal, await admin(), { proposalId, lineId: proposalId }))).code).toBe("NOT_FOUND");
    await executeCommand(mergePlanProposal, await admin(), { proposalId, lineId });
    expect((await db.planLine.findUniqueOrThrow({ where: { id: lineId } })).targetPeople).toBe(19);
    expect(await db.planProposal.findUniqueOrThrow({ where: { id: proposalId } })).toMatchObject({ status: "MERGED", itemId });
    const lineAudit = await db.auditLog.findFirstOrThrow({ where: { entityId: lineId, action: "plan.line.update" } });
    expect([lineAudit.before, lineAudit.after]).toMatchObject([{ targetPeople: 12 }, { targetPeople: 19 }]);
    expect(await db.auditLog.count({ where: { entityId: proposalId, action: "plan.proposal.merge" } })).toBe(1);
    expect(await db.notification.count({ where: { userId: w.users.operatorX.id, kind: "planProposalMerged" } })).toBe(1);
  });

  it("decline: refused without a reason; with one, kept, audited and sent to the proposer", async () => {
    const { proposalId } = await proposed();
    const missing = await refusal(executeCommand(declinePlanProposal, await admin(), { proposalId, reason: "  " }));
    expect(missing.fieldErrors?.reason).toEqual(["planProposals.errors.reason"]);
    await executeCommand(declinePlanProposal, await admin(), { proposalId, reason: "Sudah tercakup pelatihan provinsi" });
    expect(await db.planProposal.findUniqueOrThrow({ where: { id: proposalId } })).toMatchObject({ status: "DECLINED", decisionReason: "Sudah tercakup pelatihan provinsi", itemId: null });
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: proposalId, action: "plan.proposal.decline" } });
    expect(audit.after).toMatchObject({ status: "DECLINED", reason: "Sudah tercakup pelatihan provinsi" });
    const notice = await db.notification.findFirstOrThrow({ where: { userId: w.users.operatorX.id, kind: "planProposalDeclined" } });
    expect(notice.params).toMatchObject({ reason: "Sudah tercakup pelatihan provinsi" });
    // The operator sees the outcome and the reason in their list.
    const mine = await proposalsPage(await operatorX(), {}, { status: "DECLINED" });
    expect(mine!.rows.map((r) => [r.status, r.decisionReason])).toEqual([["DECLINED", "Sudah tercakup pelatihan provinsi"]]);
  });

  it("is refused when the plan has no open draft (submitted), by an operator, and by another agency's admin", async () => {
    const { planId, proposalId } = await proposed();
    expect((await refusal(executeCommand(acceptPlanProposal, await operatorX(), { proposalId }))).code).toBe("FORBIDDEN");
    expect((await refusal(executeCommand(acceptPlanProposal, await w.viewer(w.users.adminB), { proposalId }))).code).toBe("NOT_FOUND");
    await db.planVersion.updateMany({ where: { planId }, data: { status: "SUBMITTED", submittedAt: new Date() } });
    const viewer = await admin();
    for (const decide of [
      () => executeCommand(acceptPlanProposal, viewer, { proposalId }),
      () => executeCommand(declinePlanProposal, viewer, { proposalId, reason: "Tidak prioritas" }),
    ]) {
      expect(await refusal(decide())).toMatchObject({ code: "CONFLICT", message: "planProposals.errors.noDraft" });
    }
    expect((await db.planProposal.findUniqueOrThrow({ where: { id: proposalId } })).status).toBe("PROPOSED");
  });
});
