import "server-only";
// Recording levels in Bangkom (decision 0030): a supervisor rates their own staff (SUPERVISOR), an ASN rates
// themself (SELF), an admin withdraws a recorded result with a reason. Results are append-only (a trigger
// refuses any other change): a rating is a set of new rows dated today, a withdrawal sets the withdrawn* columns
// once. Who may act on whom is decided here, in the data layer: the team scope for a supervisor (their staff,
// never themselves), the viewer's own employee for a self-rating, agency-wide reach for a withdrawal.
import { defineCommand, type CommandContext } from "@/lib/action";
import { accessFor } from "@/lib/auth/permissions";
import { teamOf } from "@/lib/auth/scope";
import type { Viewer } from "@/lib/auth/viewer";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { AssessmentSource } from "@/lib/generated/prisma/enums";
import { interpolate } from "@/lib/i18n/format";
import { fullName, isInService } from "@/lib/people/rules";
import { calendarToday } from "@/lib/time";
import { rateSelfSchema, rateStaffSchema, withdrawAssessmentSchema, type RateSelfInput } from "./assessments-schemas";
import { ratableStandard } from "./assessments-standard";

const REVALIDATE = ["/admin/pegawai", "/tim", "/kompetensi-saya"];
const mayReach = (viewer: Viewer, access: "own" | "team" | "any") => accessFor(viewer.roles, "record:assessment").includes(access);

type Rated = { count: number; employeeName: string };

/** Writes one rating (several competencies, dated today) of `employeeId` by `assessor`, and its audit row. */
async function recordRating(
  { viewer, tx, audit }: Pick<CommandContext<unknown>, "viewer" | "tx" | "audit">,
  employeeId: string,
  source: Extract<AssessmentSource, "SUPERVISOR" | "SELF">,
  input: RateSelfInput,
): Promise<Rated> {
  const [employee, assessor] = await Promise.all([
    tx.employee.findFirst({ where: { id: employeeId, agencyId: viewer.agencyId }, select: { id: true, name: true, frontTitle: true, backTitle: true, positionId: true, serviceEndDate: true } }),
    tx.employee.findFirst({ where: { id: viewer.employeeId ?? "", agencyId: viewer.agencyId }, select: { id: true, name: true, frontTitle: true, backTitle: true } }),
  ]);
  if (!employee || !assessor) throw new AppError("NOT_FOUND", "common.notFound");
  const today = calendarToday();
  if (!isInService(employee, today)) throw new AppError("CONFLICT", "compAssess.errors.notInService");
  const standard = new Map((await ratableStandard(tx, viewer.agencyId, employee.positionId, today)).map((l) => [l.competencyId, l]));
  const outside = input.ratings.filter((r) => !standard.has(r.competencyId));
  if (outside.length) throw new AppError("VALIDATION", "compAssess.errors.notInStandard", { ratings: ["compAssess.errors.notInStandard"] });
  // A form sent twice records nothing twice: a level this assessor already gave today is left as it is.
  const given = await tx.competencyAssessment.findMany({
    where: { agencyId: viewer.agencyId, employeeId, source, assessorEmployeeId: assessor.id, assessedOn: today, withdrawnAt: null },
    orderBy: { recordedAt: "desc" },
    select: { competencyId: true, level: true },
  });
  const latestGiven = new Map<string, number>();
  for (const g of given) if (!latestGiven.has(g.competencyId)) latestGiven.set(g.competencyId, g.level);
  const fresh = input.ratings.filter((r) => latestGiven.get(r.competencyId) !== r.level);
  if (!fresh.length) throw new AppError("CONFLICT", "compAssess.errors.nothingNew");
  const created = await tx.competencyAssessment.createManyAndReturn({
    data: fresh.map((r) => ({
      agencyId: viewer.agencyId, employeeId, competencyId: r.competencyId, level: r.level, assessedOn: today, source,
      assessorName: fullName(assessor), assessorEmployeeId: assessor.id, documentNumber: input.documentNumber || null, recordedById: viewer.userId,
    })),
    select: { id: true, competencyId: true, level: true },
  });
  await audit({
    action: source === "SELF" ? "competency.rateSelf" : "competency.rateStaff", entity: "CompetencyAssessment", entityId: created[0]!.id,
    after: {
      employeeId, source, assessedOn: today.toISOString().slice(0, 10), assessor: fullName(assessor), documentNumber: input.documentNumber || null,
      results: created.map((c) => ({ id: c.id, code: standard.get(c.competencyId)!.code, level: c.level })),
    },
  });
  return { count: created.length, employeeName: fullName(employee) };
}

/** A supervisor rates one of their staff (direct or, when the agency allows, indirect); never themself. */
export const rateStaff = defineCommand({
  name: "competency.rateStaff",
  permission: "record:assessment",
  schema: rateStaffSchema,
  revalidate: REVALIDATE,
  successMessage: (m, r: Rated) => interpolate(m.compAssess.rate.done, { count: r.count, name: r.employeeName }),
  async run(ctx) {
    const { viewer, input, tx } = ctx;
    if (!mayReach(viewer, "team") || !viewer.employeeId) throw new AppError("FORBIDDEN", "common.forbidden");
    const team = await teamOf(viewer.employeeId, viewer.supervisorSeesIndirect, tx);
    if (!team.some((m) => m.id === input.employeeId)) throw new AppError("NOT_FOUND", "common.notFound");
    return recordRating(ctx, input.employeeId, "SUPERVISOR", input);
  },
});

/** An ASN rates themself: shown as a self-rating, the least trusted source. */
export const rateSelf = defineCommand({
  name: "competency.rateSelf",
  permission: "record:assessment",
  schema: rateSelfSchema,
  revalidate: REVALIDATE,
  successMessage: (m, r: Rated) => interpolate(m.compAssess.rate.doneSelf, { count: r.count }),
  async run(ctx) {
    if (!mayReach(ctx.viewer, "own") || !ctx.viewer.employeeId) throw new AppError("FORBIDDEN", "common.forbidden");
    return recordRating(ctx, ctx.viewer.employeeId, "SELF", ctx.input);
  },
});

/** An admin withdraws a recorded result with a reason; once. The row stays, struck through, and no longer counts. */
export const withdrawAssessment = defineCommand({
  name: "competency.withdrawAssessment",
  permission: "record:assessment",
  schema: withdrawAssessmentSchema,
  revalidate: REVALIDATE,
  successMessage: (m) => m.compAssess.withdraw.done,
  async run({ viewer, input, tx, audit }) {
    if (!mayReach(viewer, "any")) throw new AppError("FORBIDDEN", "common.forbidden");
    const result = await lockResult(tx, viewer.agencyId, input.assessmentId);
    if (!result) throw new AppError("NOT_FOUND", "common.notFound");
    if (result.withdrawnAt) throw new AppError("CONFLICT", "compAssess.errors.alreadyWithdrawn");
    const withdrawnAt = new Date();
    await tx.competencyAssessment.update({
      where: { id: result.id, agencyId: viewer.agencyId },
      data: { withdrawnAt, withdrawnById: viewer.userId, withdrawnReason: input.reason },
    });
    await audit({
      action: "competency.withdraw", entity: "CompetencyAssessment", entityId: result.id,
      before: { employeeId: result.employeeId, level: result.level, source: result.source, assessedOn: result.assessedOn, withdrawnAt: null },
      after: { employeeId: result.employeeId, withdrawnAt: withdrawnAt.toISOString(), reason: input.reason },
    });
    return { id: result.id };
  },
});

async function lockResult(tx: Tx, agencyId: string, id: string) {
  const [row] = await tx.$queryRaw<{ id: string; employeeId: string; level: number; source: string; assessedOn: string; withdrawnAt: Date | null }[]>`
    SELECT id::text, "employeeId"::text AS "employeeId", level, source::text AS source, to_char("assessedOn", 'YYYY-MM-DD') AS "assessedOn", "withdrawnAt"
    FROM "CompetencyAssessment" WHERE id = ${id}::uuid AND "agencyId" = ${agencyId}::uuid FOR UPDATE`;
  return row ?? null;
}
