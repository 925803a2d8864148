import "server-only";
// The status checks every plan command makes before it writes (decision 0035): the version is read with a row
// lock, and a version that is not the expected status is refused with a message that says what to do instead.
// The database triggers (plan_version_guard and the line triggers) refuse the same writes if a check is missed.
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { PlanVersionStatus } from "@/lib/generated/prisma/enums";

const E = "planCore.errors";

/** The message for a write refused because of the version's status. */
export function lockedMessage(status: PlanVersionStatus): string {
  return status === "APPROVED" ? `${E}.approvedLocked` : status === "SUBMITTED" ? `${E}.submittedLocked` : `${E}.notSubmitted`;
}

/** The version (of the viewer's agency), row-locked; NOT_FOUND when it is not there. */
export async function lockVersion(tx: Tx, agencyId: string, versionId: string) {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "PlanVersion" WHERE id = ${versionId}::uuid AND "agencyId" = ${agencyId}::uuid FOR UPDATE`;
  if (!rows[0]) throw new AppError("NOT_FOUND", "common.notFound");
  return tx.planVersion.findUniqueOrThrow({ where: { id: versionId }, include: { plan: { select: { year: true } } } });
}

/** The version, which must be a draft for its lines to change. */
export async function lockDraft(tx: Tx, agencyId: string, versionId: string) {
  const version = await lockVersion(tx, agencyId, versionId);
  if (version.status !== "DRAFT") throw new AppError("CONFLICT", lockedMessage(version.status));
  return version;
}

/** A line of the viewer's agency with its version locked and required to be a draft. */
export async function lockDraftLine(tx: Tx, agencyId: string, lineId: string) {
  const line = await tx.planLine.findFirst({ where: { id: lineId, agencyId }, include: { targets: true, budget: { orderBy: { position: "asc" } } } });
  if (!line) throw new AppError("NOT_FOUND", "common.notFound");
  const version = await lockDraft(tx, agencyId, line.versionId);
  return { line, version };
}
