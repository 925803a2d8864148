import "server-only";
import { writeAudit } from "@/lib/audit/write";
import { db } from "@/lib/db";
import { seal, unseal } from "./seal";
import { sealingKeys } from "./sealing-keys";

export type ResealResult = { resealed: number; unreadable: number };

/**
 * Re-seals every waiting anonymous sheet that is not under the current sealing key (old keys, the legacy
 * AUTH_SECRET-derived key) with the current one, so the old keys can then be dropped (decision 0014).
 * One transaction per batch, under the batch's sealing lock, so a submission releasing that batch waits.
 * Sheets no known key opens are left as they are and counted.
 */
export async function resealWaitingSheets(): Promise<ResealResult> {
  const { current } = sealingKeys();
  const stale = { OR: [{ keyId: null }, { keyId: { not: current.id } }] };
  const batches = await db.reactionSealed.findMany({ where: stale, distinct: ["batchId"], select: { batchId: true, agencyId: true } });
  const result: ResealResult = { resealed: 0, unreadable: 0 };
  for (const { batchId, agencyId } of batches) {
    await db.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`reaction-seal:${batchId}`}, 0))`;
      const rows = await tx.reactionSealed.findMany({ where: { batchId, ...stale }, select: { id: true, answers: true } });
      let resealed = 0;
      for (const row of rows) {
        const sheet = unseal(row.answers);
        if (sheet === null) {
          result.unreadable += 1;
          continue;
        }
        await tx.reactionSealed.update({ where: { id: row.id }, data: { answers: seal(sheet), keyId: current.id } });
        resealed += 1;
      }
      if (resealed === 0) return;
      result.resealed += resealed;
      // Says how many and under which key, never which sheets: the ids would lead nowhere, but need not be kept.
      await writeAudit(tx, { agencyId, actorUserId: null, action: "reaction.reseal", entity: "Batch", entityId: batchId, after: { sheets: resealed, keyId: current.id } });
    });
  }
  return result;
}
