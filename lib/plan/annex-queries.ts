import "server-only";
// The one read behind the plan's documents (decision 0038): one version of a year's plan with everything the
// annex shows, for the XLSX annex (lib/plan/annex-export.ts) and the print page (/admin/rencana/[year]/cetak).
// read:plan is agency-wide (ADMIN, PLAN_APPROVER), so the scope is the viewer's agency; another agency's plan of
// the same year is simply not found.
import type { Viewer } from "@/lib/auth/load-viewer";
import { accessFor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { AnnexData, AnnexLine } from "./annex-rules";

/** Only an agency-wide reader of plans (the page guard checks the same). */
export function mayReadAnnex(viewer: Pick<Viewer, "roles">): boolean {
  return accessFor(viewer.roles, "read:plan").includes("any");
}

/**
 * The version `number` of the viewer's agency's plan of `year` (by default the latest approved version, or the
 * latest version when none is approved yet: it prints as a draft), or null when there is no such plan or version.
 */
export async function loadAnnex(viewer: Pick<Viewer, "agencyId" | "roles">, year: number, number?: number): Promise<AnnexData | null> {
  if (!mayReadAnnex(viewer)) throw new AppError("FORBIDDEN", "common.forbidden");
  const plan = await db.developmentPlan.findUnique({
    where: { agencyId_year: { agencyId: viewer.agencyId, year } },
    select: { id: true, year: true, agency: { select: { name: true, region: true } }, versions: { select: { id: true, number: true, status: true }, orderBy: { number: "asc" } } },
  });
  if (!plan || !plan.versions.length) return null;
  const approved = plan.versions.filter((v) => v.status === "APPROVED");
  const chosen = number === undefined ? (approved.at(-1) ?? plan.versions.at(-1)!) : plan.versions.find((v) => v.number === number);
  if (!chosen) return null;

  const version = await db.planVersion.findUniqueOrThrow({
    where: { id: chosen.id },
    select: { number: true, status: true, reason: true, approvedAt: true, approvedById: true, submittedAt: true },
  });
  const approver = version.approvedById
    ? await db.user.findFirst({ where: { id: version.approvedById, agencyId: viewer.agencyId }, select: { name: true } })
    : null;
  const rows = await db.planLine.findMany({
    where: { agencyId: viewer.agencyId, versionId: chosen.id },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: {
      itemId: true, position: true, title: true, targetLevel: true, targetPositionTypes: true, targetPeople: true, routeCode: true,
      provider: true, providerName: true, plannedMonth: true, jpPerParticipant: true, curriculumFit: true,
      competency: { select: { code: true, name: true } },
      unit: { select: { id: true, name: true } },
      targets: { select: { unit: { select: { name: true } }, position: { select: { name: true } } }, orderBy: { id: "asc" } },
      budget: { select: { item: true, volume: true, unit: true, unitPrice: true, fundSource: true, accountCode: true, position: true }, orderBy: [{ position: "asc" }, { id: "asc" }] },
    },
  });
  const lines: AnnexLine[] = rows.map(({ targets, ...line }) => ({
    ...line,
    targetUnits: targets.flatMap((t) => (t.unit ? [t.unit.name] : [])),
    targetPositions: targets.flatMap((t) => (t.position ? [t.position.name] : [])),
  }));
  return {
    agency: plan.agency,
    year: plan.year,
    versions: plan.versions.map(({ number: n, status }) => ({ number: n, status })),
    version: { ...version, approverName: approver?.name ?? null },
    lines,
  };
}
