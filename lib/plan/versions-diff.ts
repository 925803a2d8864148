import "server-only";
// The version diff (decision 0035): two versions of one plan as LineSnapshots, compared by rules.diffVersions
// (lines paired by item, budget items by position).
import { db } from "@/lib/db";
import { diffVersions, lineTotal, sumRupiah, type LineSnapshot } from "./rules";

async function snapshots(versionId: string): Promise<LineSnapshot[]> {
  const lines = await db.planLine.findMany({
    where: { versionId },
    include: { competency: { select: { code: true } }, unit: { select: { name: true } }, budget: { orderBy: { position: "asc" } } },
    orderBy: { position: "asc" },
  });
  return lines.map((l) => ({
    itemId: l.itemId,
    title: l.title,
    fields: {
      competency: l.competency ? `${l.competency.code} level ${l.targetLevel}` : null,
      unit: l.unit?.name ?? null,
      targetPositionTypes: l.targetPositionTypes.join(", ") || null,
      targetPeople: l.targetPeople,
      routeCode: l.routeCode,
      provider: l.providerName ? `${l.provider} (${l.providerName})` : l.provider,
      plannedMonth: l.plannedMonth,
      jpPerParticipant: l.jpPerParticipant,
      curriculumFit: l.curriculumFit || null,
    },
    budget: l.budget.map((b) => ({ position: b.position, item: b.item, volume: b.volume, unit: b.unit, unitPrice: b.unitPrice, fundSource: b.fundSource, accountCode: b.accountCode })),
  }));
}

/** The diff from version `from` to version `to` of the agency's plan of a year; null when either is missing. */
export async function planVersionDiff(agencyId: string, year: number, from: number, to: number) {
  const plan = await db.developmentPlan.findUnique({ where: { agencyId_year: { agencyId, year } }, include: { versions: { orderBy: { number: "asc" } } } });
  if (!plan) return null;
  const a = plan.versions.find((v) => v.number === from);
  const b = plan.versions.find((v) => v.number === to);
  if (!a || !b) return { plan, versions: plan.versions, from: a ?? null, to: b ?? null, diff: null };
  const [before, after] = await Promise.all([snapshots(a.id), snapshots(b.id)]);
  const lineTotalOf = (rows: LineSnapshot[]) => sumRupiah(rows.map(lineTotal));
  return { plan, versions: plan.versions, from: a, to: b, diff: diffVersions(before, after), totalBefore: lineTotalOf(before), totalAfter: lineTotalOf(after) };
}
