import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { BatchStatus, EnrolmentStatus } from "@/lib/generated/prisma/enums";
import type { Tx } from "@/lib/db";
import type { SqlTx } from "@/lib/sql-transaction";
import { AppError } from "@/lib/errors";
import { isUuid } from "@/lib/uuid";
import { clashRefusal, confirmedClash } from "./clash";
import { firstClash, seatAvailable } from "./rules";
import { confirmedElsewhere, noticeCte, type Recipients } from "./sql";

// Seat accounting. Every change of a confirmed seat happens here, inside the caller's transaction, after
// locking the batch row (and the quota row), so concurrent approvals queue up instead of overbooking.
// CHECK constraints on the counters are the last line of defence.
// The batch lock is FOR NO KEY UPDATE: it excludes every other seat change of the batch, but not the key-share
// lock a new registration's foreign key takes, so registrations do not queue behind approvals.
// Lock order, everywhere: the batch, then the registration and its person.

export type LockedBatch = {
  id: string;
  capacity: number;
  confirmedCount: number;
  startDate: Date;
  endDate: Date;
  status: BatchStatus;
  number: number;
  programTitle: string;
};

const lockedBatchColumns = Prisma.sql`b.id::text AS id, b.capacity, b."confirmedCount", b."startDate", b."endDate", b.status::text AS status, b.number, p.title AS "programTitle"`;

/** Takes the batch's row lock; every seat change in the same transaction then runs alone for that batch. */
export async function lockBatch(tx: SqlTx, batchId: string): Promise<LockedBatch> {
  const [batch] = isUuid(batchId)
    ? await tx.$queryRaw<LockedBatch[]>`
        SELECT ${lockedBatchColumns} FROM "Batch" b JOIN "Program" p ON p.id = b."programId" WHERE b.id = ${batchId}::uuid FOR NO KEY UPDATE OF b`
    : [];
  if (!batch) throw new AppError("NOT_FOUND", "common.notFound");
  return batch;
}

/** The same lock, on the batch of a registration of the agency; null when there is no such registration. */
export async function lockBatchOfEnrolment(tx: SqlTx, enrolmentId: string, agencyId: string): Promise<LockedBatch | null> {
  if (!isUuid(enrolmentId)) return null;
  const [batch] = await tx.$queryRaw<LockedBatch[]>`
    SELECT ${lockedBatchColumns} FROM "Batch" b JOIN "Program" p ON p.id = b."programId"
    WHERE b.id = (SELECT "batchId" FROM "Enrolment" WHERE id = ${enrolmentId}::uuid AND "agencyId" = ${agencyId}::uuid)
    FOR NO KEY UPDATE OF b`;
  return batch ?? null;
}

export type Participant = { id: string; batchId: string; employeeId: string; status: EnrolmentStatus; quotaUnitId: string | null };

/**
 * Locks a registration and its person (after the batch lock) and reads the registration as it now is. The
 * person's lock makes two admissions of the same person into two overlapping batches (each under its own
 * batch lock) queue, so the second sees the first's seat when it looks for clashes.
 */
export async function lockParticipant(tx: SqlTx, enrolmentId: string): Promise<Participant | null> {
  const [row] = await tx.$queryRaw<Participant[]>`
    SELECT en.id::text AS id, en."batchId"::text AS "batchId", en."employeeId"::text AS "employeeId", en.status::text AS status, en."quotaUnitId"::text AS "quotaUnitId"
    FROM "Enrolment" en JOIN "Employee" emp ON emp.id = en."employeeId"
    WHERE en.id = ${enrolmentId}::uuid
    FOR UPDATE OF en, emp`;
  return row ?? null;
}

async function lockQuota(tx: SqlTx, batchId: string, unitId: string | null) {
  if (!unitId) return null;
  const [quota] = await tx.$queryRaw<{ seats: number; confirmedCount: number }[]>`
    SELECT seats, "confirmedCount" FROM "BatchQuota" WHERE "batchId" = ${batchId}::uuid AND "unitId" = ${unitId}::uuid FOR UPDATE`;
  return quota ? { seats: quota.seats, confirmed: quota.confirmedCount } : null;
}

async function takeSeat(tx: Tx, batchId: string, quotaUnitId: string | null) {
  await tx.batch.update({ where: { id: batchId }, data: { confirmedCount: { increment: 1 } } });
  if (quotaUnitId) {
    await tx.batchQuota.update({ where: { batchId_unitId: { batchId, unitId: quotaUnitId } }, data: { confirmedCount: { increment: 1 } } });
  }
}

/**
 * A registration reaches the agency decision: it gets its place in the queue and a seat if one is left
 * (in the batch and in its unit's quota), or a place on the waiting list. A person already confirmed in a
 * batch whose days overlap is refused (the clash is checked again here: it may have arisen since registration).
 * The caller holds the batch lock (`batch`) and the participant's lock (lockParticipant). One statement writes
 * the seat, the registration and the notice `notify` asks for.
 */
export async function admit(
  tx: SqlTx,
  batch: LockedBatch,
  enrolment: Pick<Participant, "id" | "employeeId" | "quotaUnitId">,
  deciderId: string,
  notify?: (status: "CONFIRMED" | "WAITLISTED") => Recipients | null,
): Promise<"CONFIRMED" | "WAITLISTED"> {
  const clash = firstClash(batch, await confirmedElsewhere(tx, enrolment.employeeId, batch.id));
  if (clash) throw clashRefusal(clash);
  const quota = await lockQuota(tx, batch.id, enrolment.quotaUnitId);
  const confirmed = seatAvailable({ capacity: batch.capacity, confirmed: batch.confirmedCount, quota });
  const status = confirmed ? ("CONFIRMED" as const) : ("WAITLISTED" as const);
  const seat = confirmed
    ? Prisma.sql`seat AS (UPDATE "Batch" SET "confirmedCount" = "confirmedCount" + 1, "updatedAt" = now() WHERE id = ${batch.id}::uuid),
      quota AS (UPDATE "BatchQuota" SET "confirmedCount" = "confirmedCount" + 1 WHERE "batchId" = ${batch.id}::uuid AND "unitId" = ${enrolment.quotaUnitId}::uuid),`
    : Prisma.empty;
  await tx.$queryRaw`
    WITH ${seat} changed AS (
      UPDATE "Enrolment" SET status = ${status}::"EnrolmentStatus", "queueSeq" = nextval('"Enrolment_queue_seq"'),
        "agencyDecidedById" = ${deciderId}::uuid, "agencyDecidedAt" = ${new Date()}, "updatedAt" = now()
      WHERE id = ${enrolment.id}::uuid RETURNING id)
    ${noticeCte(notify?.(status) ?? null)}
    SELECT id::text AS id FROM changed`;
  return status;
}

/**
 * A confirmed seat is given up. The oldest waiting registrations that fit (the batch, and their own
 * unit's quota) are promoted, first in, first out. One whose person is by now confirmed in an overlapping
 * batch is skipped and keeps their place in the queue. Returns the ids promoted.
 */
export async function releaseSeat(tx: Tx, enrolment: { batchId: string; quotaUnitId: string | null }): Promise<string[]> {
  const locked = await lockBatch(tx, enrolment.batchId);
  await tx.batch.update({ where: { id: enrolment.batchId }, data: { confirmedCount: { decrement: 1 } } });
  if (enrolment.quotaUnitId) {
    await tx.batchQuota.update({
      where: { batchId_unitId: { batchId: enrolment.batchId, unitId: enrolment.quotaUnitId } },
      data: { confirmedCount: { decrement: 1 } },
    });
  }
  const promoted: string[] = [];
  const waiting = await tx.enrolment.findMany({
    where: { batchId: enrolment.batchId, status: "WAITLISTED" },
    orderBy: { queueSeq: "asc" },
    select: { id: true, quotaUnitId: true, employeeId: true },
  });
  for (const candidate of waiting) {
    const batch = await tx.batch.findUniqueOrThrow({ where: { id: enrolment.batchId }, select: { capacity: true, confirmedCount: true } });
    if (batch.confirmedCount >= batch.capacity) break;
    const quota = await lockQuota(tx, enrolment.batchId, candidate.quotaUnitId);
    if (!seatAvailable({ capacity: batch.capacity, confirmed: batch.confirmedCount, quota })) continue;
    if (await confirmedClash(tx, candidate.employeeId, locked, true)) continue;
    await takeSeat(tx, enrolment.batchId, candidate.quotaUnitId);
    await tx.enrolment.update({ where: { id: candidate.id }, data: { status: "CONFIRMED" } });
    promoted.push(candidate.id);
  }
  return promoted;
}
