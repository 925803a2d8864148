import "server-only";
// Reading the plans of the viewer's agency (decision 0035): the list by year, one version's lines with its totals,
// and one line for the form. Plans are agency-wide (read:plan: admins and plan approvers, any).
import { db } from "@/lib/db";
import type { PlanVersionStatus } from "@/lib/generated/prisma/enums";
import { lineTotal, planTotals } from "./rules";

export type PlanListRow = { id: string; year: number; versionNumber: number; status: PlanVersionStatus; lines: number; total: number };

/** Every plan of the agency, newest year first, with its latest version's status, line count and total. */
export async function listPlans(agencyId: string): Promise<PlanListRow[]> {
  const rows = await db.$queryRaw<{ id: string; year: number; versionNumber: number; status: PlanVersionStatus; lines: number; total: bigint | null }[]>`
    SELECT p.id::text, p.year, v.number AS "versionNumber", v.status,
           (SELECT count(*)::int FROM "PlanLine" l WHERE l."versionId" = v.id) AS lines,
           (SELECT sum(b.volume::bigint * b."unitPrice")::bigint FROM "PlanBudgetItem" b JOIN "PlanLine" l ON l.id = b."lineId" WHERE l."versionId" = v.id) AS total
      FROM "DevelopmentPlan" p
      JOIN LATERAL (SELECT id, number, status FROM "PlanVersion" WHERE "planId" = p.id ORDER BY number DESC LIMIT 1) v ON true
     WHERE p."agencyId" = ${agencyId}::uuid
     ORDER BY p.year DESC`;
  return rows.map((r) => ({ ...r, total: Number(r.total ?? 0) }));
}

const lineInclude = {
  competency: { select: { code: true, name: true } },
  unit: { select: { name: true } },
  targets: { include: { unit: { select: { name: true } }, position: { select: { name: true } } } },
  budget: { orderBy: { position: "asc" } },
} as const;

/** The plan of a year with its versions; the chosen version (?versi=n; default the open one, else the latest approved) and its lines and totals. */
export async function planOfYearView(agencyId: string, year: number, versionNumber?: number) {
  const plan = await db.developmentPlan.findUnique({
    where: { agencyId_year: { agencyId, year } },
    include: { versions: { orderBy: { number: "asc" } } },
  });
  if (!plan) return null;
  const open = plan.versions.find((v) => v.status !== "APPROVED");
  const version = plan.versions.find((v) => v.number === versionNumber) ?? open ?? plan.versions.at(-1)!;
  const userIds = [...new Set(plan.versions.flatMap((v) => [v.submittedById, v.approvedById, v.createdById]).filter((x): x is string => !!x))];
  const [lines, users] = await Promise.all([
    db.planLine.findMany({ where: { versionId: version.id }, include: lineInclude, orderBy: [{ position: "asc" }, { id: "asc" }] }),
    db.user.findMany({ where: { agencyId, id: { in: userIds } }, select: { id: true, name: true } }),
  ]);
  const unitNames = new Map(lines.filter((l) => l.unitId).map((l) => [l.unitId, l.unit!.name]));
  return {
    plan,
    versions: plan.versions,
    version,
    open: open ?? null,
    userName: new Map(users.map((u) => [u.id, u.name])),
    lines: lines.map((l) => ({ ...l, total: lineTotal(l) })),
    totals: planTotals(lines),
    unitNames,
  };
}
export type PlanYearView = NonNullable<Awaited<ReturnType<typeof planOfYearView>>>;

/** One line of the agency's plan of that year, with its version. */
export async function planLineForForm(agencyId: string, year: number, lineId: string) {
  const line = await db.planLine.findFirst({
    where: { id: lineId, agencyId, version: { plan: { year } } },
    include: { ...lineInclude, version: { select: { id: true, number: true, status: true } } },
  });
  return line;
}

/** What the line form offers: the agency's competencies, units and positions. */
export async function lineFormOptions(agencyId: string) {
  const [competencies, units, positions] = await Promise.all([
    db.competency.findMany({ where: { agencyId }, select: { id: true, code: true, name: true }, orderBy: { code: "asc" } }),
    db.orgUnit.findMany({ where: { agencyId }, select: { id: true, name: true, depth: true }, orderBy: { path: "asc" } }),
    db.position.findMany({ where: { agencyId }, select: { id: true, name: true }, orderBy: { name: "asc" }, take: 1000 }),
  ]);
  return { competencies, units, positions };
}
export type LineFormOptions = Awaited<ReturnType<typeof lineFormOptions>>;
