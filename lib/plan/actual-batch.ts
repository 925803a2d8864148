import "server-only";
// What the batch's budget page shows (decision 0037): the batch, its plan line and the lines it may link to, and
// its realised rows in the order recorded, with totals per source of funds and overall.
import type { Viewer } from "@/lib/auth/load-viewer";
import { hasPermission } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { FundSource } from "@/lib/generated/prisma/enums";
import { linkableLines } from "./actual-commands";
import { FUND_SOURCES, sumRupiah } from "./rules";

export async function batchBudget(viewer: Viewer, batchId: string) {
  if (!hasPermission(viewer.roles, "manage:plan")) throw new AppError("FORBIDDEN", "common.forbidden");
  const batch = await db.batch.findFirst({
    where: { id: batchId, agencyId: viewer.agencyId },
    select: { id: true, number: true, startDate: true, endDate: true, status: true, planItemId: true, program: { select: { id: true, title: true } } },
  });
  if (!batch) return null;
  const [{ plan, version, lines }, rows] = await Promise.all([
    linkableLines(db, viewer.agencyId, batch.startDate),
    db.batchSpending.findMany({ where: { agencyId: viewer.agencyId, batchId }, orderBy: [{ recordedAt: "asc" }, { id: "asc" }] }),
  ]);
  // The linked line may belong to another version than the one offered (a revision removed it): its latest title.
  const linked = batch.planItemId
    ? (lines.find((l) => l.itemId === batch.planItemId) ??
      (await db.planLine.findFirst({ where: { agencyId: viewer.agencyId, itemId: batch.planItemId }, orderBy: { version: { number: "desc" } }, select: { id: true, itemId: true, title: true, position: true } })))
    : null;
  const byFundSource = FUND_SOURCES.map((fundSource) => ({ fundSource, total: sumRupiah(rows.filter((r) => r.fundSource === fundSource).map((r) => r.amount)) }))
    .filter((s) => rows.some((r) => r.fundSource === s.fundSource));
  return {
    batch,
    year: batch.startDate.getUTCFullYear(),
    plan: plan ? { id: plan.id, year: plan.year } : null,
    version: version ? { number: version.number, status: version.status } : null,
    lines,
    linked,
    spending: rows.map((r) => ({ id: r.id, fundSource: r.fundSource as FundSource, amount: r.amount, description: r.description, spentOn: r.spentOn, recordedAt: r.recordedAt })),
    byFundSource,
    total: sumRupiah(rows.map((r) => r.amount)),
  };
}

export type BatchBudget = NonNullable<Awaited<ReturnType<typeof batchBudget>>>;
