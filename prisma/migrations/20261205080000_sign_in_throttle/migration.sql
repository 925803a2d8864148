-- The sign-in throttle counts failures per client address (not only per identifier), and the job queue prunes
-- LoginAttempt and RateLimitHit rows older than their window (decision 0012).
CREATE INDEX "LoginAttempt_ip_createdAt_idx" ON "LoginAttempt"("ip", "createdAt");
CREATE INDEX "LoginAttempt_createdAt_idx" ON "LoginAttempt"("createdAt");
CREATE INDEX "RateLimitHit_createdAt_idx" ON "RateLimitHit"("createdAt");

-- Identifiers of unknown accounts were stored as typed (a password typed into the wrong field would sit here
-- in clear); they are now keyed hashes. The old rows only fed the old lock, so they go.
DELETE FROM "LoginAttempt";
