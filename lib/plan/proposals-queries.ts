import "server-only";
// Reads of the OPD proposals (decision 0036), scoped to the viewer: the admin sees the agency's; an OPD operator
// only those of their unit subtree, and only their subtree's units and needs to propose for.
import type { Viewer } from "@/lib/auth/load-viewer";
import { accessFor } from "@/lib/auth/permissions";
import { allTrainingNeeds } from "@/lib/competency/needs";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ProposalStatus } from "@/lib/generated/prisma/enums";
import { calendarToday } from "@/lib/time";
import { paginate } from "@/lib/ui/pagination";
import { windowState } from "./proposals-rules";

export const PROPOSALS_PAGE_SIZE = 20;
export const PROPOSAL_STATUSES: readonly ProposalStatus[] = ["PROPOSED", "ACCEPTED", "MERGED", "DECLINED"];

export type ProposalFilters = { unitId?: string; status?: ProposalStatus; q?: string; page?: number };

/** The viewer's proposal scope: the agency (an admin) or their unit subtrees (an operator); null = nothing. */
function proposalScope(viewer: Viewer): Prisma.PlanProposalWhereInput | null {
  const { agencyId } = viewer;
  if (accessFor(viewer.roles, "manage:plan").includes("any")) return { agencyId };
  if (!accessFor(viewer.roles, "propose:plan").includes("unit") || !viewer.operatorUnits.length) return null;
  return { agencyId, OR: viewer.operatorUnits.map((u) => ({ unit: { path: { startsWith: u.path } } })) };
}

const proposalSelect = {
  id: true, title: true, targetLevel: true, targetPeople: true, routeCode: true, plannedMonth: true, jpPerParticipant: true, estimatedRupiah: true,
  justification: true, needCompetencyId: true, needTargetLevel: true, status: true, proposedAt: true, decidedAt: true, decisionReason: true, itemId: true,
  unit: { select: { id: true, name: true } }, competency: { select: { code: true, name: true } }, needCompetency: { select: { code: true, name: true } },
  plan: { select: { year: true } },
} satisfies Prisma.PlanProposalSelect;

/** The title of the line each item is in now (its latest version), for "merged into …". */
async function lineTitles(itemIds: string[]): Promise<Map<string, string>> {
  if (!itemIds.length) return new Map();
  const lines = await db.planLine.findMany({ where: { itemId: { in: itemIds } }, select: { itemId: true, title: true, version: { select: { number: true } } } });
  const latest = new Map<string, { title: string; n: number }>();
  for (const l of lines) if ((latest.get(l.itemId)?.n ?? -1) < l.version.number) latest.set(l.itemId, { title: l.title, n: l.version.number });
  return new Map([...latest].map(([k, v]) => [k, v.title]));
}

/** One page of proposals in the viewer's scope, filtered, newest first, each with the line it became. */
export async function proposalsPage(viewer: Viewer, where: Prisma.PlanProposalWhereInput, filters: ProposalFilters) {
  const scope = proposalScope(viewer);
  if (!scope) return null;
  const q = filters.q?.trim().slice(0, 100);
  const filter: Prisma.PlanProposalWhereInput = {
    AND: [scope, where, filters.unitId ? { unitId: filters.unitId } : {}, filters.status ? { status: filters.status } : {},
      q ? { OR: [{ title: { contains: q, mode: "insensitive" } }, { unit: { name: { contains: q, mode: "insensitive" } } }] } : {}],
  };
  const page = await paginate(filters.page ?? 1, PROPOSALS_PAGE_SIZE, () => db.planProposal.count({ where: filter }),
    (skip, take) => db.planProposal.findMany({ where: filter, select: proposalSelect, orderBy: [{ proposedAt: "desc" }, { id: "asc" }], skip, take }));
  const titles = await lineTitles(page.rows.flatMap((r) => (r.itemId ? [r.itemId] : [])));
  return { ...page, rows: page.rows.map((r) => ({ ...r, lineTitle: r.itemId ? (titles.get(r.itemId) ?? null) : null })) };
}
export type ProposalRow = NonNullable<Awaited<ReturnType<typeof proposalsPage>>>["rows"][number];

/** The admin's view of a year: the plan (or null), its window, the open draft's lines and the proposals' OPDs and counts. */
export async function planProposalsOverview(agencyId: string, year: number) {
  const plan = await db.developmentPlan.findUnique({ where: { agencyId_year: { agencyId, year } } });
  if (!plan) return null;
  const [draft, units, counts] = await Promise.all([
    db.planVersion.findFirst({ where: { planId: plan.id, status: { not: "APPROVED" } }, select: { id: true, number: true, status: true } }),
    db.orgUnit.findMany({ where: { agencyId, planProposals: { some: { planId: plan.id } } }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db.planProposal.groupBy({ by: ["status"], where: { planId: plan.id }, _count: { _all: true } }),
  ]);
  const lines = draft?.status === "DRAFT"
    ? await db.planLine.findMany({ where: { versionId: draft.id }, select: { id: true, title: true, targetPeople: true, unit: { select: { name: true } } }, orderBy: { position: "asc" } })
    : [];
  return {
    plan, state: windowState(plan, calendarToday()), draft, lines, units,
    counts: Object.fromEntries(counts.map((c) => [c.status, c._count._all])) as Partial<Record<ProposalStatus, number>>,
  };
}

/** Plans whose window is open or coming, for an OPD operator. */
export async function plansTakingProposals(agencyId: string) {
  const today = calendarToday();
  const plans = await db.developmentPlan.findMany({
    where: { agencyId, proposalsCloseAt: { gt: today } }, select: { id: true, year: true, proposalsOpenAt: true, proposalsCloseAt: true }, orderBy: { year: "asc" },
  });
  return plans.map((p) => ({ ...p, state: windowState(p, today) }));
}

/** The units an operator may propose for: their units and everything below, by path (OPD first). */
export async function proposableUnits(viewer: Viewer) {
  if (!viewer.operatorUnits.length) return [];
  return db.orgUnit.findMany({
    where: { agencyId: viewer.agencyId, closedOn: null, OR: viewer.operatorUnits.map((u) => ({ path: { startsWith: u.path } })) },
    select: { id: true, name: true, depth: true }, orderBy: [{ depth: "asc" }, { name: "asc" }], take: 500,
  });
}

/** The ranked training needs of one unit's subtree (as the needs list shows them to the viewer), for the picker. */
export async function needsOfUnit(viewer: Viewer, unitId: string, limit = 50) {
  const { needs } = await allTrainingNeeds(viewer, { unitId });
  return needs.slice(0, limit).map((n) => ({ rank: n.rank, competencyId: n.competencyId, code: n.code, name: n.name, targetLevel: n.targetLevel, people: n.people }));
}
export type UnitNeed = Awaited<ReturnType<typeof needsOfUnit>>[number];

/** The agency's competencies for the proposal form, by code. */
export function competencyOptions(agencyId: string) {
  return db.competency.findMany({ where: { agencyId }, select: { id: true, code: true, name: true }, orderBy: { code: "asc" }, take: 1000 });
}
