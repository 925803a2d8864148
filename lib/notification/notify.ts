import "server-only";
import type { Tx } from "@/lib/db";

export type Notice = { title: string; body: string; link?: string };

/** Puts a message in the inbox of the account of each employee given (employees without one are skipped). */
export async function notifyEmployees(tx: Tx, agencyId: string, employeeIds: readonly string[], notice: Notice): Promise<void> {
  if (!employeeIds.length) return;
  const users = await tx.user.findMany({ where: { agencyId, employeeId: { in: [...employeeIds] } }, select: { id: true } });
  if (!users.length) return;
  await tx.notification.createMany({
    data: users.map((u) => ({ agencyId, userId: u.id, title: notice.title, body: notice.body, link: notice.link ?? null })),
  });
}
