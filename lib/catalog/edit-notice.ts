import "server-only";
import type { Tx } from "@/lib/db";
import { batchNoticeParams, notifyEmployees } from "@/lib/notification/notify";
import { staffNames } from "./edit-rules";

// Who hears of a batch's new days, times or place: every confirmed participant, and each participant's current
// supervisor (once, naming their staff). Nobody else: not the waitlist, not pending registrations.

/**
 * Notifies the batch's confirmed participants (kind `participantKind`, default "batchScheduleChanged") and their
 * supervisors of `changes` (old → new params, see describeChanges in lib/notification/notices.ts).
 */
export async function notifyScheduleChange(
  tx: Tx,
  agencyId: string,
  batchId: string,
  changes: Record<string, string | number>,
  participantKind: "batchScheduleChanged" | "sessionRescheduled" = "batchScheduleChanged",
): Promise<{ participants: number; supervisors: number }> {
  const confirmed = await tx.enrolment.findMany({
    where: { agencyId, batchId, status: "CONFIRMED" },
    select: { employee: { select: { id: true, name: true, supervisorId: true } } },
    orderBy: { employee: { name: "asc" } },
  });
  if (!confirmed.length) return { participants: 0, supervisors: 0 };
  const batch = await batchNoticeParams(tx, batchId);
  const params = { ...batch, ...changes };
  await notifyEmployees(tx, agencyId, confirmed.map((e) => e.employee.id), {
    kind: participantKind, params, link: `/pelatihan/saya?angkatan=${batchId}`,
  });
  const staffBySupervisor = new Map<string, string[]>();
  for (const { employee } of confirmed) {
    if (employee.supervisorId) staffBySupervisor.set(employee.supervisorId, [...(staffBySupervisor.get(employee.supervisorId) ?? []), employee.name]);
  }
  for (const [supervisorId, names] of staffBySupervisor) {
    await notifyEmployees(tx, agencyId, [supervisorId], {
      kind: "staffBatchScheduleChanged", params: { ...params, name: staffNames(names), staff: names.length }, link: `/pelatihan/${batch.programId}`,
    });
  }
  return { participants: confirmed.length, supervisors: staffBySupervisor.size };
}
