-- Sealed anonymous answer sheets record which sealing key sealed them (decision 0014). Existing rows keep NULL:
-- they were sealed with the key derived from AUTH_SECRET, which stays readable until they are resealed.
ALTER TABLE "ReactionSealed" ADD COLUMN "keyId" TEXT;
