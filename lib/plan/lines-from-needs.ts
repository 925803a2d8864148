import "server-only";
// "Tambahkan ke rencana" from the training-needs list (decision 0035): one line per chosen need, in the open draft
// of the chosen year's plan (made when missing). The line keeps the need it came from (needCompetencyId/Level).
import { z } from "zod";
import { defineCommand } from "@/lib/action";
import { allTrainingNeeds, type TrainingNeedRow } from "@/lib/competency/needs";
import { suggestedProgramTitle } from "@/lib/competency/needs-rules";
import { AppError } from "@/lib/errors";
import { interpolate } from "@/lib/i18n/format";
import type { CompetencyKind, RouteCode } from "@/lib/generated/prisma/enums";
import { insertLine, nextLinePosition, openVersion, planOfYear, type LineInput } from "./store";
import { lineAudit } from "./lines-write";
import { lockedMessage } from "./versions-guard";
import { PLAN_YEAR_MAX, PLAN_YEAR_MIN } from "./versions-commands";

/** "competencyId:level", the value of a need's tick box. */
const needKey = z.string().regex(/^[0-9a-f-]{36}:[1-5]$/i, "planCore.errors.need");
const many = z.preprocess((v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]), z.array(needKey).max(100, "validation.tooMany"));

const ROUTE_OF_KIND: Record<CompetencyKind, RouteCode> = { TECHNICAL: "KL03", MANAGERIAL: "KL02", SOCIOCULTURAL: "KL05", GOVERNMENT: "KL03" };
export const NEED_LINE_DEFAULTS = { provider: "INTERNAL", plannedMonth: 3, jpPerParticipant: 20 } as const;

/** The line a need becomes: its title, competency and level, people and units, default route/provider/month/JP, no budget yet. */
export function lineFromNeed(need: Pick<TrainingNeedRow, "competencyId" | "targetLevel" | "code" | "name" | "people" | "unitIds">, kind: CompetencyKind): LineInput {
  return {
    title: suggestedProgramTitle(need),
    competencyId: need.competencyId, targetLevel: need.targetLevel,
    needCompetencyId: need.competencyId, needTargetLevel: need.targetLevel,
    unitId: need.unitIds.length === 1 ? (need.unitIds[0] ?? null) : null,
    targetUnitIds: [...need.unitIds], targetPositionIds: [], targetPositionTypes: [],
    targetPeople: need.people,
    routeCode: ROUTE_OF_KIND[kind], ...NEED_LINE_DEFAULTS, providerName: "", curriculumFit: "",
    budget: [],
  };
}

export const addNeedsToPlan = defineCommand({
  name: "plan.line.fromNeeds",
  permission: "manage:plan",
  schema: z.object({
    year: z.preprocess((v) => (typeof v === "string" ? Number(v) : v), z.number("planCore.errors.year").int("planCore.errors.year").min(PLAN_YEAR_MIN, "planCore.errors.year").max(PLAN_YEAR_MAX, "planCore.errors.year")),
    /** The one need of a row's own button, else the ticked ones. */
    one: z.preprocess((v) => (v === "" ? undefined : v), needKey.optional()),
    need: many,
  }),
  revalidate: ["/admin/rencana", "/admin/rencana/[year]", "/admin/kebutuhan-pelatihan"],
  successMessage: (m, r: { added: number; year: number }) => interpolate(m.planCore.fromNeeds.added, { count: r.added, year: r.year }),
  async run({ viewer, input, tx, audit }) {
    const keys = [...new Set(input.one ? [input.one] : input.need)];
    if (!keys.length) throw new AppError("VALIDATION", "planCore.errors.noNeed");
    const { needs } = await allTrainingNeeds(viewer, {});
    const chosen = keys.map((k) => needs.find((n) => `${n.competencyId}:${n.targetLevel}` === k.toLowerCase()));
    // A need the viewer cannot see (gone since the page was drawn, another agency's) is a field error, not a crash.
    if (chosen.some((n) => !n)) throw new AppError("VALIDATION", "planCore.errors.need", { need: ["planCore.errors.need"] });
    const { plan, created } = await planOfYear(tx, viewer.agencyId, input.year, viewer.userId);
    if (created) await audit({ action: "create", entity: "DevelopmentPlan", entityId: plan.id, after: { year: plan.year } });
    const version = await openVersion(tx, viewer.agencyId, plan.id);
    if (!version) throw new AppError("CONFLICT", "planCore.errors.needsApproved", undefined, { year: plan.year });
    if (version.status !== "DRAFT") throw new AppError("CONFLICT", lockedMessage(version.status));
    const kinds = new Map((await tx.competency.findMany({ where: { agencyId: viewer.agencyId, id: { in: chosen.map((n) => n!.competencyId) } }, select: { id: true, kind: true } })).map((c) => [c.id, c.kind]));
    let position = await nextLinePosition(tx, version.id);
    for (const need of chosen as TrainingNeedRow[]) {
      const input = lineFromNeed(need, kinds.get(need.competencyId) ?? "TECHNICAL");
      const line = await insertLine(tx, { agencyId: viewer.agencyId, planId: plan.id, versionId: version.id, position: position++ }, input);
      await audit({ action: "create", entity: "PlanLine", entityId: line.id, after: { year: plan.year, version: version.number, fromNeed: `${need.code} level ${need.targetLevel}`, ...lineAudit(input) } });
    }
    return { added: chosen.length, year: plan.year };
  },
});
