import "server-only";
// The plan of a year and its versions (decision 0035): create the plan (with an empty original draft), submit,
// return to draft, approve (approve:plan only; stamps who and when), start a revision with its reason (a copy of
// the latest approved version), delete a draft revision. Each command checks the status first and says what to do.
import { z } from "zod";
import { defineCommand, type CommandContext } from "@/lib/action";
import { AppError } from "@/lib/errors";
import { canMoveVersion } from "./rules";
import { planOfYear, startRevision } from "./store";
import { lockedMessage, lockVersion } from "./versions-guard";

const PLAN_PATHS = ["/admin/rencana", "/admin/rencana/[year]"];
const id = z.uuid("common.notFound");
export const PLAN_YEAR_MIN = 2000;
export const PLAN_YEAR_MAX = 2100;
const year = z.preprocess(
  (v) => (typeof v === "string" ? (v.trim() === "" || v.length > 6 ? NaN : Number(v)) : v),
  z.number("planCore.errors.year").int("planCore.errors.year").min(PLAN_YEAR_MIN, "planCore.errors.year").max(PLAN_YEAR_MAX, "planCore.errors.year"),
);

export const createPlan = defineCommand({
  name: "plan.create",
  permission: "manage:plan",
  schema: z.object({ year }),
  revalidate: PLAN_PATHS,
  successMessage: (m) => m.planCore.list.created,
  async run({ viewer, input, tx, audit }) {
    const { plan, created } = await planOfYear(tx, viewer.agencyId, input.year, viewer.userId);
    if (!created) throw new AppError("CONFLICT", "planCore.errors.planExists", { year: ["planCore.errors.planExists"] });
    await audit({ action: "create", entity: "DevelopmentPlan", entityId: plan.id, after: { year: plan.year } });
    return { planId: plan.id, year: plan.year };
  },
});

const stamp = (v: { status: string; submittedById: string | null; submittedAt: Date | null; approvedById: string | null; approvedAt: Date | null }) => ({
  status: v.status, submittedById: v.submittedById, submittedAt: v.submittedAt?.toISOString() ?? null, approvedById: v.approvedById, approvedAt: v.approvedAt?.toISOString() ?? null,
});

type MoveTo = "SUBMITTED" | "DRAFT" | "APPROVED";
const versionInput = z.object({ versionId: id });

/** Moves a version of the viewer's agency to `to` if the move is allowed, stamping who and when; audited as `action`. */
async function moveVersion({ viewer, input, tx, audit }: CommandContext<z.infer<typeof versionInput>>, to: MoveTo, action: string) {
  const version = await lockVersion(tx, viewer.agencyId, input.versionId);
  if (!canMoveVersion(version.status, to)) {
    throw new AppError("CONFLICT", version.status === "APPROVED" ? lockedMessage("APPROVED") : to === "SUBMITTED" ? "planCore.errors.alreadySubmitted" : "planCore.errors.notSubmitted");
  }
  if (to === "SUBMITTED" && (await tx.planLine.count({ where: { versionId: version.id } })) === 0) throw new AppError("CONFLICT", "planCore.errors.emptyVersion");
  const now = new Date();
  const data =
    to === "SUBMITTED" ? { status: to, submittedById: viewer.userId, submittedAt: now }
    : to === "APPROVED" ? { status: to, approvedById: viewer.userId, approvedAt: now }
    : { status: to, submittedById: null, submittedAt: null };
  const after = await tx.planVersion.update({ where: { id: version.id }, data });
  const about = { year: version.plan.year, number: version.number };
  await audit({ action, entity: "PlanVersion", entityId: version.id, before: { ...about, ...stamp(version) }, after: { ...about, ...stamp(after) } });
  return about;
}

export const submitPlanVersion = defineCommand({
  name: "plan.version.submit",
  permission: "manage:plan",
  schema: versionInput,
  revalidate: PLAN_PATHS,
  successMessage: (m) => m.planCore.version.submitted,
  run: (ctx) => moveVersion(ctx, "SUBMITTED", "plan.version.submit"),
});

export const returnPlanVersion = defineCommand({
  name: "plan.version.return",
  permission: "manage:plan",
  schema: versionInput,
  revalidate: PLAN_PATHS,
  successMessage: (m) => m.planCore.version.returned,
  run: (ctx) => moveVersion(ctx, "DRAFT", "plan.version.return"),
});

/** Approval is its own permission (approve:plan: PLAN_APPROVER), so the agency gives it to the head of the BKPP. */
export const approvePlanVersion = defineCommand({
  name: "plan.version.approve",
  permission: "approve:plan",
  schema: versionInput,
  revalidate: PLAN_PATHS,
  successMessage: (m) => m.planCore.version.approved,
  run: (ctx) => moveVersion(ctx, "APPROVED", "plan.version.approve"),
});

export const startPlanRevision = defineCommand({
  name: "plan.revision.start",
  permission: "manage:plan",
  schema: z.object({ planId: id, reason: z.string("planCore.errors.reason").trim().min(5, "planCore.errors.reason").max(1000, "planCore.errors.reason") }),
  revalidate: PLAN_PATHS,
  successMessage: (m) => m.planCore.version.revisionStarted,
  async run({ viewer, input, tx, audit }) {
    const plan = await tx.developmentPlan.findFirst({ where: { id: input.planId, agencyId: viewer.agencyId } });
    if (!plan) throw new AppError("NOT_FOUND", "common.notFound");
    // Serialise with other commands on this plan: the open version (if any) is what a revision must wait for.
    await tx.$queryRaw`SELECT id FROM "DevelopmentPlan" WHERE id = ${plan.id}::uuid FOR UPDATE`;
    const started = await startRevision(tx, viewer.agencyId, plan.id, input.reason, viewer.userId);
    if (!started) throw new AppError("CONFLICT", "planCore.errors.revisionOpen");
    const lines = await tx.planLine.count({ where: { versionId: started.version.id } });
    await audit({ action: "create", entity: "PlanVersion", entityId: started.version.id, after: { year: plan.year, number: started.version.number, reason: input.reason, copiedFrom: started.from.number, lines } });
    return { year: plan.year, number: started.version.number };
  },
});

export const deletePlanRevision = defineCommand({
  name: "plan.revision.delete",
  permission: "manage:plan",
  schema: z.object({ versionId: id }),
  revalidate: PLAN_PATHS,
  successMessage: (m) => m.planCore.version.revisionDeleted,
  async run({ viewer, input, tx, audit }) {
    const version = await lockVersion(tx, viewer.agencyId, input.versionId);
    if (version.status !== "DRAFT") throw new AppError("CONFLICT", lockedMessage(version.status));
    // The original is the plan itself: only a revision (number ≥ 1) is thrown away.
    if (version.number === 0) throw new AppError("CONFLICT", "planCore.errors.originalStays");
    const lines = await tx.planLine.findMany({ where: { versionId: version.id }, select: { itemId: true } });
    await tx.planVersion.delete({ where: { id: version.id } });
    // Items this revision introduced (no other version has them and nothing links to them) go with it.
    const itemIds = lines.map((l) => l.itemId);
    if (itemIds.length) {
      await tx.planItem.deleteMany({ where: { id: { in: itemIds }, lines: { none: {} }, batches: { none: {} }, proposals: { none: {} } } });
    }
    await audit({ action: "delete", entity: "PlanVersion", entityId: version.id, before: { year: version.plan.year, number: version.number, reason: version.reason, lines: lines.length } });
    return { year: version.plan.year };
  },
});
