import "server-only";
import { LOGIN_ATTEMPT_RETENTION_MINUTES } from "@/lib/auth/rules";
import { VERIFY_LIMIT } from "@/lib/certificate/rules";
import { db } from "@/lib/db";

// Counters that only matter inside their window: the sign-in throttle's LoginAttempt rows and the public rate
// limits' RateLimitHit rows. Sign-ins, failures and waits stay in the audit log; these rows can go once no window
// counts them any more. Run hourly by the job queue (lib/jobs/boss.ts).

/** RateLimitHit rows are kept this long: at least the longest rate-limit window. */
export const RATE_LIMIT_RETENTION_MINUTES = Math.max(60, Math.ceil(VERIFY_LIMIT.windowMs / 60_000));
/** Rows deleted per statement, so a large backlog (after a flood) never holds long locks. */
const BATCH = 5_000;

async function deleteInBatches(deleteBatch: () => Promise<number>): Promise<number> {
  let total = 0;
  for (;;) {
    const deleted = await deleteBatch();
    total += deleted;
    if (deleted < BATCH) return total;
  }
}

export async function pruneThrottleRows(now: Date = new Date()): Promise<{ loginAttempts: number; rateLimitHits: number }> {
  const attemptsBefore = new Date(now.getTime() - LOGIN_ATTEMPT_RETENTION_MINUTES * 60_000);
  const hitsBefore = new Date(now.getTime() - RATE_LIMIT_RETENTION_MINUTES * 60_000);
  const loginAttempts = await deleteInBatches(() => db.$executeRaw`
    DELETE FROM "LoginAttempt" WHERE id IN (SELECT id FROM "LoginAttempt" WHERE "createdAt" < ${attemptsBefore} LIMIT ${BATCH})`);
  const rateLimitHits = await deleteInBatches(() => db.$executeRaw`
    DELETE FROM "RateLimitHit" WHERE id IN (SELECT id FROM "RateLimitHit" WHERE "createdAt" < ${hitsBefore} LIMIT ${BATCH})`);
  return { loginAttempts, rateLimitHits };
}
