// The authorisation matrix's entries for the plan of a year, its versions and lines (issue 15, decision 0035),
// with the fresh records each call needs: admins manage (manage:plan), only plan approvers approve (approve:plan);
// another agency's plan is not found. Kept here so tests/authz/commands.ts only spreads them in.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { PlanVersionStatus } from "@/lib/generated/prisma/enums";
import type { CommandEntry } from "./commands";
import type { Records } from "./records";
import type { TargetKey } from "./world";

const ADMIN = { ADMIN: "any" } as const;
const APPROVER = { PLAN_APPROVER: "any" } as const;
// Plans are one per agency and year (2000–2100): every fresh plan takes the next year; 2100 is the shared draft.
let nextYear = 2000;
const freshYear = () => {
  if (nextYear >= 2100) throw new Error("the matrix ran out of plan years");
  return nextYear++;
};

const LINE = {
  title: "Pelatihan Matriks Rencana", targetPeople: "20", routeCode: "KL03", provider: "INTERNAL", plannedMonth: "4", jpPerParticipant: "16",
  budget: JSON.stringify([{ item: "Konsumsi", volume: 40, unit: "OH", unitPrice: 143000, fundSource: "APBD", accountCode: "" }]),
};

async function lineIn(agencyId: string, planId: string, versionId: string) {
  const item = await db.planItem.create({ data: { agencyId, planId } });
  return db.planLine.create({
    data: { agencyId, planId, versionId, itemId: item.id, title: "Baris Matriks", targetPeople: 10, routeCode: "KL03", provider: "INTERNAL", plannedMonth: 2, jpPerParticipant: 8, position: 1,
      budget: { create: [{ item: "Konsumsi", volume: 10, unit: "OH", unitPrice: 143000, fundSource: "APBD", position: 1 }] } },
  });
}

/** A fresh plan whose version 0 has one line and the given status (APPROVED: and no other version). */
async function freshPlan(r: Records, t: TargetKey, status: PlanVersionStatus) {
  const agencyId = r.agency(t);
  const plan = await db.developmentPlan.create({ data: { agencyId, year: freshYear() } });
  const version = await db.planVersion.create({ data: { agencyId, planId: plan.id, number: 0 } });
  await lineIn(agencyId, plan.id, version.id);
  const now = new Date();
  if (status !== "DRAFT") await db.planVersion.update({ where: { id: version.id }, data: { status: "SUBMITTED", submittedAt: now } });
  if (status === "APPROVED") await db.planVersion.update({ where: { id: version.id }, data: { status: "APPROVED", approvedAt: now } });
  return { plan, version };
}

/** The agency's shared draft plan (2100), for the line commands: a fresh line in it each call. */
async function sharedDraft(r: Records, t: TargetKey) {
  const agencyId = r.agency(t);
  const plan = await db.developmentPlan.upsert({ where: { agencyId_year: { agencyId, year: 2100 } }, create: { agencyId, year: 2100 }, update: {} });
  const version = (await db.planVersion.findFirst({ where: { planId: plan.id, number: 0 } })) ?? (await db.planVersion.create({ data: { agencyId, planId: plan.id, number: 0 } }));
  return { plan, version, line: () => lineIn(agencyId, plan.id, version.id) };
}

async function draftRevision(r: Records, t: TargetKey) {
  const { plan } = await freshPlan(r, t, "APPROVED");
  return db.planVersion.create({ data: { agencyId: plan.agencyId, planId: plan.id, number: 1, reason: "Revisi matriks" } });
}

export const PLAN_CORE_COMMANDS: Record<string, CommandEntry> = {
  createPlan: { record: "none", grants: ADMIN, input: async () => ({ year: String(freshYear()) }) },
  submitPlanVersion: { record: "agency", grants: ADMIN, input: async (r, t) => ({ versionId: (await freshPlan(r, t, "DRAFT")).version.id }) },
  returnPlanVersion: { record: "agency", grants: ADMIN, input: async (r, t) => ({ versionId: (await freshPlan(r, t, "SUBMITTED")).version.id }) },
  approvePlanVersion: { record: "agency", grants: APPROVER, input: async (r, t) => ({ versionId: (await freshPlan(r, t, "SUBMITTED")).version.id }) },
  startPlanRevision: { record: "agency", grants: ADMIN, input: async (r, t) => ({ planId: (await freshPlan(r, t, "APPROVED")).plan.id, reason: "Penyesuaian anggaran" }) },
  deletePlanRevision: { record: "agency", grants: ADMIN, input: async (r, t) => ({ versionId: (await draftRevision(r, t)).id }) },
  addPlanLine: { record: "agency", grants: ADMIN, input: async (r, t) => ({ versionId: (await sharedDraft(r, t)).version.id, ...LINE }) },
  updatePlanLine: { record: "agency", grants: ADMIN, input: async (r, t) => ({ lineId: (await (await sharedDraft(r, t)).line()).id, ...LINE }) },
  deletePlanLine: { record: "agency", grants: ADMIN, input: async (r, t) => ({ lineId: (await (await sharedDraft(r, t)).line()).id }) },
  // Acts in the viewer's own agency; a need nobody has is refused as invalid input after the permission check.
  addNeedsToPlan: { record: "none", grants: ADMIN, input: async () => ({ year: "2100", one: `${randomUUID()}:3` }) },
};
