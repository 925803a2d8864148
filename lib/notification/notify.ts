import "server-only";
import type { Tx } from "@/lib/db";
import type { Notice } from "./notices";

export type { Notice };

/** Puts a notice in the inbox of the account of each employee given (employees without one are skipped). */
export async function notifyEmployees(tx: Tx, agencyId: string, employeeIds: readonly string[], notice: Notice): Promise<void> {
  if (!employeeIds.length) return;
  const users = await tx.user.findMany({ where: { agencyId, employeeId: { in: [...employeeIds] } }, select: { id: true } });
  if (!users.length) return;
  await tx.notification.createMany({
    data: users.map((u) => ({ agencyId, userId: u.id, kind: notice.kind, params: notice.params, link: notice.link ?? null })),
  });
}

/**
 * The params every notice about a batch carries: which training, which angkatan (named, for the reader), and their
 * ids (so the inbox links to the training even after it is renamed).
 */
export async function batchNoticeParams(tx: Tx, batchId: string): Promise<{ program: string; batch: number; programId: string; batchId: string }> {
  const batch = await tx.batch.findUniqueOrThrow({ where: { id: batchId }, select: { number: true, programId: true, program: { select: { title: true } } } });
  return { program: batch.program.title, batch: batch.number, programId: batch.programId, batchId };
}
