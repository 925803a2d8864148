import "server-only";
import type { Tx } from "@/lib/db";

/** Whom and which training a feedback notice is about. */
export async function taskNoticeParams(tx: Tx, enrolmentId: string): Promise<{ name: string; program: string; batch: number }> {
  const enrolment = await tx.enrolment.findUniqueOrThrow({
    where: { id: enrolmentId },
    select: { employee: { select: { name: true } }, batch: { select: { number: true, program: { select: { title: true } } } } },
  });
  return { name: enrolment.employee.name, program: enrolment.batch.program.title, batch: enrolment.batch.number };
}
