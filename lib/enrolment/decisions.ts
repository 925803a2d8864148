import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { EnrolmentStatus } from "@/lib/generated/prisma/enums";
import type { Viewer } from "@/lib/auth/load-viewer";
import type { SqlTx } from "@/lib/sql-transaction";
import { isUuid } from "@/lib/uuid";
import { employeeInScopeSql } from "./scope-sql";
import { noticeCte, type Recipients } from "./sql";

// The reads and writes of the approval steps, each one statement: the command judges in between.

export type SupervisedRegistration = {
  id: string;
  status: EnrolmentStatus;
  quotaUnitId: string | null;
  employeeId: string;
  batchId: string;
  number: number;
  programTitle: string;
};

/**
 * A registration of the viewer's agency whose person is within the viewer's scope for the supervisor's decision
 * (the same scope listPendingApprovals shows), with the training it is for; null when there is none.
 */
export async function supervisedRegistration(viewer: Viewer, enrolmentId: string, tx: SqlTx): Promise<SupervisedRegistration | null> {
  const inScope = employeeInScopeSql(viewer, "decide:enrolment-supervisor", Prisma.sql`en."employeeId"`);
  if (!inScope || !isUuid(enrolmentId)) return null;
  const [row] = await tx.$queryRaw<SupervisedRegistration[]>`
    SELECT en.id::text AS id, en.status::text AS status, en."quotaUnitId"::text AS "quotaUnitId", en."employeeId"::text AS "employeeId",
      en."batchId"::text AS "batchId", b.number, p.title AS "programTitle"
    FROM "Enrolment" en JOIN "Batch" b ON b.id = en."batchId" JOIN "Program" p ON p.id = b."programId"
    WHERE en.id = ${enrolmentId}::uuid AND en."agencyId" = ${viewer.agencyId}::uuid AND ${inScope}`;
  return row ?? null;
}

/**
 * Writes the supervisor's decision and its notice, provided the registration still waits for it (a concurrent
 * decision of the same registration finds it decided). Returns whether it was written.
 */
export async function recordSupervisorDecision(
  tx: SqlTx,
  enrolmentId: string,
  decision: { status: "PENDING_AGENCY" | "REJECTED"; supervisorId: string | null; note: string },
  to: Recipients,
): Promise<boolean> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    WITH changed AS (
      UPDATE "Enrolment" SET status = ${decision.status}::"EnrolmentStatus", "supervisorId" = ${decision.supervisorId}::uuid,
        "supervisorNote" = ${decision.note || null}, "supervisorDecidedAt" = ${new Date()},
        "rejectedReason" = ${decision.status === "REJECTED" ? decision.note : null}, "updatedAt" = now()
      WHERE id = ${enrolmentId}::uuid AND status = 'PENDING_SUPERVISOR'
      RETURNING id)
    ${noticeCte(to)}
    SELECT id::text AS id FROM changed`;
  return rows.length > 0;
}

/** The agency's rejection (under the batch lock) and its notice. */
export async function recordAgencyRejection(tx: SqlTx, enrolmentId: string, decision: { note: string; deciderId: string }, to: Recipients): Promise<void> {
  await tx.$queryRaw`
    WITH changed AS (
      UPDATE "Enrolment" SET status = 'REJECTED', "rejectedReason" = ${decision.note}, "agencyDecidedById" = ${decision.deciderId}::uuid,
        "agencyDecidedAt" = ${new Date()}, "updatedAt" = now()
      WHERE id = ${enrolmentId}::uuid
      RETURNING id)
    ${noticeCte(to)}
    SELECT id::text AS id FROM changed`;
}
