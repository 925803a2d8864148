import "server-only";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { clashRefusal, confirmedClash } from "./clash";
import { seatAvailable } from "./rules";

// Seat accounting. Every change of a confirmed seat happens here, inside the caller's transaction, after
// locking the batch row (and the quota row), so concurrent approvals queue up instead of overbooking.
// CHECK constraints on the counters are the last line of defence.

type LockedBatch = { id: string; capacity: number; confirmedCount: number; startDate: Date; endDate: Date };

/** Takes the batch's row lock; every seat change in the same transaction then runs alone for that batch. */
export async function lockBatch(tx: Tx, batchId: string): Promise<LockedBatch> {
  const [batch] = await tx.$queryRaw<LockedBatch[]>`
    SELECT id::text, capacity, "confirmedCount", "startDate", "endDate" FROM "Batch" WHERE id = ${batchId}::uuid FOR UPDATE`;
  if (!batch) throw new AppError("NOT_FOUND", "common.notFound");
  return batch;
}

async function lockQuota(tx: Tx, batchId: string, unitId: string | null) {
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
 */
export async function admit(tx: Tx, enrolment: { id: string; batchId: string; employeeId: string; quotaUnitId: string | null }, deciderId: string) {
  const batch = await lockBatch(tx, enrolment.batchId);
  const clash = await confirmedClash(tx, enrolment.employeeId, batch, true);
  if (clash) throw clashRefusal(clash);
  const quota = await lockQuota(tx, enrolment.batchId, enrolment.quotaUnitId);
  const [{ seq }] = (await tx.$queryRaw<{ seq: bigint }[]>`SELECT nextval('"Enrolment_queue_seq"') AS seq`) as [{ seq: bigint }];
  const confirmed = seatAvailable({ capacity: batch.capacity, confirmed: batch.confirmedCount, quota });
  if (confirmed) await takeSeat(tx, enrolment.batchId, enrolment.quotaUnitId);
  await tx.enrolment.update({
    where: { id: enrolment.id },
    data: { status: confirmed ? "CONFIRMED" : "WAITLISTED", queueSeq: seq, agencyDecidedById: deciderId, agencyDecidedAt: new Date() },
  });
  return confirmed ? ("CONFIRMED" as const) : ("WAITLISTED" as const);
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
