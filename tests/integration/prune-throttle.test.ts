import { describe, expect, it } from "vitest";
import { LOGIN_ATTEMPT_RETENTION_MINUTES } from "@/lib/auth/rules";
import { VERIFY_LIMIT } from "@/lib/certificate/rules";
import { db } from "@/lib/db";
import { pruneThrottleRows, RATE_LIMIT_RETENTION_MINUTES } from "@/lib/jobs/prune";

// LoginAttempt and RateLimitHit rows are counters: once no window counts them they are pruned by the job queue
// (lib/jobs/boss.ts runs pruneThrottleRows hourly).

const NOW = new Date("2026-12-05T08:00:00.000Z");
const minutesAgo = (m: number) => new Date(NOW.getTime() - m * 60_000);

describe("pruneThrottleRows", () => {
  it("deletes rows past their window, keeps the rest, and does nothing more on a second run", async () => {
    await db.loginAttempt.createMany({
      data: [
        { identifier: "user:a", ip: "203.0.113.1", succeeded: false, createdAt: minutesAgo(LOGIN_ATTEMPT_RETENTION_MINUTES + 1) },
        { identifier: "user:a", ip: "203.0.113.1", succeeded: true, createdAt: minutesAgo(LOGIN_ATTEMPT_RETENTION_MINUTES * 3) },
        { identifier: "user:a", ip: "203.0.113.1", succeeded: false, createdAt: minutesAgo(LOGIN_ATTEMPT_RETENTION_MINUTES - 1) },
        { identifier: "user:b", ip: "203.0.113.2", succeeded: false, createdAt: minutesAgo(1) },
      ],
    });
    await db.rateLimitHit.createMany({
      data: [
        { bucket: "verify-certificate", key: "k1", createdAt: minutesAgo(RATE_LIMIT_RETENTION_MINUTES + 5) },
        { bucket: "verify-certificate", key: "k1", createdAt: minutesAgo(RATE_LIMIT_RETENTION_MINUTES - 5) },
      ],
    });

    expect(await pruneThrottleRows(NOW)).toEqual({ loginAttempts: 2, rateLimitHits: 1 });
    expect((await db.loginAttempt.findMany({ orderBy: { createdAt: "asc" } })).map((a) => a.identifier)).toEqual(["user:a", "user:b"]);
    expect(await db.rateLimitHit.count()).toBe(1);
    expect(await pruneThrottleRows(NOW)).toEqual({ loginAttempts: 0, rateLimitHits: 0 });
  });

  it("works through a backlog larger than one batch", async () => {
    await db.$executeRaw`INSERT INTO "LoginAttempt" (identifier, ip, succeeded, "createdAt")
      SELECT 'user:flood', '203.0.113.9', false, ${minutesAgo(LOGIN_ATTEMPT_RETENTION_MINUTES + 10)}::timestamp FROM generate_series(1, 12001)`;
    expect((await pruneThrottleRows(NOW)).loginAttempts).toBe(12001);
    expect(await db.loginAttempt.count({ where: { identifier: "user:flood" } })).toBe(0);
  });

  it("keeps rate-limit rows at least as long as the verification window counts them", () => {
    expect(RATE_LIMIT_RETENTION_MINUTES * 60_000).toBeGreaterThanOrEqual(VERIFY_LIMIT.windowMs);
  });
});
