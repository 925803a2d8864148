import "server-only";
import { createHmac } from "node:crypto";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { normalizeCode, publicView, VERIFY_BUCKET, VERIFY_LIMIT, type PublicCertificate } from "./rules";

// The public verification lookup: no sign-in, so it is rate limited per client key, counted in PostgreSQL
// (RateLimitHit), never in process memory: several stateless servers share the count.

export type RateLimit = { max: number; windowMs: number };

/**
 * Keys (IP addresses) are stored as a keyed hash: the table says how often a client looked, not who the client
 * is, and without the server's secret the IPv4 space cannot simply be hashed through to reverse it.
 */
const hashKey = (key: string) => createHmac("sha256", env().AUTH_SECRET).update(key).digest("hex").slice(0, 32);

/**
 * Counts one hit for (bucket, key) unless the key already has `max` hits in the window; returns whether the
 * hit was allowed. Hits of one key are serialised by an advisory lock, so a burst cannot slip past the limit.
 * Old rows of the key are deleted on every call, and now and then old rows of the whole bucket.
 */
export async function takeRateLimit(bucket: string, key: string, limit: RateLimit, now: Date = new Date()): Promise<boolean> {
  const hashed = hashKey(key);
  const since = new Date(now.getTime() - limit.windowMs);
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`ratelimit:${bucket}:${hashed}`}))`;
    await tx.rateLimitHit.deleteMany({ where: { bucket, key: hashed, createdAt: { lt: since } } });
    if (Math.random() < 0.02) {
      await tx.$executeRaw`DELETE FROM "RateLimitHit" WHERE id IN (
        SELECT id FROM "RateLimitHit" WHERE bucket = ${bucket} AND "createdAt" < ${since} LIMIT 1000)`;
    }
    const hits = await tx.rateLimitHit.count({ where: { bucket, key: hashed, createdAt: { gte: since } } });
    if (hits >= limit.max) return false;
    await tx.rateLimitHit.create({ data: { bucket, key: hashed, createdAt: now } });
    return true;
  });
}

export type VerifyResult =
  | { kind: "rateLimited" }
  | { kind: "notFound" }
  | { kind: "found"; certificate: PublicCertificate };

/**
 * Looks a code up for the public page. Every lookup counts against the client's limit, found or not, so
 * guessing codes is as slow as reading real ones. Only the public view leaves this function.
 */
export async function verifyCertificate(rawCode: string, clientKey: string, now: Date = new Date()): Promise<VerifyResult> {
  if (!(await takeRateLimit(VERIFY_BUCKET, clientKey, VERIFY_LIMIT, now))) return { kind: "rateLimited" };
  const code = normalizeCode(rawCode);
  if (!code) return { kind: "notFound" };
  const found = await db.certificate.findUnique({
    where: { code },
    select: {
      revokedAt: true, holderName: true, programTitle: true, batchNumber: true, startDate: true, endDate: true, minutes: true,
      enrolment: { select: { employee: { select: { nip: true } } } },
    },
  });
  if (!found) return { kind: "notFound" };
  return { kind: "found", certificate: publicView({ ...found, nip: found.enrolment.employee.nip }) };
}
