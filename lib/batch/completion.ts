import "server-only";
import { defineCommand } from "@/lib/action";
import { cacheTags, invalidate } from "@/lib/cache";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { attendedMinutes, batchHasEnded, learningSessions } from "@/lib/attendance/rules";
import { wallClock } from "@/lib/time";
import { batchIdSchema } from "@/lib/catalog/schemas";
import { heldMinutes, jpMinutes } from "@/lib/catalog/rules";
import { creditLedger, correctLedger } from "@/lib/ledger/commands";
import { ledgerYear } from "@/lib/ledger/rules";
import { notifyEmployees } from "@/lib/notification/notify";
import { isYearClosed } from "@/lib/compliance/year-close";
import { issueCertificates } from "@/lib/certificate/issue";
import { policyFor } from "@/lib/policy/queries";
import { inviteToReaction } from "@/lib/reaction/invite";
import { hasCompleted } from "@/lib/enrolment/rules";
import { lockBatch } from "@/lib/enrolment/seats";

/** Net minutes already credited per employee for this batch (credits minus reversals). */
async function netCredits(tx: Tx, batchId: string): Promise<Map<string, { net: number; lastCreditId: string }>> {
  const rows = await tx.$queryRaw<{ employeeId: string; net: number; lastCreditId: string }[]>`
    SELECT "employeeId"::text, sum(minutes)::int AS net,
           (array_agg(id::text ORDER BY "createdAt" DESC) FILTER (WHERE source = 'BATCH'))[1] AS "lastCreditId"
    FROM "LedgerEntry" WHERE "batchId" = ${batchId}::uuid GROUP BY "employeeId"`;
  return new Map(rows.map((r) => [r.employeeId, { net: r.net, lastCreditId: r.lastCreditId }]));
}

/**
 * Closes a batch as DONE and credits JP at once: each confirmed participant who attended at least the
 * agency's threshold of the learning minutes actually held is credited all of them, in one immutable ledger
 * entry dated the batch's last day. Running it again credits nobody twice.
 */
export const completeBatch = defineCommand({
  name: "batch.complete",
  permission: "manage:program",
  schema: batchIdSchema,
  revalidate: ["/admin/pelatihan", "/pelatihan/saya"],
  async run({ viewer, input, tx, audit }) {
    const batch = await tx.batch.findFirst({ where: { id: input.batchId, agencyId: viewer.agencyId }, include: { program: true, sessions: true } });
    if (!batch) throw new AppError("NOT_FOUND", "common.notFound");
    if (batch.status !== "RUNNING" && batch.status !== "DONE") throw new AppError("CONFLICT", "catalog.statusInvalid");
    // JP is credited for what was held: not before the last session has ended (no ledger entry dated ahead).
    if (!batchHasEnded(batch, batch.sessions, wallClock())) throw new AppError("CONFLICT", "catalog.batchNotEnded");
    await lockBatch(tx, batch.id);
    const year = ledgerYear(batch.endDate);
    // A closed year takes new JP only as corrections with a reason (see decision 0007).
    if (await isYearClosed(viewer.agencyId, year, tx)) throw new AppError("CONFLICT", "jp.close.batchYearClosed", undefined, { year });
    const policy = await policyFor(viewer.agencyId, year, tx);
    // Learning sessions only: ISHOMA, the opening and the like count for neither JP nor the attendance threshold.
    const counted = learningSessions(batch.sessions, policy.jpSessionKinds).filter((s) => !s.cancelled);
    const held = jpMinutes(counted, policy.jpSessionKinds);

    const participants = await tx.enrolment.findMany({
      where: { batchId: batch.id, status: "CONFIRMED" },
      select: { id: true, employeeId: true, attendance: { select: { sessionId: true, status: true } } },
    });
    const credits = await netCredits(tx, batch.id);
    const credited: string[] = [];
    const completedIds: string[] = [];
    for (const p of participants) {
      const marks = Object.fromEntries(p.attendance.map((a) => [a.sessionId, a.status]));
      const attended = attendedMinutes(marks, counted.map((s) => ({ id: s.id, countsJp: true, minutes: heldMinutes(s) })));
      const completed = hasCompleted(attended, held, policy.completionThresholdPct);
      await tx.enrolment.update({ where: { id: p.id }, data: { completed } });
      if (completed) completedIds.push(p.id);
      if (!completed || (credits.get(p.employeeId)?.net ?? 0) !== 0) continue;
      await creditLedger(tx, "BATCH", {
        agencyId: viewer.agencyId, employeeId: p.employeeId, minutes: held, date: batch.endDate,
        routeCode: batch.program.routeCode, title: `${batch.program.title} (angkatan ${batch.number})`, batchId: batch.id, createdById: viewer.userId,
      });
      credited.push(p.employeeId);
    }
    await tx.batch.update({ where: { id: batch.id }, data: { status: "DONE", doneAt: batch.doneAt ?? new Date() } });
    await invalidate(tx, cacheTags.catalog(viewer.agencyId));
    // One certificate (STTPP) per participant who completed; one already issued is kept (decision 0008).
    await issueCertificates(tx, { agencyId: viewer.agencyId, batch, enrolmentIds: completedIds, minutes: held, viewer });
    await inviteToReaction(tx, { agencyId: viewer.agencyId, batchId: batch.id, enrolmentIds: completedIds });
    await audit({ action: "complete", entity: "Batch", entityId: batch.id, before: { status: batch.status }, after: { status: "DONE", heldMinutes: held, credited: credited.length } });
    await notifyEmployees(tx, viewer.agencyId, credited, {
      kind: "jpCredited", params: { program: batch.program.title, batch: batch.number, minutes: held }, link: "/pelatihan/saya",
    });
    return { heldMinutes: held, credited: credited.length };
  },
});

/**
 * Reopens a DONE batch: every credit is reversed by a correction entry (never edited), and it runs again.
 * Certificates already issued are NOT revoked: an admin revokes one by hand, with a reason, if needed.
 */
export const reopenBatch = defineCommand({
  name: "batch.reopen",
  permission: "manage:program",
  schema: batchIdSchema,
  revalidate: ["/admin/pelatihan", "/pelatihan/saya"],
  async run({ viewer, input, tx, audit }) {
    const batch = await tx.batch.findFirst({ where: { id: input.batchId, agencyId: viewer.agencyId }, include: { program: true } });
    if (!batch) throw new AppError("NOT_FOUND", "common.notFound");
    if (batch.status !== "DONE") throw new AppError("CONFLICT", "catalog.statusInvalid");
    if (input.reason.length < 5) throw new AppError("VALIDATION", "common.invalid", { reason: ["enrolment.reasonRequired"] });
    await lockBatch(tx, batch.id);
    const credits = await netCredits(tx, batch.id);
    let reversed = 0;
    for (const [employeeId, { net, lastCreditId }] of credits) {
      if (net === 0) continue;
      await correctLedger(tx, {
        agencyId: viewer.agencyId, employeeId, minutes: -net, date: batch.endDate, routeCode: batch.program.routeCode,
        title: `Koreksi: ${batch.program.title} (angkatan ${batch.number})`, batchId: batch.id, correctsId: lastCreditId,
        reason: input.reason, createdById: viewer.userId,
      });
      reversed += 1;
    }
    await tx.enrolment.updateMany({ where: { batchId: batch.id }, data: { completed: null } });
    await tx.batch.update({ where: { id: batch.id }, data: { status: "RUNNING", doneAt: null } });
    await invalidate(tx, cacheTags.catalog(viewer.agencyId));
    await audit({ action: "reopen", entity: "Batch", entityId: batch.id, before: { status: "DONE" }, after: { status: "RUNNING", reversed, reason: input.reason } });
    return { reversed };
  },
});
